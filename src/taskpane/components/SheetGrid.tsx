import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { columnName, parseA1 } from '../../core/address';
import type { Finding } from '../../core/findings';
import type { Fix } from '../../core/host';
import type { SheetSnapshot } from '../../core/snapshot';
import { useStrings } from '../i18n';
import { gridModel, visibleRange } from '../logic/grid-view';

const ROW_H = 26;
const HEAD_W = 52;

const useStyles = makeStyles({
  viewport: {
    position: 'relative',
    overflow: 'auto',
    height: '100%',
    minHeight: '320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
    color: '#1f1f1f',
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  head: { position: 'sticky', top: 0, zIndex: 2, display: 'flex', height: `${ROW_H}px`, backgroundColor: '#f3f3f3' },
  body: { position: 'relative' },
  row: { position: 'absolute', left: 0, display: 'flex', height: `${ROW_H}px` },
  cell: {
    boxSizing: 'border-box',
    flexShrink: 0,
    height: `${ROW_H}px`,
    lineHeight: `${ROW_H - 2}px`,
    paddingInline: '4px',
    borderRight: '1px solid #e0e0e0',
    borderBottom: '1px solid #e0e0e0',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, textAlign: 'center', backgroundColor: '#f3f3f3', color: '#616161' },
  colHead: { textAlign: 'center', color: '#616161', backgroundColor: '#f3f3f3' },
  corner: { position: 'sticky', left: 0, zIndex: 3 },
  fixed: { backgroundColor: '#dff6dd', textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', zIndex: 1, position: 'relative' },
});

interface Props {
  source: SheetSnapshot;
  findings: readonly Finding[];
  previewed: readonly Fix[];
  target: { sheet: string; cell: string } | null;
}

/**
 * The report sheet beside the findings, as the marked download will show it. Only the rows in view are
 * drawn, so a 10,000-row report scrolls as smoothly as a short one.
 */
export function SheetGrid({ source, findings, previewed, target }: Props) {
  const t = useStrings();
  const s = useStyles();
  const model = useMemo(() => gridModel(source, findings, previewed), [source, findings, previewed]);
  const viewport = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const at = target && target.sheet === source.name ? parseA1(target.cell) : null;
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = HEAD_W;
    for (const w of model.widths) {
      out.push(x);
      x += w;
    }
    return { out, total: x };
  }, [model.widths]);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    setScroll({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  // A finding clicked: its cell is brought to the middle of the view.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || !at) return;
    el.scrollTop = Math.max(0, ROW_H + at.row * ROW_H - el.clientHeight / 2);
    const left = lefts.out[at.col] ?? 0;
    el.scrollLeft = Math.max(0, left - HEAD_W - el.clientWidth / 4);
    setScroll({ top: el.scrollTop, height: el.clientHeight });
  }, [at?.row, at?.col, lefts]); // eslint-disable-line react-hooks/exhaustive-deps -- the position, not the object, moves the view

  const { first, last } = visibleRange(scroll.top, scroll.height, ROW_H, model.rows);
  const rows = [];
  for (let r = first; r <= last; r++) {
    const cells = [];
    for (let c = 0; c < model.cols; c++) {
      const fix = model.fix(r, c);
      const look = model.look(r, c);
      const style: CSSProperties = { width: model.widths[c] };
      if (look?.fill) style.backgroundColor = look.fill;
      if (look?.color) style.color = look.color;
      if (look?.bold) style.fontWeight = 600;
      const address = `${columnName(c)}${r + 1}`;
      const current = at !== null && at.row === r && at.col === c;
      const text = fix ? fix.to : model.text(r, c);
      const title = [fix ? t.grid.fixTitle(fix.from, fix.to) : text, look?.note].filter(Boolean).join('\n');
      cells.push(
        <div
          key={c}
          role="gridcell"
          className={mergeClasses(s.cell, fix ? s.fixed : undefined, current ? s.current : undefined)}
          style={style}
          title={title || undefined}
          data-cell={address}
          data-current={current ? 'true' : undefined}
          data-fix={fix ? 'true' : undefined}
          data-mark={look ? 'true' : undefined}
        >
          {text}
        </div>,
      );
    }
    rows.push(
      <div key={r} role="row" className={s.row} style={{ top: r * ROW_H, width: lefts.total }}>
        <div role="rowheader" className={mergeClasses(s.cell, s.rowHead)} style={{ width: HEAD_W }}>
          {r + 1}
        </div>
        {cells}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      className={s.viewport}
      role="grid"
      aria-label={t.grid.label(source.name)}
      aria-rowcount={model.rows}
      data-testid="sheet-grid"
      tabIndex={0}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <div className={s.head} role="row" style={{ width: lefts.total }}>
        <div className={mergeClasses(s.cell, s.colHead, s.corner)} style={{ width: HEAD_W }} />
        {model.widths.map((w, c) => (
          <div key={c} role="columnheader" className={mergeClasses(s.cell, s.colHead)} style={{ width: w }}>
            {columnName(c)}
          </div>
        ))}
      </div>
      <div className={s.body} style={{ height: model.rows * ROW_H, width: lefts.total }}>
        {rows}
      </div>
    </div>
  );
}
