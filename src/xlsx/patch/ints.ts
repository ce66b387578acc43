/** A growable list of integers (offsets into a part's text): numbers only, no object per item. */
export class Ints {
  private data: Int32Array;
  length = 0;
  constructor(size = 1024) {
    this.data = new Int32Array(size);
  }
  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
}
