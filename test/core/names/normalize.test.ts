import { compactName, hasTraditional, normalizeName, toSimplified } from '../../../src/core/names';

describe('normalizeName', () => {
  it.each([
    ['崔贊', '崔赞'],
    ['崔 赞', '崔赞'],
    ['崔\u3000赞', '崔赞'],
    [' 崔\t赞\n', '崔赞'],
    ['崔\u200b赞', '崔赞'],
    ['臨淄區發改局', '临淄区发改局'],
    ['郭克華', '郭克华'],
    ['郭克华', '郭克华'],
    // NFKC: full-width letters and a CJK compatibility ideograph (U+F9B1 is 鈴, then simplified).
    ['ＡＢ公司', 'AB公司'],
    ['\uf9b1声', '铃声'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('gives the same name for every way the seed writes 崔赞', () => {
    expect(new Set(['崔贊', '崔赞', '崔 赞', '崔　贊'].map(normalizeName))).toEqual(new Set(['崔赞']));
  });

  it('keeps apart names that differ in more than script', () => {
    expect(normalizeName('崔赟')).not.toBe(normalizeName('崔赞'));
    expect(normalizeName('崔燮')).not.toBe(normalizeName('崔赞'));
  });
});

describe('script helpers', () => {
  it('tells traditional writing from simplified', () => {
    expect(hasTraditional('崔贊')).toBe(true);
    expect(hasTraditional('崔赞')).toBe(false);
    expect(hasTraditional('区发改局')).toBe(false);
  });

  it('converts character by character and leaves everything else alone', () => {
    expect(toSimplified('崔 貟（常務）')).toBe('崔 贠（常务）');
    expect(toSimplified('abc 123')).toBe('abc 123');
  });

  it('compacts without changing the script', () => {
    expect(compactName('崔 貊')).toBe('崔貊');
    expect(compactName('崔　贊')).toBe('崔贊');
  });
});
