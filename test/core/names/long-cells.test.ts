import { joinSplitLeaders, joinSplitUnits, splitLeaders, splitUnits, standardizeLeadMarkers } from '../../../src/core/names';

// Excel's longest cell. Speed is the benchmark's business; here a reading that went quadratic would
// outlast jest's timeout, and the results must still be right.
const LIMIT = 32_767;
const fill = (piece: string) => piece.repeat(Math.ceil(LIMIT / piece.length)).slice(0, LIMIT);

describe('a 32,767-character cell', () => {
  it('splits a leaders cell of spaced names, joining each one back', () => {
    const text = fill('崔 赞 郭克华 高 晋 ');
    const tokens = splitLeaders(text);
    expect(new Set(tokens.map((t) => t.name))).toEqual(new Set(['崔赞', '郭克华', '高晋']));
    expect(joinSplitLeaders(text)).not.toMatch(/崔 赞|高 晋/);
  });

  it('splits a units cell of run-together and space-broken names', () => {
    const text = fill('区住建局（牵头）闻韶街道办事处稷下街道办事处 区行政审批 服务局 (牵头) ');
    const units = splitUnits(text);
    const joined = joinSplitUnits(text);
    const standard = standardizeLeadMarkers(text);
    expect(new Set(units.slice(0, -2).map((u) => u.name))).toEqual(
      new Set(['区住建局', '闻韶街道办事处', '稷下街道办事处', '区行政审批服务局']),
    );
    expect(joined.length).toBeLessThan(text.length);
    expect(standard).not.toContain('(牵头)');
  });

  it('reads progress text pasted into the units column without hanging', () => {
    const text = fill('区统计局提供数据，各镇街等按职责分工负责落实到位；');
    expect(splitUnits(text).length).toBeGreaterThan(0);
  });
});
