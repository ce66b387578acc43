import { createFakeExcel } from '../fake-excel';

function sample() {
  return createFakeExcel({
    sheets: [
      {
        name: '9月',
        values: [
          ['通报表', null],
          ['序号', '完成情况'],
          [1, '完成。'],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      },
    ],
  });
}

describe('fake Excel', () => {
  it('refuses to give a property before load and sync', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      const range = ctx.workbook.worksheets.getItem('9月').getRange('A2:B3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([
        ['序号', '完成情况'],
        [1, '完成。'],
      ]);
    });
  });

  it('applies writes only at sync, and counts the round trip', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('9月').getRange('B3').values = [['未完成。']];
      expect(excel.cell('9月', 'B3').value).toBe('完成。');
      await ctx.sync();
    });
    expect(excel.cell('9月', 'B3').value).toBe('未完成。');
    expect(excel.stats.syncs).toBe(1);
    // Every action office.js sent: the objects it instantiates, keeping the range for later requests, the write.
    expect(excel.stats.ops).toBe(7);
    expect(excel.stats.requests[0]?.requestBytes).toBeGreaterThan(400);
  });

  it('measures a request as office.js serialized it: an input prompt write is about a kilobyte', async () => {
    const excel = createFakeExcel({ sheets: [{ name: '9月', values: [['x']], merges: [] }] }, { apiVersion: '1.9' });
    await excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('9月').getRange('D17').dataValidation.prompt = { showPrompt: true, title: '通报表助手', message: '完成情况与目标不符' };
      await ctx.sync();
    });
    const bytes = excel.stats.requests[0]?.requestBytes ?? 0;
    expect(bytes).toBeGreaterThan(800);
    expect(bytes).toBeLessThan(1300);
  });

  it('plays the office.js the add-in loads: the bundled package script has no Worksheet.notes', async () => {
    const current = createFakeExcel(undefined, { officeJs: 'current' });
    const bundled = createFakeExcel(undefined, { officeJs: 'package' });
    const hasNotes = (excel: typeof current) => excel.run(async (ctx: Excel.RequestContext) => 'notes' in ctx.workbook.worksheets.getActiveWorksheet());
    expect(await hasNotes(current)).toBe(true);
    expect(await hasNotes(bundled)).toBe(false);
    expect(bundled.isSetSupported('ExcelApi', '1.18')).toBe(true);
  });

  it('reads typed text the way Excel does: numbers become numbers, an apostrophe keeps text', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('9月').getRange('A4:C4').values = [['12', "'12", '50%']];
      await ctx.sync();
    });
    expect([excel.cell('9月', 'A4').value, excel.cell('9月', 'B4').value, excel.cell('9月', 'C4').value]).toEqual([12, '12', 0.5]);
  });

  it('applies Excel sheet-name rules, case-insensitively', async () => {
    const excel = sample();
    const add = (name: string) =>
      excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      });
    await expect(add('9月')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(add('a/b')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('x'.repeat(32))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await add('Leader');
    await expect(add('LEADER')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(excel.sheetNames()).toEqual(['9月', 'Leader']);
  });

  it('gives null objects for missing sheets and ranges', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('名单');
      const used = ctx.workbook.worksheets.getItem('9月').getUsedRangeOrNullObject(true);
      used.load('address');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("'9月'!A1:B3");
    });
  });

  it('refuses any use of a null object before the add-in has tested it: a chained call, a write or a method', async () => {
    const excel = sample();
    const attempts: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => ctx.workbook.worksheets.getItemOrNullObject('名单').getUsedRangeOrNullObject(true).load('values'),
      (ctx) => ctx.workbook.worksheets.getItemOrNullObject('名单').protection.load('protected'),
      (ctx) => ctx.workbook.worksheets.getItem('9月').getNextOrNullObject().getNextOrNullObject().load('name'),
      (ctx) => ctx.workbook.worksheets.getItem('9月').notes.getItemOrNullObject('B3').delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem('9月').notes.getItemOrNullObject('B3').content = '说明'),
    ];
    for (const attempt of attempts) {
      await expect(
        excel.run(async (ctx: Excel.RequestContext) => {
          attempt(ctx);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidOperation' });
    }
    // The documented way: load, sync, test isNullObject, and only then use the object.
    await excel.run(async (ctx: Excel.RequestContext) => {
      const note = ctx.workbook.worksheets.getItem('9月').notes.getItemOrNullObject('B3');
      note.load('authorName');
      await ctx.sync();
      expect(note.isNullObject).toBe(true);
    });
  });

  it('caps RangeAreas addresses at 8,192 characters', async () => {
    const excel = sample();
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(',');
    await expect(
      excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem('9月').getRanges(cells).format.fill.color = '#FFFF00';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('9月').getRanges('A2:B2, A3').format.fill.color = '#FFFF00';
      await ctx.sync();
    });
    expect(excel.cell('9月', 'B2').fill).toBe('#FFFF00');
    expect(excel.cell('9月', 'A3').fill).toBe('#FFFF00');
    expect(excel.cell('9月', 'B3').fill).toBeNull();
  });

  it('throws the real error past 5 MB, before applying anything', async () => {
    const excel = sample();
    const big = Array.from({ length: 3000 }, () => ['字'.repeat(1000)]);
    await expect(
      excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem('9月').getRange('D1:D3000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.cell('9月', 'D1').value).toBeNull();
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('refuses writes to a protected sheet and everything in cell-edit mode', async () => {
    const excel = sample();
    excel.protect('9月');
    const write = () =>
      excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem('9月').getRange('A1').format.fill.color = '#FF0000';
        await ctx.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: 'AccessDenied' });
    excel.protect('9月', false);
    excel.setCellEditMode(true);
    await expect(write()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    excel.setCellEditMode(false);
    await write();
    expect(excel.cell('9月', 'A1').fill).toBe('#FF0000');
  });

  it('waits for the user to leave cell-edit mode when asked to', async () => {
    const excel = sample();
    excel.setCellEditMode(true);
    const done = excel.run({ delayForCellEdit: true }, async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('9月').getRange('A3').values = [[2]];
      await ctx.sync();
    });
    await Promise.resolve();
    expect(excel.cell('9月', 'A3').value).toBe(1);
    excel.setCellEditMode(false);
    await done;
    expect(excel.cell('9月', 'A3').value).toBe(2);
  });

  it('keeps very hidden sheets out of the visible list', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.add('_data');
      ws.visibility = 'VeryHidden';
      await ctx.sync();
    });
    expect(excel.sheetNames()).toEqual(['9月']);
    expect(excel.sheetNames({ includeHidden: true })).toEqual(['9月', '_data']);
  });

  it('refuses APIs newer than the Excel it plays', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'S', values: [['x']], merges: [] }] }, { apiVersion: '1.9' });
    expect(excel.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.18')).toBe(false);
    await expect(
      excel.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem('S').notes.add('A1', 'hi');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('keeps merges, freeze panes, page layout, data bars and HYPERLINK values', async () => {
    const excel = sample();
    await excel.run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('9月');
      ws.getRange('C1:C2').formulas = [['=HYPERLINK("#\'9月\'!A3","1")'], ['=HYPERLINK("#A1",7)']];
      ws.freezePanes.freezeRows(2);
      ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.setPrintTitleRows('$1:$2');
      ws.getRange('D1:D3').conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = '#638EC6';
      const merged = ws.getRange('A1:B3').getMergedAreasOrNullObject();
      merged.load('address');
      await ctx.sync();
      expect(merged.address).toBe("'9月'!A1:B1");
    });
    expect(excel.cell('9月', 'C1')).toMatchObject({ value: '1', formula: '=HYPERLINK("#\'9月\'!A3","1")' });
    expect(excel.cell('9月', 'C2').value).toBe(7);
    const sheet = excel.sheet('9月');
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '$1:$2' });
    expect(sheet.conditionalFormats).toEqual([{ address: 'D1:D3', type: 'DataBar', color: '#638EC6' }]);
  });
});
