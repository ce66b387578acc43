/** Cells repeat across a report ("于海南", "区农业农村局"): remember what each text gave, within a bound. */
export class TextMemo<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly limit = 20_000) {}

  get(text: string, compute: (text: string) => T): T {
    const hit = this.map.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(text, value);
    return value;
  }
}
