import { renderMessage } from '../../../src/core/messages';
import type { Issue } from '../../../src/core/findings';
import type { RuleId } from '../../../src/core/rules/ids';

const issue = <K extends RuleId>(rule: K, params: Issue<K>['params']): Issue<K> => ({ rule, cell: 'E3', seq: 1, params });

describe('messages of the name rules', () => {
  it('say what is wrong and what to do, in Chinese', () => {
    expect(renderMessage(issue('leader.spacing', { raw: '崔 赞', name: '崔赞' }))).toBe('分管领导姓名中间有空格：“崔 赞”应为“崔赞”。请删除姓名中的空格。');
    expect(renderMessage(issue('leader.variant', { name: '崔赟', canonical: '崔赞', reason: 'suspect' }))).toContain('疑似“崔赞”的不同写法。请核实');
    expect(renderMessage(issue('leader.variant', { name: '崔赟', canonical: '崔赞', reason: 'roster' }))).toContain('应为“崔赞”。请按名单改正。');
    expect(renderMessage(issue('leader.variant', { name: '崔贊', canonical: '崔赞', reason: 'script' }))).toBe('分管领导“崔贊”是繁体写法，应为“崔赞”。请统一写法。');
    expect(renderMessage(issue('leader.merged', { raw: '崔贊晋', parts: ['崔赞', '晋'], likely: ['崔赞', '高晋'] }))).toBe(
      '分管领导“崔贊晋”疑似多个姓名连在一起（崔赞、晋，可能是“崔赞”和“高晋”）。请核实，并用空格分开各个姓名。',
    );
    expect(renderMessage(issue('leader.unknown', { name: '张三', roster: '名单', more: ['李四'] }))).toContain('“张三”、“李四”不在名单（“名单”工作表）中');
    expect(renderMessage(issue('unit.unknown', { name: '区商务局', roster: 'roster.csv' }))).toContain('不在名单（名单文件“roster.csv”）中');
    expect(renderMessage(issue('unit.split', { raw: '区投资促进 中心', name: '区投资促进中心' }))).toContain('“区投资促进 中心”应为“区投资促进中心”');
    expect(renderMessage(issue('unit.lead-marker', { marker: '(牵头)', more: ['[牵头]'] }))).toContain('“(牵头)”、“[牵头]”不规范');
  });

  it('list every offender of a cell', () => {
    const text = renderMessage(issue('leader.variant', {
      name: '崔赟', canonical: '崔赞', reason: 'suspect', more: [{ name: '高晉', canonical: '高晋', reason: 'script' }],
    }));
    expect(text).toContain('崔赟');
    expect(text).toContain('“高晉”是繁体写法');
  });

  it('read as English too', () => {
    expect(renderMessage(issue('leader.unknown', { name: '张三', roster: 'r.csv' }), 'en')).toBe(
      'Leader "张三" is not on the roster (r.csv). Check the spelling, or add the name to the roster.',
    );
    expect(renderMessage(issue('unit.unknown', { name: '区商务局', roster: '名单', more: ['区统计局'] }), 'en')).toContain('are not on the roster');
  });
});
