import { count, measure, readText, type Claim } from '../../../src/core/quantities';

function claims(text: string): Claim[] {
  return readText(text).claims;
}

function figures(text: string): string[] {
  return claims(text).map((c) => c.text);
}

function one(text: string): Claim {
  const cs = claims(text);
  expect(cs).toHaveLength(1);
  return cs[0] as Claim;
}

describe('number forms', () => {
  it('reads magnitudes in front of units: 1.32万千瓦, 6358.9万元, 26.97亿元, 0.78万亩', () => {
    expect(one('完成建设容量1.32万千瓦').base).toBeCloseTo(13_200);
    expect(one('完成建设容量1.32万千瓦').dim).toBe(measure('kw'));
    expect(one('累计发放创业担保贷款6358.9万元').base).toBeCloseTo(63_589_000);
    expect(one('累计争取上级资金26.97亿元').base).toBeCloseTo(2_697_000_000);
    expect(one('新增面积0.78万亩').base).toBeCloseTo(7800);
    expect(one('新增面积0.78万亩').dim).toBe(measure('mu'));
  });

  it('puts 万元 and 亿元 on one scale so 9860万元 is less than 1.2亿元', () => {
    const a = one('到位资金9860万元');
    const b = one('到位资金1.2亿元');
    expect(a.dim).toBe(b.dim);
    expect(a.base).toBeLessThan(b.base);
  });

  it('reads full-width digits, full-width percent and thousands separators', () => {
    const c = one('开工率达８０％');
    expect(c.value).toBe(80);
    expect(c.dim).toBe(measure('pct'));
    expect(one('场地平整1,060米').value).toBe(1060);
  });

  it('reads Chinese numerals before a unit, 两 included', () => {
    expect(one('组织两场培训').value).toBe(2);
    expect(one('新建二十处游园').value).toBe(20);
    expect(one('引进一百二十人').base).toBe(120);
  });

  it('reads 个百分点 as points, apart from percentages', () => {
    const c = one('优良率提高3个百分点');
    expect(c.dim).toBe(measure('pp'));
    expect(c.growth).toBe(true);
  });

  it('reads ranges as at least the lower bound: 3至5场次, 1-2期', () => {
    const a = one('开展对接活动3至5场次');
    expect(a.value).toBe(3);
    expect(a.upper).toBe(5);
    expect(a.bound).toBe('min');
    const b = one('发布病虫情报1-2期');
    expect(b.value).toBe(1);
    expect(b.upper).toBe(2);
  });

  it('reads 余 and 多 as at least the figure', () => {
    expect(one('惠及中小学生5500余人').bound).toBe('min');
    const c = one('发放补助金300余万元');
    expect(c.base).toBe(3_000_000);
    expect(c.bound).toBe('min');
  });

  it('reads a negative growth rate', () => {
    const c = one('营业收入同比增长-2.3%');
    expect(c.value).toBe(-2.3);
    expect(c.growth).toBe(true);
  });
});

describe('units', () => {
  it.each([
    ['新增市场主体7601户', count('户')],
    ['引进大学生3695人', measure('person')],
    ['出动执法人员184人次', measure('person-time')],
    ['签约项目21个', count('个')],
    ['新增四上单位25家', count('家')],
    ['新增产学研项目3项', count('项')],
    ['举办活动10场次', count('场')],
    ['举办活动8场', count('场')],
    ['新建基站183处', count('处')],
    ['组织进校园活动1期', count('期')],
    ['受理案件14件', count('件')],
    ['会诊85例', count('例')],
    ['筹建人才公寓400套', count('套')],
    ['检查车辆49辆', count('辆')],
    ['处置粉煤灰13万吨', measure('ton')],
    ['新改建农村公路40公里', measure('m')],
    ['新建标准厂房15万平方米', measure('m2')],
    ['完成图书上架4000册', count('册')],
    ['核查预警数据2批次', count('批')],
    ['引进外资4870万美元', measure('usd')],
  ])('%s → %s', (text, dim) => {
    expect(one(text).dim).toBe(dim);
  });

  it('compares 公里 with 米 and 万千瓦 with 千瓦', () => {
    expect(one('改造管网5公里').base).toBe(5000);
    expect(one('改造管网5000米').base).toBe(5000);
    expect(one('新增容量8万千瓦').base).toBe(one('新增容量80000千瓦').base);
  });
});

describe('comparators', () => {
  it.each([
    ['增长5.5%以上', 'min'],
    ['不低于75例', 'min'],
    ['不少于1次', 'min'],
    ['至少建设100个', 'min'],
    ['超过3000万元', 'min'],
    ['突破3000亿元', 'min'],
    ['控制在5%以内', 'max'],
    ['不高于5%', 'max'],
    ['不超过3个', 'max'],
    ['完成50%', 'exact'],
  ])('%s is bounded %s', (text, bound) => {
    expect(one(text).bound).toBe(bound);
  });

  it('reads 左右 and 约 as approximate', () => {
    expect(one('增长15%左右').approx).toBe(true);
    expect(one('当月处置约2万吨').approx).toBe(true);
    expect(one('增长15%').approx).toBe(false);
  });

  it('reads 预计 as an estimate for the rest of the sentence', () => {
    const cs = claims('预计新引进过亿元项目累计42个，省外到位资金累计74.8亿元。完成投资3亿元');
    expect(cs.map((c) => c.estimate)).toEqual([true, true, false]);
  });

  it('tells rates of change from levels', () => {
    expect(one('固定资产投资增长10%').growth).toBe(true);
    expect(one('同比增速1.2%').growth).toBe(true);
    expect(one('研发投入提高到2.87%').growth).toBe(false);
    expect(one('投资完成率75.1%').growth).toBe(false);
    const down = one('能耗下降3%');
    expect(down.growth && down.down).toBe(true);
  });
});

describe('what is not a quantity', () => {
  it.each([
    ['9月28日上报市自然资源局审查', 'a date'],
    ['1-8月份规上服务业营业收入', 'a period'],
    ['纳入2023年土地征收成片开发方案', 'a year'],
    ['调度三季度项目进展', 'a quarter'],
    ['指导第3批镇级交易服务站', 'an ordinal'],
    ['齐鲁热电5#机组关停', 'a unit number'],
    ['中央厨房及1#2#3#加工中心', 'unit numbers'],
    ['调度10G-PON等基础设施', 'a technology'],
    ['新一批5G应用', 'a technology'],
    ['加快3+2中高职贯通', 'a school scheme'],
    ['“3+4”中本贯通', 'a school scheme'],
    ['编制十四五规划', 'a plan name'],
    ['抢抓一带一路机遇', 'a policy name'],
    ['深化一网通办改革', 'a reform name'],
    ['用好市“人才金政50条”', 'a quoted policy'],
    ['调度“五为”志愿服务项目', 'a campaign name'],
    ['构建“1+1+3+N”架构体系', 'an architecture name'],
    ['构建1+1+3+N架构体系', 'an architecture name without quotes'],
    ['引进一批优质项目', 'a vague 一批'],
    ['开始一期钢结构施工', 'a project phase'],
    ['让文明新风吹进千家万户', 'an idiom'],
    ['推进4号楼招商', 'a building number'],
    ['印发《关于印发〈2023年三秋农业生产工作意见〉的通知》', 'a document title'],
    ['（临农委办发〔2023〕8号）', 'a document number'],
    ['25万吨/年聚丙烯', 'a plant capacity'],
    ['20万羽/日生鸡屠宰', 'a plant capacity'],
    ['12345热线', 'a phone line'],
    ['1.成片开发方案批复', 'a list marker'],
    ['10日调解不成的转入劳动监察', 'a number of days written as a date'],
    ['姜太公诞辰3162周年', 'an anniversary'],
  ])('%s (%s)', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps the real figure next to noise', () => {
    expect(figures('新建200处5G基站')).toEqual(['200处']);
    expect(figures('10G-PON端口8250个')).toEqual(['8250个']);
    expect(figures('指导第3批5个镇级交易服务站')).toEqual(['5个']);
    expect(figures('2023级“3+4”中本贯通培养招生录取40人')).toEqual(['40人']);
    expect(figures('1-9月完成实际利用外资4870万美元')).toEqual(['4870万美元']);
  });
});

describe('parts, shares and thresholds', () => {
  it('reads figures after 其中 as parts of the total before it', () => {
    const cs = claims('累计争取上级资金 26.97亿元 ，其中，上级专款及专项债券 13.77亿元 （专款 4.64亿元 ；专项债券 9.13亿元 ），政策性贷款出款 13.2亿元 。');
    expect(cs.map((c) => [c.text, c.part])).toEqual([
      ['26.97亿元', false],
      ['13.77亿元', true],
      ['4.64亿元', true],
      ['9.13亿元', true],
      ['13.2亿元', true],
    ]);
  });

  it('reads 占X% as a share and 20万元以上的 as a threshold', () => {
    const cs = claims('全区378个行政村集体经济收入10万元以上的305个，占80.69%；20万元以上的272个，占71.96%');
    const by = (t: string) => cs.find((c) => c.text === t) as Claim;
    expect(by('10万元以上').qualifier).toBe(true);
    expect(by('20万元以上').qualifier).toBe(true);
    expect(by('80.69%').share).toBe(true);
    expect(by('305个').qualifier).toBe(false);
    expect(by('272个').metric).toContain('20万元');
  });

  it('does not take a count with 以上 for a threshold: 3家以上企业 is at least 3', () => {
    const c = one('组织3家以上企业申报');
    expect(c.qualifier).toBe(false);
    expect(c.bound).toBe('min');
  });

  it('marks running totals: 累计, 截至, 1-9月, across a semicolon', () => {
    const cs = claims('截至9月底，全区新增市场主体7601户；其余地块123亩。本月新增8家');
    expect(cs.map((c) => c.cumulative)).toEqual([true, true, false]);
  });

  it('gives each figure the words of its own point, heading included', () => {
    const cs = claims('区医疗中心：项目整体累计完成65%。妇保院综合楼：项目整体累计完成85%。');
    expect(cs[0]?.metric).toContain('区医疗中心');
    expect(cs[1]?.metric).toContain('妇保院综合楼');
  });
});

describe('what is hoped for, not done', () => {
  it.each(['下一步力争完成5个', '确保年底前新增10户', '预期增长6%', '计划完成投资2亿元'])('%s is an estimate', (text) => {
    expect(claims(text).every((c) => c.estimate)).toBe(true);
  });

  it('does not take the year\'s plan or money secured for an estimate', () => {
    expect(one('完成年度计划投资的62%').estimate).toBe(false);
    expect(one('累计争取上级资金26.97亿元').estimate).toBe(false);
  });
});

describe('texts joined from several rows', () => {
  it('reads a sentence broken by a line break as one sentence', () => {
    const c = one('累计争取上级资金\n26.97亿元');
    expect(c.metric).toContain('上级资金');
  });

  it('keeps a line break after an ending mark or before a numbered point', () => {
    const cs = claims('1.累计发放贷款4500万元\n2.累计引进大学生3500人');
    expect(cs[1]?.metric).not.toContain('贷款');
    expect(cs[1]?.item).not.toBe(cs[0]?.item);
  });
});

describe('a bare magnitude', () => {
  it('is money among words about money: 完成投资3.3亿 compares with 亿元', () => {
    const c = one('目前完成投资3.3亿，');
    expect(c.dim).toBe(measure('money'));
    expect(c.base).toBe(one('完成投资3.3亿元').base);
  });

  it('stays apart from money otherwise', () => {
    expect(one('接待游客120万，').dim).not.toBe(measure('money'));
  });
});
