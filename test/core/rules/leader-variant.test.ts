import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';
import type { Roster } from '../../../src/core/names';

const rows = (...cells: [string, number][]) => cells.flatMap(([leaders, times]) => Array.from({ length: times }, () => ({ leaders })));
const roster: Roster = { leaders: ['郭克华', '高晋', '崔赞'], units: [], source: '名单' };

describe('leader.variant', () => {
  it('suspects a rare name one character off a frequent one, without fixing it', () => {
    const sheet = report({ rows: rows(['崔赞', 8], ['郭克华 崔赟', 1]) });
    const found = findingsOf('leader.variant', sheet);
    expect(found.map((f) => [f.cell, f.seq, f.severity])).toEqual([['E11', 9, 'warning']]);
    expect(found[0]?.params).toEqual({ name: '崔赟', canonical: '崔赞', reason: 'suspect' });
    expect(found[0]?.suggestion).toBeUndefined();
    expect(found[0]?.message).toContain('疑似“崔赞”的不同写法');
  });

  it('does not suspect two names that head one task together', () => {
    expect(findingsOf('leader.variant', report({ rows: rows(['崔赞', 8], ['崔赞 崔赟', 1]) }))).toEqual([]);
  });

  it('reports traditional script and fixes it, with or without a roster', () => {
    const sheet = report({ rows: rows(['崔赞', 2], ['孙胜利 崔贊', 1]) });
    const found = findingsOf('leader.variant', sheet);
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toEqual({ name: '崔贊', canonical: '崔赞', reason: 'script' });
    expect(found[0]?.suggestion).toEqual({ cell: 'E5', from: '孙胜利 崔贊', to: '孙胜利 崔赞' });
    const withRoster = findingsOf('leader.variant', sheet, { roster: { ...roster, leaders: [...roster.leaders, '孙胜利'] } });
    expect(withRoster[0]?.suggestion).toEqual({ cell: 'E5', from: '孙胜利 崔贊', to: '孙胜利 崔赞' });
  });

  it('fixes a traditional form met nowhere else, but not one with a character a simplified name may hold', () => {
    const found = findingsOf('leader.variant', report({ rows: [...rows(['王建国', 4], ['刘洋', 3]), { leaders: '張偉' }, { leaders: '於乾' }] }));
    expect(found.map((f) => [f.seq, f.params.canonical, f.suggestion?.to])).toEqual([[8, '张伟', '张伟']]);
  });

  it('leaves a report written all in traditional script alone when there is no roster', () => {
    expect(findingsOf('leader.variant', report({ rows: rows(['崔贊', 3], ['郭克華', 2]) }))).toEqual([]);
  });

  it('with a roster, fixes the certain names of a cell and leaves the rest', () => {
    const found = findingsOf('leader.variant', report({ rows: [{ leaders: '郭克化 高晉 王五' }] }), { roster });
    expect(found.map((f) => [f.params, f.suggestion?.to])).toEqual([
      [{ name: '郭克化', canonical: '郭克华', reason: 'roster', more: [{ name: '高晉', canonical: '高晋', reason: 'script' }] }, '郭克华 高晋 王五'],
    ]);
  });

  it('maps a name to the roster with a safe fix', () => {
    const found = findingsOf('leader.variant', report({ rows: rows(['郭克华 崔赟', 1], ['崔 燮', 1]) }), { roster });
    expect(found.map((f) => [f.cell, f.params.name, f.params.reason, f.suggestion?.to])).toEqual([
      ['E3', '崔赟', 'roster', '郭克华 崔赞'],
      ['E4', '崔燮', 'roster', '崔赞'],
    ]);
    expect(found[0]?.message).toContain('名单');
  });

  it('with a roster, fixes traditional script even where the report never writes it simplified', () => {
    const found = findingsOf('leader.variant', report({ rows: [{ leaders: '崔贊' }] }), { roster });
    expect(found.map((f) => [f.params.reason, f.suggestion?.to])).toEqual([['script', '崔赞']]);
  });

  it('lists several names of a cell in one finding', () => {
    const found = findingsOf('leader.variant', report({ rows: [...rows(['郭克华', 6], ['高晋', 6]), { leaders: '郭克化 高晉' }] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toEqual({
      name: '郭克化',
      canonical: '郭克华',
      reason: 'suspect',
      more: [{ name: '高晉', canonical: '高晋', reason: 'script' }],
    });
    // The traditional form is fixed; the suspected variant is left for a person to decide.
    expect(found[0]?.suggestion).toEqual({ cell: 'E15', from: '郭克化 高晉', to: '郭克化 高晋' });
  });

  it.each([
    ['names that are all right', rows(['郭克华 高晋', 3], ['崔赞', 3])],
    ['two leaders used about as often', rows(['王伟', 5], ['王纬', 4])],
    ['names of another surname', rows(['崔赞', 8], ['李赞', 1])],
  ])('is silent on %s', (_label, r) => {
    expect(findingsOf('leader.variant', report({ rows: r }))).toEqual([]);
  });
});
