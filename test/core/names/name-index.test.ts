import * as fs from 'fs';
import * as path from 'path';
import { buildNameIndex, parseRosterFile, type LeaderVerdict, type Roster } from '../../../src/core/names';
import { seedTasks, tasksOf } from './tasks';

const SEED_ROSTER = parseRosterFile(
  fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'roster-2023-09.csv'), 'utf8'),
  'roster-2023-09.csv',
);
const roster = (leaders: string[], units: string[] = []): Roster => ({ leaders, units, source: '名单' });
const OK = (canonical: string): LeaderVerdict => ({ kind: 'ok', canonical });

describe('the seed’s leader names', () => {
  const tasks = seedTasks();
  const written = [...new Set(tasks.flatMap((t) => t.leaders))].sort();

  it('are these thirteen after normalisation (崔贊, 崔赞 and "崔 赞" are one)', () => {
    expect(tasks).toHaveLength(124);
    expect(written).toEqual(
      ['于海南', '周鹏飞', '孙胜利', '崔燮', '崔赞', '崔赞晋', '崔赟', '康义文', '房美男', '李建华', '贾继元', '郭克华', '高晋'].sort(),
    );
  });

  const steady = ['郭克华', '贾继元', '房美男', '于海南', '高晋', '崔赞', '孙胜利', '李建华', '康义文', '周鹏飞'];

  it('without a roster: ten are themselves, 崔赟 and 崔燮 are suspected variants of 崔赞, 崔贊晋 is run together', () => {
    const index = buildNameIndex(tasks, null);
    for (const name of steady) expect(index.leader(name)).toEqual(OK(name));
    expect(index.leader('崔赟')).toEqual({ kind: 'suspect', canonical: '崔赞' });
    expect(index.leader('崔燮')).toEqual({ kind: 'suspect', canonical: '崔赞' });
    expect(index.leader('崔赞晋')).toEqual({ kind: 'merged', parts: ['崔赞', '晋'], likely: ['崔赞', '高晋'] });
  });

  it('with the roster: ten are on it, 崔赟 and 崔燮 map to 崔赞, 崔贊晋 is run together, nobody is unknown', () => {
    const index = buildNameIndex(tasks, SEED_ROSTER);
    for (const name of steady) expect(index.leader(name)).toEqual(OK(name));
    expect(index.leader('崔赟')).toEqual({ kind: 'mapped', canonical: '崔赞' });
    expect(index.leader('崔燮')).toEqual({ kind: 'mapped', canonical: '崔赞' });
    expect(index.leader('崔赞晋')).toEqual({ kind: 'merged', parts: ['崔赞', '晋'], likely: ['崔赞', '高晋'] });
    expect(written.filter((n) => index.leader(n).kind === 'unknown')).toEqual([]);
  });

  it('with the roster, every unit of the seed is known', () => {
    const index = buildNameIndex(tasks, SEED_ROSTER);
    const units = [...new Set(tasks.flatMap((t) => t.units.map((u) => u.name)))];
    expect(units.length).toBe(SEED_ROSTER.units.length);
    expect(units.filter((u) => index.unit(u).known !== true)).toEqual([]);
  });

  it('takes names as written too: traditional script and spaces', () => {
    const index = buildNameIndex(tasks, null);
    expect(index.leader('崔贊')).toEqual(OK('崔赞'));
    expect(index.leader('崔 赞')).toEqual(OK('崔赞'));
  });
});

describe('buildNameIndex without a roster', () => {
  it('never takes two names that head one task together for one person', () => {
    const index = buildNameIndex(tasksOf(['崔赞', 10], ['崔赞 崔赟', 1]), null);
    expect(index.leader('崔赟')).toEqual(OK('崔赟'));
  });

  it('does not suspect a name used about as often as its neighbour', () => {
    const index = buildNameIndex(tasksOf(['王伟', 5], ['王纬', 4]), null);
    expect(index.leader('王伟')).toEqual(OK('王伟'));
    expect(index.leader('王纬')).toEqual(OK('王纬'));
  });

  it('does not suspect a leader who heads several tasks of his own, however busy his namesake', () => {
    const index = buildNameIndex(tasksOf(['王强', 15], ['王刚', 4]), null);
    expect(index.leader('王刚')).toEqual(OK('王刚'));
    expect(buildNameIndex(tasksOf(['王强', 30], ['王刚', 4]), null).leader('王刚')).toEqual({ kind: 'suspect', canonical: '王强' });
  });

  it('suspects a rare name one character off a frequent one, in a three-character name too', () => {
    const index = buildNameIndex(tasksOf(['郭克华', 10], ['郭克化', 1], ['郭文华', 2]), null);
    expect(index.leader('郭克化')).toEqual({ kind: 'suspect', canonical: '郭克华' });
    expect(index.leader('郭文华')).toEqual({ kind: 'suspect', canonical: '郭克华' });
    expect(index.leader('郭克华')).toEqual(OK('郭克华'));
  });

  it('does not suspect names of another surname or length', () => {
    const index = buildNameIndex(tasksOf(['崔赞', 10], ['李赞', 1], ['崔赞华', 1]), null);
    expect(index.leader('李赞')).toEqual(OK('李赞'));
    expect(index.leader('崔赞华').kind).not.toBe('suspect');
  });

  it('keeps a compound surname whole when comparing', () => {
    const index = buildNameIndex(tasksOf(['欧阳明华', 10], ['欧阴明华', 1], ['欧阳明化', 1]), null);
    expect(index.leader('欧阴明华')).toEqual(OK('欧阴明华'));
    expect(index.leader('欧阳明化')).toEqual({ kind: 'suspect', canonical: '欧阳明华' });
  });

  it('finds two frequent names run together', () => {
    const index = buildNameIndex(tasksOf(['郭克华', 5], ['高晋', 5], ['郭克华高晋', 1]), null);
    expect(index.leader('郭克华高晋')).toEqual({ kind: 'merged', parts: ['郭克华', '高晋'], likely: ['郭克华', '高晋'] });
  });

  it('does not take a frequent name for a run-together one', () => {
    const index = buildNameIndex(tasksOf(['王伟', 20], ['李东', 5], ['王伟东', 10]), null);
    expect(index.leader('王伟东')).toEqual(OK('王伟东'));
  });

  it('needs established names to call a name run together', () => {
    const index = buildNameIndex(tasksOf(['郭克华', 1], ['高晋', 1], ['郭克华高晋', 1]), null);
    expect(index.leader('郭克华高晋')).toEqual(OK('郭克华高晋'));
  });

  it('never answers unknown, and knows no units, without a roster', () => {
    const index = buildNameIndex(tasksOf(['郭克华', 1]), null);
    expect(index.leader('张三')).toEqual(OK('张三'));
    expect(index.unit('区发改局')).toEqual({ canonical: '区发改局', known: null });
    expect(index.roster).toBeNull();
  });
});

describe('buildNameIndex with a roster', () => {
  const tasks = tasksOf(['郭克华 高晋', 3], ['崔赞', 3]);

  it('maps a name one character off exactly one roster name', () => {
    const index = buildNameIndex(tasks, roster(['郭克华', '高晋', '崔赞']));
    expect(index.leader('崔赟')).toEqual({ kind: 'mapped', canonical: '崔赞' });
    expect(index.leader('郭克化')).toEqual({ kind: 'mapped', canonical: '郭克华' });
  });

  it('only suspects a name one character off two roster names', () => {
    const index = buildNameIndex(tasks, roster(['崔赞', '崔燮']));
    expect(index.leader('崔赟').kind).toBe('suspect');
  });

  it('calls a name off the roster unknown, and a name heading a task with its near namesake too', () => {
    const index = buildNameIndex(tasksOf(['崔赞 崔赟', 1]), roster(['崔赞']));
    expect(index.leader('张三')).toEqual({ kind: 'unknown' });
    expect(index.leader('崔赟')).toEqual({ kind: 'unknown' });
  });

  it('finds roster names run together', () => {
    const index = buildNameIndex(tasks, roster(['郭克华', '高晋', '崔赞']));
    expect(index.leader('郭克华高晋')).toEqual({ kind: 'merged', parts: ['郭克华', '高晋'], likely: ['郭克华', '高晋'] });
    expect(index.leader('崔赞郭克华高晋')).toEqual({ kind: 'merged', parts: ['崔赞', '郭克华', '高晋'], likely: ['崔赞', '郭克华', '高晋'] });
  });

  it('reads the roster through the same normalisation', () => {
    const index = buildNameIndex(tasks, roster(['郭克華', '崔 贊']));
    expect(index.leader('郭克华')).toEqual(OK('郭克华'));
    expect(index.leader('崔赞')).toEqual(OK('崔赞'));
  });

  it('knows units by their normalised names', () => {
    const index = buildNameIndex(tasks, roster(['郭克华'], ['区发改局', '区行政审批 服务局', '臨淄公安分局']));
    expect(index.unit('区发改局')).toEqual({ canonical: '区发改局', known: true });
    expect(index.unit('区行政审批服务局')).toEqual({ canonical: '区行政审批服务局', known: true });
    expect(index.unit('临淄公安分局')).toEqual({ canonical: '临淄公安分局', known: true });
    expect(index.unit('区财政局')).toEqual({ canonical: '区财政局', known: false });
  });

  it('judges leaders from the report when the roster lists only units, and units not at all when it lists only leaders', () => {
    const unitsOnly = buildNameIndex(tasksOf(['崔赞', 10], ['崔赟', 1]), roster([], ['区发改局']));
    expect(unitsOnly.leader('崔赟')).toEqual({ kind: 'suspect', canonical: '崔赞' });
    expect(unitsOnly.leader('张三')).toEqual(OK('张三'));
    expect(buildNameIndex(tasks, roster(['郭克华'])).unit('区发改局').known).toBeNull();
  });
});

describe('a large report', () => {
  it('builds the index for 10,000 tasks and finds every one of 50 distinct names sound', () => {
    const leaders = Array.from({ length: 50 }, (_, i) => `王${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x5000 + i * 3)}`);
    const cells: [string, number][] = [];
    for (let i = 0; i < 10_000; i++) cells.push([`${leaders[i % 50]} ${leaders[(i * 7) % 50]}`, 1]);
    const tasks = tasksOf(...cells);
    const index = buildNameIndex(tasks, null);
    const verdicts = new Set(tasks.flatMap((t) => t.leaders.map((n) => index.leader(n).kind)));
    expect(verdicts).toEqual(new Set(['ok']));
  });
});
