import type { Fix, Mark } from '../../../src/core/host';
import { emptyLedger, type Ledger } from '../../../src/core/ledger';
import { encodeLook, parseLook, untouchedLook, type LookRecord } from '../../../src/core/look';
import { MARK_STYLES } from '../../../src/core/marks';
import { planFixes, planUndo, type CellNow } from '../../../src/core/plan/fixes';
import { MAX_NOTE, markNote, NOTE_HEADER, planClear, planMarks } from '../../../src/core/plan/marks';
import { isGenerated, modelPrint, placeSheets, sheetPrint } from '../../../src/core/plan/sheets';
import type { SheetModel } from '../../../src/core/sheet-model';

const all = () => true;
const plainCell: LookRecord = { ...untouchedLook(), fill: { kind: 'none' }, fontColor: { kind: 'auto' }, bold: false, note: null };
const mark = (cell: string, style: Mark['style'] = 'error', note = '【错误】说明'): Mark => ({ sheet: '9月', cell, style, note });

describe('planMarks and planClear', () => {
  it('paints each cell once with its style and a note after the user\'s own, and keeps the original for clearing', () => {
    const withNote: LookRecord = { ...plainCell, note: { text: '我的批注' } };
    const plan = planMarks(emptyLedger(), [mark('$d$5', 'warning'), mark('D5'), mark('E5', 'light-red')], (_s, cell) => (cell === 'D5' ? withNote : plainCell), all);
    expect(plan.paint).toEqual([
      { sheet: '9月', cell: 'D5', style: 'error', fill: MARK_STYLES.error.fill, fontColor: MARK_STYLES.error.fontColor, bold: true, original: withNote, message: { holder: 'note', text: `我的批注\n\n${NOTE_HEADER}\n【错误】说明` } },
      { sheet: '9月', cell: 'E5', style: 'light-red', fill: MARK_STYLES['light-red'].fill, original: plainCell, message: { holder: 'note', text: `${NOTE_HEADER}\n【错误】说明` } },
    ]);
    // Only what the paint changes is kept: a fill-only mark leaves the font (automatic here) to the user.
    expect(plan.ledger.marks.map((r) => [r.cell, parseLook(r.original)])).toEqual([
      ['D5', withNote],
      ['E5', { ...untouchedLook(), fill: plainCell.fill, note: null }],
    ]);
    expect(plan.restore).toEqual([]);
  });

  it('marking again keeps the first original and puts back the cells no longer marked', () => {
    const first = planMarks(emptyLedger(), [mark('D5'), mark('D6')], () => plainCell, all);
    const painted: LookRecord = { ...plainCell, fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'rgb', rgb: 'E4D4F4' } }, bold: true, note: { text: '通报表助手：…' } };
    const second = planMarks(first.ledger, [mark('D5', 'info')], () => painted, all);
    // The info style sets no weight: the first original's weight is put back first, and not kept again.
    expect(parseLook(second.ledger.marks[0]?.original)).toEqual({ ...plainCell, bold: 'unchanged' });
    expect(second.restore.map((r) => r.cell)).toEqual(['D5', 'D6']);
    expect(second.paint[0]?.message).toEqual({ holder: 'note', text: `${NOTE_HEADER}\n【错误】说明` });
  });

  it('never changes what the record cannot put back, and uses the prompt where the host keeps the message there', () => {
    const promptOnly: LookRecord = { ...untouchedLook(), fill: { kind: 'none' }, prompt: { showPrompt: false, title: '', message: '', validation: 'None' } };
    const plan = planMarks(emptyLedger(), [mark('D5', 'error', '长'.repeat(300))], () => promptOnly, all);
    const paint = plan.paint[0]!;
    expect(paint.fontColor).toBeUndefined();
    expect(paint.bold).toBeUndefined();
    expect(paint.message).toMatchObject({ holder: 'prompt', title: '通报表助手' });
    expect(paint.message?.text.length).toBe(255);
  });

  it('skips marks on sheets that are gone, and clearing drops their records', () => {
    const ledger: Ledger = { ...emptyLedger(), marks: [{ sheet: '旧表', cell: 'A1', original: encodeLook(plainCell) }, { sheet: '9月', cell: 'B2', original: encodeLook(plainCell) }] };
    const exists = (sheet: string) => sheet === '9月';
    expect(planMarks(ledger, [{ ...mark('A1'), sheet: '旧表' }], () => plainCell, exists).paint).toEqual([]);
    const clear = planClear(ledger, exists);
    expect(clear.restore).toEqual([{ sheet: '9月', cell: 'B2', look: plainCell }]);
    expect(clear.ledger.marks).toEqual([]);
  });

  it('cuts every note to what Excel takes, shortening only the user note', () => {
    const note = markNote('说明', '批'.repeat(MAX_NOTE));
    expect(note.length).toBeLessThanOrEqual(MAX_NOTE);
    expect(note.endsWith(`${NOTE_HEADER}\n说明`)).toBe(true);
    expect(markNote('很'.repeat(40000), null).length).toBe(MAX_NOTE);
  });
});

const fix = (cell: string, from: string, to: string): Fix => ({ sheet: '9月', cell, from, to, rule: 'leader.spacing' });

function cells(map: Record<string, CellNow>) {
  return (_sheet: string, cell: string) => map[cell];
}

describe('planFixes and planUndo', () => {
  it('applies a fix only where the cell still holds its text, chaining fixes on one cell', () => {
    const read = cells({ D5: { text: '郭克 华、贾继元', formula: false }, D6: { text: '别的', formula: false } });
    const plan = planFixes(emptyLedger(), [fix('D5', '郭克 华、贾继元', '郭克华、贾继元'), fix('d5', '郭克华、贾继元', '郭克华，贾继元'), fix('D6', '原文', '改')], read);
    expect(plan.applied.map((f) => f.to)).toEqual(['郭克华、贾继元', '郭克华，贾继元']);
    expect(plan.skipped.map((f) => f.cell)).toEqual(['D6']);
    expect(plan.writes).toEqual([{ sheet: '9月', cell: 'D5', kind: 'text', text: '郭克华，贾继元' }]);
    expect(plan.ledger.fixes).toHaveLength(2);
  });

  it('never touches a formula cell: the fix is left to the user', () => {
    const plan = planFixes(emptyLedger(), [fix('D5', '10家', '10 家')], cells({ D5: { text: '10家', formula: true } }));
    expect(plan.writes).toEqual([]);
    expect(plan.manual).toEqual([fix('D5', '10家', '10 家')]);
    expect(plan.ledger.fixes).toEqual([]);
  });

  it('undo walks back newest first to what each cell held, a number or rich text included', () => {
    const runs = [{ text: '郭', font: { bold: true, color: { kind: 'rgb' as const, rgb: 'FF0000' } } }, { text: ' 克华' }];
    const before = cells({ A4: { text: '2', formula: false, content: { kind: 'number', value: 2 } }, D5: { text: '郭 克华', formula: false, content: { kind: 'rich', runs } } });
    const applied = planFixes(emptyLedger(), [fix('A4', '2', '二'), fix('D5', '郭 克华', '郭克华'), fix('D5', '郭克华', '郭克华。')], before);
    const after = cells({ A4: { text: '二', formula: false }, D5: { text: '郭克华。', formula: false } });
    const undo = planUndo(applied.ledger, after);
    expect(undo.restored).toBe(3);
    expect(undo.writes).toEqual([
      { sheet: '9月', cell: 'D5', kind: 'rich', runs },
      { sheet: '9月', cell: 'A4', kind: 'number', value: 2 },
    ]);
    expect(undo.ledger.fixes).toEqual([]);
  });

  it('undo leaves a cell the user changed since, and reads the first ledger format\'s numbers', () => {
    const ledger: Ledger = { ...emptyLedger(), fixes: [{ ...fix('A4', '2', '二'), wasNumber: true }, fix('D5', 'a', 'b')] };
    const undo = planUndo(ledger, cells({ A4: { text: '二', formula: false }, D5: { text: '用户改过', formula: false } }));
    expect(undo.writes).toEqual([{ sheet: '9月', cell: 'A4', kind: 'number', value: 2 }]);
    expect(undo.restored).toBe(1);
  });
});

function model(name: string, text: string, link?: string): SheetModel {
  return {
    name,
    role: 'leader',
    rows: [[{ value: `${name}同志分管重点工作` }], [{ value: text, ...(link ? { link: { sheet: link, cell: 'A1' } } : {}) }]],
    styles: {},
    merges: [],
    columnWidths: [20],
  };
}

describe('placeSheets and isGenerated', () => {
  it('never takes a sheet the user made: the model gets a suffix, and links follow it', () => {
    const plan = placeSheets([model('郭克华', '任务'), model('分管领导汇总', '郭克华', '郭克华')], [{ name: '9月' }, { name: '郭克华' }], emptyLedger());
    expect(plan.placements.map((p) => [p.name, p.reuse])).toEqual([
      ['郭克华(2)', false],
      ['分管领导汇总', false],
    ]);
    expect(plan.placements[1]?.model.rows[1]?.[0]?.link?.sheet).toBe('郭克华(2)');
    expect(plan.ledger.generated).toEqual(['郭克华(2)', '分管领导汇总']);
  });

  it('reuses a sheet it generated, and not one that took its name since', () => {
    const m = model('郭克华', '任务');
    const { ledger } = placeSheets([m], [{ name: '9月' }], emptyLedger());
    const values = m.rows.map((row) => row.map((c) => c?.value ?? null));
    expect(isGenerated(ledger, { name: '郭克华', values })).toBe(true);
    expect(placeSheets([m], [{ name: '郭克华', values }], ledger).placements[0]).toMatchObject({ name: '郭克华', reuse: true });
    const mine = [['我自己的笔记']];
    expect(isGenerated(ledger, { name: '郭克华', values: mine })).toBe(false);
    expect(placeSheets([m], [{ name: '郭克华', values: mine }], ledger).placements[0]).toMatchObject({ name: '郭克华(2)', reuse: false });
    const withId = { ...ledger, generatedIds: { 郭克华: '{1}' } };
    expect(isGenerated(withId, { name: '郭克华', id: '{2}' })).toBe(false);
    expect(isGenerated(withId, { name: '郭克华', id: '{1}' })).toBe(true);
  });

  it('prints a model the way its sheet reads back: links as their text, merged cells once, blanks left out', () => {
    const m: SheetModel = { ...model('郭克华', '任务'), rows: [[{ value: '标题' }, { value: '标题' }], [{ value: 1, link: { sheet: '9月', cell: 'A3' } }, null]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] };
    expect(modelPrint(m)).toBe(sheetPrint([['标题', null], [1, '']]));
    expect(modelPrint(m)).not.toBe(sheetPrint([['标题', null], [2, '']]));
  });
});
