import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Fix } from '../../core/host';
import { useRuleTitle, useStrings } from '../i18n';
import { changedExcerpt } from '../logic/fix-view';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, paddingTop: tokens.spacingVerticalXS },
  where: { color: tokens.colorNeutralForeground3 },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  after: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

interface Props {
  fix: Fix;
  seq: number | null;
  checked: boolean;
  onToggle: (fix: Fix, on: boolean) => void;
}

export function FixItem({ fix, seq, checked, onToggle }: Props) {
  const t = useStrings();
  const ruleTitle = useRuleTitle();
  const s = useStyles();
  const { before, after } = changedExcerpt(fix.from, fix.to);
  const id = useId();
  return (
    <div className={s.root} data-fix-sheet={fix.sheet} data-fix-cell={fix.cell}>
      <Checkbox checked={checked} onChange={(_, d) => onToggle(fix, d.checked === true)} aria-labelledby={id} />
      <div className={s.body} id={id}>
        <Caption1 className={s.where}>
          {t.check.seq(seq)} · {fix.cell} · {ruleTitle(fix.rule)}
        </Caption1>
        <span className={s.before} aria-label={t.check.labelled(t.fix.before, before)}>
          {before}
        </span>
        <span className={s.after} aria-label={t.check.labelled(t.fix.after, after)}>
          → {after}
        </span>
      </div>
    </div>
  );
}
