import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { findStraySpaces, removeSpaces } from '../../../src/core/rules/text-stray-space';

const clean = (text: string) => removeSpaces(text, findStraySpaces(text));

describe('finding stray spaces', () => {
  it.each([
    ['北部污水处理厂：已完 成建设任务50%。', '北部污水处理厂：已完成建设任务50%。'],
    ['目前，齐鲁化工区正在调整该地 块的入园规划。', '目前，齐鲁化工区正在调整该地块的入园规划。'],
    ['累计完成22个村 庄治理，尚未验收。河流断面水 质：对5家企业', '累计完成22个村庄治理，尚未验收。河流断面水质：对5家企业'],
    ['努力创建国家级农\u3000业高新技术产业示范区', '努力创建国家级农业高新技术产业示范区'],
    ['文物修复中  心：借助北大', '文物修复中心：借助北大'],
    ['正在调整该地\u00a0块的入园规划', '正在调整该地块的入园规划'],
  ])('removes the break in a word: %j', (text, fixed) => {
    expect(clean(text)).toBe(fixed);
  });

  it.each([
    '冷链仓储物流项目二期： 中央厨房',
    '塑化城： 持续奖励扶持政策',
    '完成。 积极配合市交易中心',
    '根据市农民丰收节“强品牌 庆丰收促和美乡村”主题',
    '开展“三高共管 六病同防”医防融合',
    '推进医防融合，三高共管 六病同防，成效明显',
    '配合单位：区发改局 区财政局 区商务局',
    'Excel 表格',
    '由区发改局 临淄经济开发区管委会共同推进',
  ])('keeps a layout space: %j', (text) => {
    expect(findStraySpaces(text)).toEqual([]);
  });
});

describe('text.stray-space', () => {
  it('fires once per cell, counting its stray spaces, with a fix that removes only those', () => {
    const progress = '部分完成。北部污水处理厂：已完 成建设任务50%。 方宇污水处理厂：需拟征用原污水 厂铁路南侧21亩地块。';
    const [f, ...rest] = findingsOf('text.stray-space', report({ rows: [{ progress }] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'D3', severity: 'warning', params: { column: 'progress', count: 2 } });
    expect(f?.params.excerpt).toBe('厂：已完 成建设任');
    expect(f?.suggestion).toEqual({
      cell: 'D3',
      from: progress,
      to: '部分完成。北部污水处理厂：已完成建设任务50%。 方宇污水处理厂：需拟征用原污水厂铁路南侧21亩地块。',
    });
  });

  it('checks the annual and month targets too, but not names', () => {
    const sheet = report({ rows: [{ annual: '创建国家级农 业高新区', month: '完成设 计', leaders: '崔 赞', units: '区行政审批 服务局' }] });
    expect(findingsOf('text.stray-space', sheet).map((f) => [f.params.column, f.cell])).toEqual([
      ['annual', 'B3'],
      ['month', 'C3'],
    ]);
  });

  it('leaves a space inside the status label to status.nonstandard', () => {
    expect(findingsOf('text.stray-space', report({ rows: [{ progress: '完 成。已建成投用。' }] }))).toEqual([]);
  });

  it('does not take the space after a status label for a broken word', () => {
    expect(findingsOf('text.stray-space', report({ rows: [{ progress: '完成 积极配合市交易中心' }] }))).toEqual([]);
  });

  it('fixes each sub-row cell on its own', () => {
    const sheet = report({ rows: [{ progress: '完成。甲项目已投用。' }, { seq: null, progress: '乙项目已完 成验收。' }] });
    const [f, ...rest] = findingsOf('text.stray-space', sheet);
    expect(rest).toEqual([]);
    expect(f?.suggestion).toEqual({ cell: 'D4', from: '乙项目已完 成验收。', to: '乙项目已完成验收。' });
  });
});
