/** The start of a task's 年度目标任务, short enough for a line of the 通报: its first clause, at most MAX characters. */
const MAX = 24;
const CLAUSE_END = /[，,。；;：:\n]/;
const NUMBER_PART = /[\d.．%％]/;

/** Cuts at `max`, backing off so a figure is never cut in two (资金50… would misquote 50亿元): it backs off to before the figure. */
function cut(text: string, max: number): string {
  let end = max;
  while (end > 0 && NUMBER_PART.test(text[end - 1]!)) end--;
  return `${text.slice(0, end).replace(/[、和与及\s]+$/, '')}…`;
}

export function shortName(annual: string): string {
  const text = annual.replace(/^\s*[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*/, '').trim();
  const end = text.search(CLAUSE_END);
  const clause = (end < 0 ? text : text.slice(0, end)).replace(/\s+/g, '');
  if (!clause) return '';
  return clause.length > MAX ? cut(clause, MAX) : clause;
}
