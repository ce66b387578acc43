import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Switch } from '@fluentui/react-components';
import { RULES, ruleTitle } from '../../core/rules';
import type { RuleId } from '../../core/rules/ids';
import { useLocale, useStrings } from '../i18n';

const useStyles = makeStyles({
  rules: { display: 'flex', flexDirection: 'column' },
});

/** Every rule with a switch, folded away by default: most offices never change them. */
export function RuleSwitches({ disabled, onToggle }: { disabled: ReadonlySet<RuleId>; onToggle: (id: RuleId, on: boolean) => void }) {
  const t = useStrings();
  const locale = useLocale();
  const s = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="rules">
        <AccordionHeader>{t.settings.rulesSummary(RULES.length - disabled.size, RULES.length)}</AccordionHeader>
        <AccordionPanel>
          <div className={s.rules} role="group" aria-label={t.settings.rules}>
            {RULES.map((rule) => (
              <Switch
                key={rule.id}
                label={ruleTitle(rule.id, locale)}
                title={rule.meta.description[locale]}
                checked={!disabled.has(rule.id)}
                onChange={(_, d) => onToggle(rule.id, d.checked)}
              />
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
