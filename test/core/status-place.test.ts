import { placeStatus } from '../../src/core/status-place';

describe('placeStatus', () => {
  it.each([
    ['完成。新增8家', '完成', '完成', 'front'],
    ['总体情况：完成。新增规上企业8家。', '完成', '完成', 'heading'],
    ['进度评价:滞后。征地尚未完成。', '滞后', '部分完成', 'heading'],
    ['1-10月已签约项目12个，到位资金3.2亿元，滞后。', '滞后', '部分完成', 'end'],
    ['三季度完成投资1.8亿元，目前进度滞后', '进度滞后', '部分完成', 'end'],
    ['已完成主体施工，正在进行内部装修。总体：序时推进。', '序时推进', '完成', 'end'],
    ['已组织培训4场次，培训1200人次；完成。', '完成', '完成', 'end'],
    ['征地工作尚未启动，（未完成）', '（未完成）', '未完成', 'end'],
  ])('reads %j', (text, label, status, place) => {
    const r = placeStatus(text);
    expect([r.label, r.status, r.place]).toEqual([label, status, place]);
    expect(text.slice(r.start, r.end)).toBe(label);
  });

  it.each([
    '截至11月底，新增市场主体7601户，完成全年目标。',
    '项目已于9月完成',
    '滨河路改造工程已于8月底全部完成。',
    '目前进度滞后',
    '主要情况：征地拆迁推进中的问题已解决',
    '',
  ])('finds no status in %j', (text) => {
    expect(placeStatus(text).status).toBeNull();
  });
});
