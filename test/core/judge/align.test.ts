import { align } from '../../../src/core/judge';
import { readText } from '../../../src/core/quantities';

function pairs(target: string, progress: string): Array<[string, string | null]> {
  return align(readText(target).claims, readText(progress).claims).map((p) => [p.target.text, p.best?.text ?? null]);
}

describe('pairing target figures with progress figures', () => {
  it('pairs by the words of the metric, not by position alone', () => {
    expect(pairs('1.累计发放创业担保贷款4500万元。2.累计引进大学生3500人，技能人才500人。', '1.累计发放创业担保贷款6358.9万元。2.累计引进大学生3695人，技能人才649人。')).toEqual([
      ['4500万元', '6358.9万元'],
      ['3500人', '3695人'],
      ['500人', '649人'],
    ]);
  });

  it('uses the words after a figure: 20个公共充电桩 answers to 22个公共充电桩, not to 450个公共停车位', () => {
    const got = pairs(
      '充电桩：至少建设完成100个个人充电桩、20个公共充电桩。',
      '停车位：目前已接入28处，已累计新增公共停车位450个。充电桩：建设完成106个个人充电桩、22个公共充电桩。',
    );
    expect(got).toEqual([
      ['100个', '106个'],
      ['20个', '22个'],
    ]);
  });

  it('never pairs a total with a part', () => {
    const got = pairs('累计争取上级资金39.8亿元。', '累计争取上级资金 26.97亿元 ，其中，上级专款及专项债券 13.77亿元 ，政策性贷款出款 13.2亿元 。');
    expect(got).toEqual([['39.8亿元', '26.97亿元']]);
  });

  it('never pairs a target ratio with a neighbour\'s share', () => {
    const got = pairs('力争村集体收入20万元以上村比例达到30%', '20万元以上的272个，占71.96%；50万元以上的77个，占20.37%');
    expect(got).toEqual([['30%', null]]);
  });

  it('does not pair a growth rate with a level, or figures of different units', () => {
    expect(pairs('固定资产投资增长10%', '固定资产投资完成率80%')).toEqual([['10%', null]]);
    expect(pairs('累计放贷27900万元', '新增担保贷款1492户')).toEqual([['27900万元', null]]);
  });

  it('leaves a target with no alike partner unpaired', () => {
    expect(pairs('累计放贷27900万元', '新增担保贷款1492万元；在保653户，正在使用担保贷款32943万元')).toEqual([['27900万元', null]]);
  });
});

describe('a rival partner', () => {
  function judged(target: string, progress: string) {
    const [p] = align(readText(target).claims, readText(progress).claims);
    return { best: p?.best?.text, verdict: p?.verdict, anyMet: p?.anyMet };
  }

  it('that is nearly as alike and meets the target keeps a shortfall from being called', () => {
    expect(judged('对3处普法联系点工作开展情况进行实地检查和评价。', '对2处普法联系点的中期工作开展情况进行检查。3处普法联系点圆满完成实地评估工作。')).toEqual({
      best: '2处',
      verdict: 'short',
      anyMet: true,
    });
  });

  it('that is a running total does not answer for the month', () => {
    expect(judged('本月完成100亩', '本月完成80亩，累计完成900亩')).toEqual({ best: '80亩', verdict: 'short', anyMet: false });
  });
});

describe('rates of change', () => {
  it('never pairs a year-on-year rate with a month-on-month one', () => {
    expect(pairs('营业收入同比增长5%', '营业收入环比增长3%')).toEqual([['5%', null]]);
    expect(pairs('营业收入同比增长5%', '营业收入环比增长3%，同比增长6%')).toEqual([['5%', '6%']]);
  });
});
