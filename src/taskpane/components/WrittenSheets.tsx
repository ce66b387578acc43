import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { WrittenSheet } from '../../core/host';
import { useMode } from '../hooks/ModeContext';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** What was made: in Excel each name goes to its sheet; in the standalone page the sheets are in the download. */
export function WrittenSheets({ written, leftOut, onSelect }: { written: WrittenSheet[]; leftOut: number; onSelect: (sheet: string) => void }) {
  const t = useStrings();
  const s = useStyles();
  const live = useMode() === 'excel';
  return (
    <div role="status">
      {leftOut > 0 ? <Body1 as="p">{t.summary.leftOut(leftOut)}</Body1> : null}
      <Body1>{live ? t.summary.made(written.length) : t.summary.madeInFile(written.length)}</Body1>
      <ul className={s.list}>
        {written.map((w) => (
          <li key={w.name}>
            {live ? (
              <Link as="button" onClick={() => onSelect(w.name)}>
                {w.name}
              </Link>
            ) : (
              <span data-sheet-name={w.name}>{w.name}</span>
            )}
            {w.name !== w.wanted ? t.summary.renamed(w.wanted) : w.replaced ? t.summary.replaced : ''}
            {w.fitsPageWidth === false ? t.summary.pageWidth : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
