import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { changesPerson } from '../../core/fixes';
import type { Fix } from '../../core/host';
import { useRuleTitle, useStrings } from '../i18n';
import { changedExcerpt, changedParts, type Changed } from '../logic/fix-view';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, paddingTop: tokens.spacingVerticalXS },
  where: { color: tokens.colorNeutralForeground3 },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  after: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  changed: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  person: { display: 'flex', gap: tokens.spacingHorizontalXXS, alignItems: 'flex-start', color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  fix: Fix;
  seq: number | null;
  checked: boolean;
  onToggle: (fix: Fix, on: boolean) => void;
}

/** A name change that may be another person shows its changed character marked, so it is checked before it is ticked. */
function Parts({ parts, person }: { parts: Changed; person: boolean }) {
  const s = useStyles();
  if (!person) return <>{parts.head + parts.changed + parts.tail}</>;
  return (
    <>
      {parts.head}
      <mark className={s.changed}>{parts.changed}</mark>
      {parts.tail}
    </>
  );
}

export function FixItem({ fix, seq, checked, onToggle }: Props) {
  const t = useStrings();
  const ruleTitle = useRuleTitle();
  const s = useStyles();
  const { before, after } = changedExcerpt(fix.from, fix.to);
  const parts = changedParts(before, after);
  const person = changesPerson(fix);
  const id = useId();
  return (
    <div className={s.root} data-fix-sheet={fix.sheet} data-fix-cell={fix.cell} data-person={person ? 'true' : undefined}>
      <Checkbox checked={checked} onChange={(_, d) => onToggle(fix, d.checked === true)} aria-labelledby={id} />
      <div className={s.body} id={id}>
        <Caption1 className={s.where}>
          {t.check.seq(seq)} · {fix.cell} · {ruleTitle(fix.rule)}
        </Caption1>
        <span className={s.before} aria-label={t.check.labelled(t.fix.before, before)}>
          <Parts parts={parts.before} person={person} />
        </span>
        <span className={s.after} aria-label={t.check.labelled(t.fix.after, after)}>
          → <Parts parts={parts.after} person={person} />
        </span>
        {person ? (
          <Caption1 className={s.person}>
            <WarningRegular aria-hidden />
            {t.fix.maybeOther(parts.before.changed, parts.after.changed)}
          </Caption1>
        ) : null}
      </div>
    </div>
  );
}
