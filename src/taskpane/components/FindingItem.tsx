import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  where: { color: tokens.colorNeutralForeground3 },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2, borderInlineStartWidth: tokens.strokeWidthThicker },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2, borderInlineStartWidth: tokens.strokeWidthThicker },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1, borderInlineStartWidth: tokens.strokeWidthThicker },
  evidence: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: 'anywhere' },
});

interface Props {
  finding: Finding;
  /** The finding whose cell was selected last, so the user keeps their place in a long list. */
  current: boolean;
  onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding, current, onSelect }: Props) {
  const t = useStrings();
  const s = useStyles();
  const ev = finding.evidence;
  const parts: [string, string][] = [];
  if (ev?.target) parts.push([t.check.evidenceTarget, ev.target.text]);
  if (ev?.progress) parts.push([t.check.evidenceProgress, ev.progress.text]);
  if (ev?.cue) parts.push([t.check.evidenceCue, ev.cue]);
  if (ev?.deadline) parts.push([t.check.evidenceDeadline, ev.deadline]);
  return (
    <button
      type="button"
      className={mergeClasses(s.item, s[finding.severity], current && s.current)}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(finding)}
      title={t.check.goTo(finding.cell)}
      data-sheet={finding.sheet}
      data-cell={finding.cell}
    >
      <Caption1 className={s.where}>
        {t.check.seq(finding.seq)} · {finding.cell}
        {finding.suggestion ? ` · ${t.check.hasFix}` : ''}
      </Caption1>
      <span className={s.message}>{finding.message}</span>
      {parts.length ? (
        <Caption1 className={s.evidence}>
          {parts.map(([label, text]) => (
            <span key={label}>{t.check.labelled(label, text)}</span>
          ))}
        </Caption1>
      ) : null}
    </button>
  );
}
