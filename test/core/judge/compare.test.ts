import { verdict } from '../../../src/core/judge';
import { readText, type Claim } from '../../../src/core/quantities';

function claim(text: string): Claim {
  const c = readText(text).claims[0];
  if (c === undefined) throw new Error(`no figure in ${text}`);
  return c;
}

describe('verdict of an actual figure against a target', () => {
  it.each([
    ['投资完成率达75%', '投资完成率75.1%', 'met'],
    ['完成70%', '完成60%', 'short'],
    ['力争新设立市场主体达7600户', '新增市场主体7601户', 'met'],
    ['累计争取上级资金39.8亿元', '累计争取上级资金26.97亿元', 'short'],
    ['到位资金1.2亿元', '到位资金9860万元', 'short'],
    ['到位资金9860万元', '到位资金1.2亿元', 'met'],
    ['规上服务业营业收入同比增长15%左右', '规上服务业营业收入同比增速1.2%', 'short'],
    ['增速7%', '增速7%左右', 'met'],
    ['增速7%以上', '增速6.8%左右', 'met'],
    ['增速7%以上', '增速5%', 'short'],
    ['开展对接活动3至5场次', '开展对接活动10场次', 'met'],
    ['开展对接活动3至5场次', '开展对接活动2场次', 'short'],
    ['发布病虫情报1-2期', '发布病虫情报1期', 'met'],
    ['能耗控制在5%以内', '能耗4.2%', 'met'],
    ['能耗控制在5%以内', '能耗6%', 'short'],
    ['能耗下降3%', '能耗下降4%', 'met'],
    ['能耗下降3%', '能耗下降1%', 'short'],
    ['收入增长3%', '收入下降1%', 'short'],
    ['举办活动12场', '举办活动10余场', 'unsure'],
    ['新增100户', '新增不足100户', 'short'],
    ['新增80户', '新增不足100户', 'unsure'],
  ])('target %s, actual %s: %s', (t, a, expected) => {
    expect(verdict(claim(t), claim(a))).toBe(expected);
  });
});
