import { encodeLook, mergeLook, parseLook, untouchedLook, type LookRecord } from '../../../src/core/look';

describe('look records', () => {
  it('reads back every kind of look it can write: automatic and theme colours, pattern fills, untouched properties', () => {
    const look: LookRecord = {
      v: 2,
      fill: { kind: 'pattern', pattern: 'lightGrid', fg: { kind: 'theme', theme: 4, tint: 0.4 }, bg: { kind: 'indexed', index: 64 } },
      fontColor: { kind: 'auto' },
      bold: 'unchanged',
      note: { text: '原批注', runs: [{ text: '原', font: { bold: true, color: { kind: 'rgb', rgb: 'FF0000' } } }, { text: '批注' }] },
      prompt: 'unchanged',
    };
    expect(parseLook(encodeLook(look))).toEqual(look);
    const gradient: LookRecord = {
      ...untouchedLook(),
      fill: { kind: 'gradient', gradient: 'angle', degree: 90, stops: [{ position: 0, color: { kind: 'rgb', rgb: '00B0F0' } }, { position: 1, color: { kind: 'theme', theme: 1 } }] },
      prompt: { showPrompt: true, title: '填写说明', message: '请填写完成情况', validation: 'List' },
    };
    expect(parseLook(encodeLook(gradient))).toEqual(gradient);
  });

  it('reads the records the Excel add-in wrote before: a solid fill, the font colour and weight, the note or the prompt', () => {
    expect(parseLook(JSON.stringify({ fill: '#FFFF00', fontColor: '#000000', bold: false, via: 'note', note: '原来的批注' }))).toEqual({
      v: 2,
      fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'rgb', rgb: 'FFFF00' } },
      fontColor: { kind: 'rgb', rgb: '000000' },
      bold: false,
      note: { text: '原来的批注' },
      prompt: 'unchanged',
    });
    const prompt = parseLook(JSON.stringify({ fill: null, fontColor: '#1F4E79', bold: true, via: 'prompt', prompt: { showPrompt: true, title: '', message: '原提示' }, validation: 'None' }));
    expect(prompt).toMatchObject({ fill: { kind: 'none' }, bold: true, note: 'unchanged', prompt: { showPrompt: true, title: '', message: '原提示', validation: 'None' } });
  });

  it('reads the records the file host wrote before, theme colours and rich notes included', () => {
    const old = {
      fill: null,
      fontColor: '#000000',
      bold: false,
      via: 'note',
      note: '甲乙',
      style: { font: { name: '宋体', color: { theme: 1, tint: -0.25 } }, fill: { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF00B0F0' } } },
      noteModel: { texts: [{ text: '甲', font: { bold: true } }, { text: '乙' }] },
    };
    expect(parseLook(JSON.stringify(old))).toEqual({
      v: 2,
      fill: { kind: 'pattern', pattern: 'darkGray', fg: { kind: 'rgb', rgb: '00B0F0' } },
      fontColor: { kind: 'theme', theme: 1, tint: -0.25 },
      bold: null,
      note: { text: '甲乙', runs: [{ text: '甲', font: { bold: true } }, { text: '乙' }] },
      prompt: 'unchanged',
    });
    expect(parseLook(JSON.stringify({ ...old, style: {} }))).toMatchObject({ fill: { kind: 'none' }, fontColor: { kind: 'auto' } });
  });

  it('reads nothing from text that is not a record, rather than guessing', () => {
    for (const text of ['', 'null', '{"something":"else"}', '[1,2]', '{"v":3}', '{"v":2,"fill":"red"}', 'not json', JSON.stringify({ ...untouchedLook(), fontColor: { kind: 'rgb', rgb: 'XYZ' } })]) {
      expect(parseLook(text)).toBeNull();
    }
    expect(parseLook(42)).toBeNull();
  });

  it('a cell marked again keeps the first original, and takes from the fresh read only what that left untouched', () => {
    const saved: LookRecord = { ...untouchedLook(), fill: { kind: 'none' }, bold: false, note: null };
    const fresh: LookRecord = { ...untouchedLook(), fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'rgb', rgb: 'FF7C80' } }, fontColor: { kind: 'rgb', rgb: '7030A0' }, bold: true, note: { text: '通报表助手：…' } };
    expect(mergeLook(saved, fresh)).toEqual({ ...saved, fontColor: { kind: 'rgb', rgb: '7030A0' } });
  });
});
