import { joinSplitLeaders, splitLeaders } from '../../../src/core/names';

const names = (text: string, known?: ReadonlySet<string>) => splitLeaders(text, known).map((t) => t.name);

describe('splitLeaders', () => {
  it.each([
    ['郭克华 贾继元 房美男 于海南', ['郭克华', '贾继元', '房美男', '于海南']],
    ['郭克华、贾继元，房美男,于海南；高晋;崔赞', ['郭克华', '贾继元', '房美男', '于海南', '高晋', '崔赞']],
    ['郭克华\u3000高晋', ['郭克华', '高晋']],
    ['郭克华\n高晋', ['郭克华', '高晋']],
    ['郭克华  、 高晋', ['郭克华', '高晋']],
    ['', []],
    ['  ', []],
  ])('splits %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('joins a two-character name a space split, and says so', () => {
    expect(splitLeaders('崔 赞')).toEqual([{ raw: '崔 赞', name: '崔赞', rejoined: true }]);
    expect(splitLeaders('孙胜利 崔 赞')).toEqual([
      { raw: '孙胜利', name: '孙胜利', rejoined: false },
      { raw: '崔 赞', name: '崔赞', rejoined: true },
    ]);
  });

  it.each([
    ['崔\u3000赞', ['崔赞']],
    ['崔  燮', ['崔燮']],
    ['郭 克华', ['郭克华']],
    ['郭克 华', ['郭克华']],
    ['郭 克 华', ['郭克华']],
    ['崔 赞 高 晋', ['崔赞', '高晋']],
    ['郭克华 崔 赞 高晋', ['郭克华', '崔赞', '高晋']],
    ['欧阳 明华', ['欧阳明华']],
    ['欧阳 明', ['欧阳明']],
    ['司马 光', ['司马光']],
  ])('rejoins %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['王伟 李强', ['王伟', '李强']],
    ['郭克华 高晋', ['郭克华', '高晋']],
    ['高晋 于海南', ['高晋', '于海南']],
    ['欧阳 李强', ['欧阳', '李强']],
    ['崔赞、晋', ['崔赞', '晋']],
    ['John Smith', ['John', 'Smith']],
  ])('never joins two names: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('lets known names settle a close call', () => {
    // 华 may end 郭克华 or open 华高晋: the roster says which.
    expect(names('郭克 华 高晋', new Set(['郭克华', '高晋']))).toEqual(['郭克华', '高晋']);
    expect(names('郭克 华高晋', new Set(['郭克', '华高晋']))).toEqual(['郭克', '华高晋']);
  });

  it('normalises each name and keeps the text as written', () => {
    expect(splitLeaders('崔 貊、郭克華')).toEqual([
      { raw: '崔 貊', name: '崔貊', rejoined: true },
      { raw: '郭克華', name: '郭克华', rejoined: false },
    ]);
  });

  it('leaves a bracketed remark out of the name', () => {
    expect(names('郭克华（常务） 高晋')).toEqual(['郭克华', '高晋']);
    expect(names('郭克华(牵头)、高晋')).toEqual(['郭克华', '高晋']);
    expect(names('崔赞（牵头）高晋')).toEqual(['崔赞', '高晋']);
    expect(names('崔 赞（常务） 高晋')).toEqual(['崔赞', '高晋']);
    expect(splitLeaders('郭克华（常务）')).toEqual([{ raw: '郭克华', name: '郭克华', rejoined: false }]);
  });

  it('leaves a run-together name as one token for the index to judge', () => {
    expect(splitLeaders('崔贊晋')).toEqual([{ raw: '崔贊晋', name: '崔赞晋', rejoined: false }]);
  });
});

describe('joinSplitLeaders', () => {
  it('removes only the spaces inside names', () => {
    expect(joinSplitLeaders('孙胜利 崔 赞')).toBe('孙胜利 崔赞');
    expect(joinSplitLeaders('崔　赞、郭 克华  高晋')).toBe('崔赞、郭克华  高晋');
  });

  it('leaves a clean cell exactly as it is', () => {
    for (const text of ['郭克华 贾继元', '郭克华、高晋', ' 高晋 ', '崔贊晋']) expect(joinSplitLeaders(text)).toBe(text);
  });
});

describe('splitLeaders on what is not a name', () => {
  it('takes a title off the name', () => {
    expect(names('郭克华副区长 高晋同志')).toEqual(['郭克华', '高晋']);
    expect(names('郭克华 副区长、高晋')).toEqual(['郭克华', '高晋']);
    expect(names('郭克华等')).toEqual(['郭克华']);
  });

  it('keeps a name that only looks like it ends in a title', () => {
    // Taking 主任 off would leave one character, and no name is that short.
    expect(names('王主任')).toEqual(['王主任']);
  });

  it.each(['无', '暂无', '—', '--', '…', '/'])('reads no name in %j', (text) => {
    expect(splitLeaders(text)).toEqual([]);
  });
});
