import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Finding } from '../../core/findings';
import { usePaging } from '../hooks/usePaging';
import { useRuleTitle, useStrings } from '../i18n';
import { findingKey, taskShortName, type FindingGroup, type TaskOf } from '../logic/findings-view';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const PAGE = 100;

const BADGE_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

interface Props {
  groups: FindingGroup[];
  currentKey: string | null;
  onSelect: (finding: Finding) => void;
  taskOf: TaskOf;
  /** Shown under the finding just clicked: feedback where the user looks. */
  notice?: ReactNode;
}

export function FindingList({ groups, currentKey, onSelect, taskOf, notice }: Props) {
  const t = useStrings();
  const ruleTitle = useRuleTitle();
  const s = useStyles();
  const first = groups[0]?.rule;
  // Up and down arrows move between findings, so Tab can leave a long list in one press.
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const paging = usePaging(PAGE);
  const title = (group: FindingGroup) => (group.history ? t.check.historyGroup : ruleTitle(group.rule));
  return (
    <Accordion multiple collapsible defaultOpenItems={first ? [first] : []} aria-label={t.check.listLabel}>
      {groups.map((group) => (
        <AccordionItem key={group.rule} value={group.rule}>
          <AccordionHeader>
            <span className={s.header}>
              {title(group)}
              <CounterBadge count={group.items.length} overflowCount={999} size="small" color={BADGE_COLOR[group.severity]} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={s.list} aria-label={t.check.group(title(group), group.items.length)} {...arrows}>
              {group.items.slice(0, paging.limit(group.rule)).map((finding) => (
                <li key={findingKey(finding)}>
                  <FindingItem finding={finding} task={taskShortName(taskOf(finding))} current={findingKey(finding) === currentKey} onSelect={onSelect} />
                  {notice && findingKey(finding) === currentKey ? notice : null}
                </li>
              ))}
            </ul>
            {group.items.length > paging.limit(group.rule) ? (
              <Button appearance="subtle" onClick={() => paging.more(group.rule)}>
                {t.check.more(Math.min(PAGE, group.items.length - paging.limit(group.rule)), group.items.length)}
              </Button>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
