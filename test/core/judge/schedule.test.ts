import { expectedByMonth, readSchedule } from '../../../src/core/judge';
import { readText } from '../../../src/core/quantities';

function schedule(annual: string, progress: string) {
  return readSchedule({ annual: readText(annual), progress: readText(progress), body: progress }, annual);
}

describe('序时进度', () => {
  it('is month/12', () => {
    expect(expectedByMonth(9)).toBe(75);
    expect(expectedByMonth(6)).toBe(50);
    expect(expectedByMonth(12)).toBe(100);
    expect(expectedByMonth(1)).toBe(8.3);
  });

  it('reads a stated share of the annual task', () => {
    expect(schedule('完成116个村提升工作', '完成年度创建任务的72%')?.actual).toBe(72);
    expect(schedule('', '前三季度完成投资5.16亿元，年度投资完成率77.6%')?.actual).toBe(77.6);
  });

  it('reads a running total against the annual figure of the same unit', () => {
    const r = schedule('新引进高层次人才40人、大学生4500人、技能人才700人', '累计引进大学生3695人，技能人才649人');
    expect(r?.actual).toBe(82.1);
    expect(r?.target?.text).toBe('4500人');
    expect(schedule('新增绿化造林2000亩', '截至9月底，已完成新增绿化造林1200亩')?.actual).toBe(60);
  });

  it('pairs the only total with the only annual figure of its unit even in other words', () => {
    expect(schedule('力争年内引进外资8000万美元', '1-9月完成实际利用外资4870万美元')?.actual).toBe(60.9);
  });

  it('reports the reading furthest behind', () => {
    expect(schedule('新增水肥一体化面积1.1万亩，新增就业4500人', '累计新增水肥一体化面积9494.25亩，累计新增就业1000人')?.actual).toBe(22.2);
  });

  it('ignores growth rates, parts, estimates and figures that are not running totals', () => {
    expect(schedule('营业收入增长10%以上', '1-8月营业收入增长1.2%')).toBeNull();
    expect(schedule('改建8处村卫生室', '8处中心村卫生室已完成建设')).toBeNull();
    expect(schedule('新增就业4500人', '预计累计新增就业1000人')).toBeNull();
    expect(schedule('完成项目总投资', '完成项目总投资的83.8%')).toBeNull();
    expect(schedule('争取各类资金50亿元以上', '累计争取资金26.97亿元，其中，专项债券13.77亿元')?.actual).toBe(53.9);
  });
});

describe('投资完成率', () => {
  it('is read as annual progress even without 年度', () => {
    expect(schedule('', '项目累计完成投资14521万元，投资完成率60.5%。')?.actual).toBe(60.5);
  });
});

describe('the only figure of a unit on each side', () => {
  it('is not paired when only a generic word is shared', () => {
    expect(schedule('新增城镇就业4500人', '累计新增培训1000人')).toBeNull();
  });
});

describe('a bare 完成率 after an investment figure', () => {
  it('is the month plan\'s rate, not annual progress', () => {
    expect(schedule('实施产业园40个。', '已累计推进20个，完成投资5.2亿元，完成率58%。')).toBeNull();
  });
});
