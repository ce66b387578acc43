import { BARE, count, measure, SKIP, type Dim } from './dims';

/** A unit: the dimension it measures and its factor to that dimension's base unit. */
export interface UnitDef {
  dim: Dim;
  factor: number;
}

/**
 * Units as written after a figure. Magnitudes (万, 亿, 千, 百) in front of these are read separately,
 * so 万元, 亿元, 万亩, 万千瓦 and 万美元 need no entry of their own. Count words get a dimension
 * each: 5家 and 5个 count different things. Entries of dim SKIP are durations that look like units
 * but are never compared.
 */
const UNITS: Record<string, UnitDef> = {
  元: { dim: measure('money'), factor: 1 },
  块钱: { dim: measure('money'), factor: 1 },
  美元: { dim: measure('usd'), factor: 1 },
  欧元: { dim: measure('eur'), factor: 1 },
  亩: { dim: measure('mu'), factor: 1 },
  '微克/立方米': { dim: measure('ug-m3'), factor: 1 },
  'μg/m³': { dim: measure('ug-m3'), factor: 1 },
  'μg/m3': { dim: measure('ug-m3'), factor: 1 },
  公顷: { dim: measure('mu'), factor: 15 },
  平方米: { dim: measure('m2'), factor: 1 },
  平米: { dim: measure('m2'), factor: 1 },
  平方公里: { dim: measure('m2'), factor: 1e6 },
  人次: { dim: measure('person-time'), factor: 1 },
  人: { dim: measure('person'), factor: 1 },
  名: { dim: measure('person'), factor: 1 },
  户: { dim: count('户'), factor: 1 },
  个百分点: { dim: measure('pp'), factor: 1 },
  '%': { dim: measure('pct'), factor: 1 },
  个月: { dim: SKIP, factor: 1 },
  个工作日: { dim: measure('days'), factor: 1 },
  工作日: { dim: measure('days'), factor: 1 },
  天: { dim: measure('days'), factor: 1 },
  小时: { dim: measure('hours'), factor: 1 },
  分钟: { dim: measure('minutes'), factor: 1 },
  个: { dim: count('个'), factor: 1 },
  家: { dim: count('家'), factor: 1 },
  家次: { dim: count('家次'), factor: 1 },
  项: { dim: count('项'), factor: 1 },
  场次: { dim: count('场'), factor: 1 },
  场: { dim: count('场'), factor: 1 },
  处: { dim: count('处'), factor: 1 },
  期: { dim: count('期'), factor: 1 },
  件: { dim: count('件'), factor: 1 },
  例: { dim: count('例'), factor: 1 },
  套: { dim: count('套'), factor: 1 },
  辆: { dim: count('辆'), factor: 1 },
  册: { dim: count('册'), factor: 1 },
  批次: { dim: count('批'), factor: 1 },
  批: { dim: count('批'), factor: 1 },
  次: { dim: count('次'), factor: 1 },
  台: { dim: count('台'), factor: 1 },
  座: { dim: count('座'), factor: 1 },
  条: { dim: count('条'), factor: 1 },
  所: { dim: count('所'), factor: 1 },
  张: { dim: count('张'), factor: 1 },
  份: { dim: count('份'), factor: 1 },
  起: { dim: count('起'), factor: 1 },
  篇: { dim: count('篇'), factor: 1 },
  支: { dim: count('支'), factor: 1 },
  栋: { dim: count('栋'), factor: 1 },
  株: { dim: count('株'), factor: 1 },
  棵: { dim: count('株'), factor: 1 },
  头: { dim: count('头'), factor: 1 },
  只: { dim: count('只'), factor: 1 },
  吨: { dim: measure('ton'), factor: 1 },
  公斤: { dim: measure('ton'), factor: 1e-3 },
  千克: { dim: measure('ton'), factor: 1e-3 },
  斤: { dim: measure('ton'), factor: 5e-4 },
  千瓦时: { dim: measure('kwh'), factor: 1 },
  度: { dim: measure('kwh'), factor: 1 },
  千瓦: { dim: measure('kw'), factor: 1 },
  兆瓦: { dim: measure('kw'), factor: 1e3 },
  公里: { dim: measure('m'), factor: 1e3 },
  千米: { dim: measure('m'), factor: 1e3 },
  延米: { dim: measure('m'), factor: 1 },
  米: { dim: measure('m'), factor: 1 },
  立方米: { dim: measure('m3'), factor: 1 },
};

export const MAGNITUDES: Record<string, number> = { 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Units by first character, longest first, so 个百分点 wins over 个 and 平方米 over 米. */
const BY_FIRST = new Map<string, string[]>();
for (const key of Object.keys(UNITS).sort((a, b) => b.length - a.length)) {
  const first = key[0] as string;
  const list = BY_FIRST.get(first);
  if (list) list.push(key);
  else BY_FIRST.set(first, [key]);
}

const MAGNITUDE_CODES = new Set(Object.keys(MAGNITUDES).map((m) => m.charCodeAt(0)));

function isMagnitude(code: number): boolean {
  return MAGNITUDE_CODES.has(code);
}

export interface UnitMatch {
  /** The unit as written, magnitude included. */
  text: string;
  dim: Dim;
  /** Factor from the written value to the dimension's base unit. */
  factor: number;
  end: number;
}

function baseUnitAt(text: string, pos: number): string | null {
  const keys = BY_FIRST.get(text[pos] as string);
  if (keys === undefined) return null;
  for (const key of keys) if (text.startsWith(key, pos)) return key;
  return null;
}

/**
 * Reads magnitude and unit at pos: 万千瓦, 亿元, 万美元, %. Tries the longest run of magnitude
 * characters first and gives some back when the unit needs them (1.32万千瓦 is 万 + 千瓦).
 * A bare magnitude (3.3亿) gives dim BARE so it compares only with another bare figure.
 */
export function unitAt(text: string, pos: number): UnitMatch | null {
  let magEnd = pos;
  while (magEnd < text.length && magEnd - pos < 3 && isMagnitude(text.charCodeAt(magEnd))) magEnd++;
  for (let cut = magEnd; cut >= pos; cut--) {
    const key = baseUnitAt(text, cut);
    if (key === null) continue;
    const def = UNITS[key] as UnitDef;
    let factor = def.factor;
    for (let i = pos; i < cut; i++) factor *= MAGNITUDES[text[i] as string] as number;
    return { text: text.slice(pos, cut + key.length), dim: def.dim, factor, end: cut + key.length };
  }
  // Only 万 and 亿 stand for a unit on their own (3.3亿 of money); a lone 千 or 百 is too vague.
  const follower = text[magEnd];
  const standsAlone = follower === undefined || !/[\u4e00-\u9fff]/.test(follower) || '，。；、：）'.includes(follower);
  if (magEnd > pos && standsAlone && /^[万亿]+$/.test(text.slice(pos, magEnd))) {
    let factor = 1;
    for (let i = pos; i < magEnd; i++) factor *= MAGNITUDES[text[i] as string] as number;
    return { text: text.slice(pos, magEnd), dim: BARE, factor, end: magEnd };
  }
  return null;
}

/** Whether a unit (or 余/多 before one) can begin with this character; a quick test before the full read. */
export function mayStartUnit(ch: string | undefined): boolean {
  return ch !== undefined && (BY_FIRST.has(ch) || ch === '余' || ch === '多');
}
