import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/findings';
import { useStrings } from '../i18n';
import { levelOf, type LevelWord } from '../logic/findings-view';

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
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  level: {
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  levelError: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  levelWarning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2, color: tokens.colorPaletteDarkOrangeForeground2 },
  levelInfo: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2 },
  levelRed: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  levelYellow: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  task: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  evidence: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: 'anywhere' },
});

const LEVEL_CLASS: Record<LevelWord, 'levelError' | 'levelWarning' | 'levelInfo' | 'levelRed' | 'levelYellow'> = {
  error: 'levelError',
  warning: 'levelWarning',
  info: 'levelInfo',
  red: 'levelRed',
  yellow: 'levelYellow',
};

interface Props {
  finding: Finding;
  /** The start of the task's 年度目标任务, so the user knows which task without opening the sheet. */
  task: string | null;
  /** The finding whose cell was selected last, so the user keeps their place in a long list. */
  current: boolean;
  onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding, task, current, onSelect }: Props) {
  const t = useStrings();
  const s = useStyles();
  const ev = finding.evidence;
  const level = levelOf(finding);
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
      <span className={s.line}>
        <span className={mergeClasses(s.level, s[LEVEL_CLASS[level]])}>{t.check.level[level]}</span>
        <Caption1 className={s.where}>
          {t.check.seq(finding.seq)} · {finding.cell}
          {finding.suggestion ? ` · ${t.check.hasFix}` : ''}
        </Caption1>
      </span>
      {task ? <Caption1 className={s.task}>{task}</Caption1> : null}
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
