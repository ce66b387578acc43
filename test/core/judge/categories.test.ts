import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

/** One row of a month's report; the finding wanted, or none. */
function mismatches(month: number, target: string, progress: string) {
  return findingsOf('status.mismatch', report({ month, rows: [{ month: target, progress }] }));
}

describe('ceilings: lower is better', () => {
  it.each([
    [3, '安全生产事故死亡人数控制在5人以内', '完成。发生安全生产事故死亡7人。', '7人'],
    [6, '较大以上火灾事故不超过3起', '完成。发生较大火灾事故4起。', '4起'],
    [11, '一般公共预算支出低于12亿元', '完成。一般公共预算支出12.6亿元。', '12.6亿元'],
    [8, '重复信访件数≤20件', '完成。受理重复信访件数26件。', '26件'],
    [10, 'PM2.5平均浓度40微克/立方米以下', '完成。PM2.5平均浓度45微克/立方米。', '45微克/立方米'],
  ])('fires in month %i on %j', (month, target, progress, actual) => {
    const [f, ...rest] = mismatches(month, target, progress);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', params: { actual } });
    expect(f?.message).not.toMatch(/不超|低于|≤/);
  });

  it.each([
    [9, '能耗总量控制在38万吨标准煤以内', '完成。能耗总量36万吨标准煤。'],
    [4, '较大以上火灾事故不超过3起', '完成。发生较大火灾事故2起。'],
    [7, '重复信访件数≤20件', '完成。受理重复信访件数20件。'],
    [12, 'PM2.5平均浓度40微克/立方米以下', '完成。PM2.5平均浓度38微克/立方米。'],
  ])('is silent in month %i when %j is met', (month, target, progress) => {
    expect(mismatches(month, target, progress)).toEqual([]);
  });
});

describe('a target counting one category of a total', () => {
  it('compares the matching part, not the total', () => {
    const [f] = mismatches(9, '新培育国家级专精特新企业20家', '完成。新培育专精特新企业45家，其中国家级12家。');
    expect(f).toMatchObject({ severity: 'error', params: { target: '20家', actual: '12家' } });
  });

  it.each([
    [9, '新培育国家级专精特新企业20家', '完成。新培育专精特新企业45家，其中国家级22家。'],
    [5, '新增省级以上研发平台6个', '完成。新增研发平台15个，其中省级以上8个。'],
    // The total itself names the category: the part is a subdivision of it.
    [6, '新增国家级高新技术企业5家', '完成。新增国家级高新技术企业8家，其中生物医药企业2家。'],
    // A target without the part's category is answered by the total.
    [3, '新增高新技术企业30家', '完成。新增高新技术企业45家，其中省级12家。'],
  ])('is silent in month %i on %j when the matching figure meets it', (month, target, progress) => {
    expect(mismatches(month, target, progress)).toEqual([]);
  });

  it('fires on a part short of its category target in another office style', () => {
    const [f] = mismatches(10, '引进亿元以上产业项目10个', '完成。引进产业项目26个，其中亿元以上6个。');
    expect(f?.params.actual).toBe('6个');
  });
});

describe('a target naming several categories with one figure', () => {
  it('adds up the parts and finds them met', () => {
    expect(mismatches(9, '建成农家书屋、文化广场共30处', '完成。建成农家书屋18处、文化广场14处。')).toEqual([]);
    expect(mismatches(5, '改造提升农贸市场和社区菜店合计12个', '完成。改造提升农贸市场5个，社区菜店8个。')).toEqual([]);
  });

  it('fires when the sum falls short, quoting the parts', () => {
    const [f] = mismatches(9, '建成农家书屋、文化广场共30处', '完成。建成农家书屋12处、文化广场14处。');
    expect(f).toMatchObject({ severity: 'error', params: { target: '30处', actual: '12处+14处' } });
  });

  it('does not add up when the target asks for so many of each', () => {
    expect(mismatches(9, '建成农家书屋、文化广场各30处', '完成。建成农家书屋32处、文化广场31处。')).toEqual([]);
  });
});
