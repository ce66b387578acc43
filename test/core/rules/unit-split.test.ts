import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';

describe('unit.split', () => {
  it('fires on a unit name a space broke, with the joined cell as a safe fix', () => {
    const [f, ...rest] = findingsOf('unit.split', report({ rows: [{ units: '区行政审批 服务局 (牵头) 区市场监管局' }] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'F3', seq: 1, severity: 'warning', params: { raw: '区行政审批 服务局', name: '区行政审批服务局' } });
    expect(f?.suggestion).toEqual({ cell: 'F3', from: '区行政审批 服务局 (牵头) 区市场监管局', to: '区行政审批服务局 (牵头) 区市场监管局' });
  });

  it('lists every broken unit of a cell in one finding', () => {
    const found = findingsOf('unit.split', report({ rows: [{ units: '区发改局 区商务局 金岭回族镇 政府 人民银行临淄 支行' }] }));
    expect(found.map((f) => f.params)).toEqual([
      { raw: '金岭回族镇 政府', name: '金岭回族镇政府', more: [{ raw: '人民银行临淄 支行', name: '人民银行临淄支行' }] },
    ]);
    expect(found[0]?.suggestion?.to).toBe('区发改局 区商务局 金岭回族镇政府 人民银行临淄支行');
  });

  it('joins a name broken into three', () => {
    const found = findingsOf('unit.split', report({ rows: [{ units: '淄博省级农业 高新技术产业 示范区管委会' }] }));
    expect(found[0]?.suggestion?.to).toBe('淄博省级农业高新技术产业示范区管委会');
  });

  it.each([
    '区发改局 区财政局',
    '区发改局（牵头） 区财政局 区统计局提供数据',
    '区住建局（牵头）闻韶街道办事处稷下街道办事处',
    '区发改局 齐鲁化工区 区工信局',
    '区发改局、区财政局',
  ])('is silent on %j', (units) => {
    expect(findingsOf('unit.split', report({ rows: [{ units }] }))).toEqual([]);
  });
});
