import { readStatus, STATUS_LABELS } from '../../src/core/status';

describe('readStatus', () => {
  it.each([
    ['完成。全部任务已落实。', '完成', '完成'],
    ['部分完成。一般公共预算收入增长8.1%', '部分完成', '部分完成'],
    ['未完成。1-9月完成实际利用外资4870万美元', '未完成', '未完成'],
    ['完成，新增8家', '完成', '完成'],
    ['完成,新增8家', '完成', '完成'],
    ['完成：新增8家', '完成', '完成'],
    ['完成: 新增8家', '完成', '完成'],
    ['完成；新增8家', '完成', '完成'],
    ['完成 新增8家', '完成', '完成'],
    ['完成\n新增8家', '完成', '完成'],
    ['完成', '完成', '完成'],
    ['完成项目总投资的83.8%', '完成', '完成'],
    ['  完成。前面有空格', '完成', '完成'],
    ['\u3000未完成。全角空格开头', '未完成', '未完成'],
  ])('reads the standard label of %j', (text, status, label) => {
    const r = readStatus(text);
    expect(r.status).toBe(status);
    expect(r.label).toBe(label);
    expect(r.standard).toBe(true);
  });

  it('never reads 未完成 or 部分完成 as 完成', () => {
    expect(readStatus('未完成。').status).toBe('未完成');
    expect(readStatus('部分完成。').status).toBe('部分完成');
    expect(readStatus('未完成项目手续').status).toBe('未完成');
  });

  it.each([
    ['已完成。', '已完成', '完成'],
    ['全部完成，', '全部完成', '完成'],
    ['已全部完成：', '已全部完成', '完成'],
    ['基本完成。', '基本完成', '部分完成'],
    ['正在推进。', '正在推进', '部分完成'],
    ['推进中，', '推进中', '部分完成'],
    ['持续推进。', '持续推进', '部分完成'],
    ['序时推进。', '序时推进', '完成'],
    ['按序时推进。', '按序时推进', '完成'],
    ['达到序时进度。', '达到序时进度', '完成'],
    ['达进度，', '达进度', '完成'],
    ['按计划推进：', '按计划推进', '完成'],
    ['超序时。', '超序时', '完成'],
    ['滞后。', '滞后', '部分完成'],
    ['滞后序时，', '滞后序时', '部分完成'],
    ['慢序时。', '慢序时', '部分完成'],
    ['欠进度。', '欠进度', '部分完成'],
    ['进度滞后。', '进度滞后', '部分完成'],
    ['未开工。', '未开工', '未完成'],
    ['进行中。', '进行中', '部分完成'],
    ['已启动。', '已启动', '部分完成'],
    ['尚未完成。', '尚未完成', '未完成'],
    ['没有完成。', '没有完成', '未完成'],
    ['未开展。', '未开展', '未完成'],
    ['未启动', '未启动', '未完成'],
    ['部份完成。', '部份完成', '部分完成'],
    ['部分未完成，', '部分未完成', '部分完成'],
    ['暂未完成。', '暂未完成', '未完成'],
    ['已经完成。', '已经完成', '完成'],
    ['【完成】新增8家', '【完成】', '完成'],
    ['完 成。已建成', '完 成', '完成'],
    ['部分\u3000完成，', '部分\u3000完成', '部分完成'],
    ['未完 成。', '未完 成', '未完成'],
    ['（未完成）资金未到位', '（未完成）', '未完成'],
  ])('maps the nonstandard label of %j', (text, label, status) => {
    const r = readStatus(text);
    expect(r.label).toBe(label);
    expect(r.status).toBe(status);
    expect(r.standard).toBe(false);
    expect(text.slice(r.start, r.end)).toBe(label);
  });

  it.each([
    '已完成分期施工图设计100%',
    '完成率达85%',
    '完成情况良好',
    '截至9月底，新增市场主体7601户。',
    '正在推进项目建设',
    '',
    '#N/A',
    '【完成',
  ])('finds no status at the start of %j', (text) => {
    const r = readStatus(text);
    expect(r.status).toBeNull();
    expect(r.label).toBeNull();
  });

  it('reads every listed label as itself, each listed once', () => {
    const labels = STATUS_LABELS.map(([label]) => label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const [label, status] of STATUS_LABELS) {
      const r = readStatus(`${label}。其余文字`);
      expect([r.label, r.status]).toEqual([label, status]);
    }
  });
});
