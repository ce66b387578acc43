import { splitLeaders } from '../../../src/core/names';

// Names other districts might have, written the ways offices write them: two-character names spaced
// out to align with three-character ones, three-character names broken by a line wrap, 、 or spaces between.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤房康';
const GIVEN = '林高文金江海龙石白伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建华辉玉燕飞鹏宇晋赞克继元美男南胜利义春晓东红梅志国庆新民永福长德振兴宏';

function generator(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function generatedCells(count: number, seed: number): { cell: string; names: string[] }[] {
  const rnd = generator(seed);
  const pick = (s: string) => s[rnd(s.length)] as string;
  const out: { cell: string; names: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const names: string[] = [];
    const wanted = 1 + rnd(4);
    while (names.length < wanted) {
      const n = pick(SURNAMES) + pick(GIVEN) + (rnd(2) ? pick(GIVEN) : '');
      if (!names.includes(n)) names.push(n);
    }
    const style = rnd(3);
    const written = names.map((n) => {
      if (n.length === 2 && style > 0) return `${n[0]}${style === 1 ? ' ' : '\u3000'}${n[1]}`;
      if (n.length === 3 && style === 2 && rnd(3) === 0) {
        const at = 1 + rnd(2);
        return `${n.slice(0, at)} ${n.slice(at)}`;
      }
      return n;
    });
    out.push({ cell: written.join(rnd(4) === 0 ? '、' : ' '), names });
  }
  return out;
}

describe('splitLeaders on generated cells', () => {
  it.each([1, 7, 42])('recovers the names of at least 99.5% of 3,000 cells (seed %i)', (seed) => {
    const cells = generatedCells(3000, seed);
    const wrong = cells.filter(({ cell, names }) => splitLeaders(cell).map((t) => t.name).join('|') !== names.join('|'));
    expect(wrong.length).toBeLessThanOrEqual(15);
  });

  it('never joins two whole names, whatever separates them', () => {
    for (const { names } of generatedCells(2000, 3)) {
      for (const sep of [' ', '\u3000', '  ', '、', '，', ';']) {
        expect(splitLeaders(names.join(sep)).map((t) => t.name)).toEqual(names);
      }
    }
  });
});
