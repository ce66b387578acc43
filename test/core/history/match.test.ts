import { matchTasks, textKey, datelessKey, type MatchItem } from '../../../src/core/history';

function item(annual: string, seq: number | null, leaders: string[] = ['郭克华'], units: string[] = ['区发改局']): MatchItem {
  return { key: textKey(annual), seq, leaders, units };
}

const TEXTS = [
  '完成新增造林绿化2.5万亩，森林覆盖率提高0.5个百分点。',
  '全年完成固定资产投资120亿元，同比增长8%以上。',
  '引进大学生4500人以上，新建人才公寓2处。',
  '新增市场主体1万户以上，其中企业3000户。',
  '实施农村公路大中修工程120公里，年底前全部完工。',
  '新建、改扩建中小学幼儿园6所，新增学位5400个。',
  '完成淄河流域综合治理工程，6月底前主体完工。',
  '新建社区养老服务中心10处，城乡居家养老服务覆盖率达到90%。',
  '实现进出口总额85亿元，实际利用外资8000万美元。',
  '推行“一网通办”，政务服务事项网上可办率达到95%以上。',
  '建设紧密型县域医共体，村卫生室标准化建设完成率100%。',
  '生活垃圾分类覆盖率达到80%，建成垃圾中转站3座。',
];

describe('textKey', () => {
  it('ignores spaces, line breaks, punctuation and full-width forms', () => {
    expect(textKey('推行“一网通办”，网上可办率达到９５％以上。')).toBe(textKey('推行一网通办 网上可办率\n达到95%以上'));
  });
  it('keeps figures and words', () => {
    expect(textKey('新建人才公寓2处')).not.toBe(textKey('新建人才公寓3处'));
  });
  it('leaves dates out of the dateless key only', () => {
    expect(datelessKey('截至8月底，累计造林1.35万亩。')).toBe(datelessKey('截至9月底，累计造林1.35万亩。'));
    expect(datelessKey('截至8月底，累计造林1.35万亩。')).not.toBe(datelessKey('截至9月底，累计造林1.45万亩。'));
    expect(datelessKey('1-8月份完成投资5亿元')).toBe(datelessKey('1-9月份完成投资5亿元'));
  });
});

describe('matchTasks', () => {
  it('follows a task whose 序号 moved from 12 to 13 because one was inserted', () => {
    const previous = TEXTS.map((t, i) => item(t, i + 1));
    const inserted = item('开展安全生产专项整治三年行动，较大以上事故零发生。', 3);
    const current = [...TEXTS.slice(0, 2).map((t, i) => item(t, i + 1)), inserted, ...TEXTS.slice(2).map((t, i) => item(t, i + 4))];
    const m = matchTasks(current, previous);
    expect(m.previousOf[2]).toBe(-1);
    expect(m.previousOf[12]).toBe(11);
    expect(m.previousOf[3]).toBe(2);
    expect(m.matched).toBe(12);
  });

  it('matches a text edited a little, and not a different task', () => {
    const previous = [item(TEXTS[6] as string, 7), item(TEXTS[4] as string, 5)];
    const current = [item('完成淄河流域综合治理工程，7月底前主体完工。', 7), item('新建城市书房5处，开展全民阅读活动100场次。', 5)];
    const m = matchTasks(current, previous);
    expect(m.previousOf[0]).toBe(0);
    expect(m.similarity[0]).toBeLessThan(1);
    expect(m.similarity[0]).toBeGreaterThan(0.6);
    expect(m.previousOf[1]).toBe(-1);
    expect(m.currentOf[1]).toBe(-1);
  });

  it('matches one task at most once', () => {
    const previous = [item(TEXTS[0] as string, 1)];
    const current = [item(TEXTS[0] as string, 1), item(TEXTS[0] as string, 2)];
    const m = matchTasks(current, previous);
    expect([...m.previousOf]).toEqual([0, -1]);
    expect(m.matched).toBe(1);
  });

  it('settles two tasks of one text by their unit and leader', () => {
    const text = '开展“双招双引”活动，新签约亿元以上项目20个。';
    const previous = [item(text, 8, ['高晋'], ['区商务局']), item(text, 9, ['贾继元'], ['区投促中心'])];
    const current = [item(text, 8, ['贾继元'], ['区投促中心']), item(text, 9, ['高晋'], ['区商务局'])];
    const m = matchTasks(current, previous);
    expect([...m.previousOf]).toEqual([1, 0]);
  });

  it('settles a close call between two reworded candidates by 序号', () => {
    const previous = [item('新建5G基站300个，实现重点区域全覆盖。', 4), item('新建5G基站300个，实现镇街驻地全覆盖。', 5)];
    const current = [item('新建5G基站350个，实现镇街驻地全覆盖。', 5)];
    const m = matchTasks(current, previous);
    expect(m.previousOf[0]).toBe(1);
  });
});
