import { clipToData } from '../../src/core/merge-area';

describe('clipToData', () => {
  const last = { row: 9, col: 5 };

  it('cuts a merge reaching the end of the sheet to the last row and column holding values', () => {
    expect(clipToData({ top: 0, left: 7, bottom: 1048575, right: 16383 }, last)).toEqual({ top: 0, left: 7, bottom: 9, right: 7 });
    expect(clipToData({ top: 2, left: 0, bottom: 1048575, right: 0 }, last)).toEqual({ top: 2, left: 0, bottom: 9, right: 0 });
  });

  it('leaves a merge inside the data as it is', () => {
    expect(clipToData({ top: 0, left: 0, bottom: 0, right: 5 }, last)).toEqual({ top: 0, left: 0, bottom: 0, right: 5 });
  });

  it('drops a merge of which only its first cell would be left', () => {
    expect(clipToData({ top: 20, left: 0, bottom: 1048575, right: 0 }, last)).toBeNull();
    expect(clipToData({ top: 20, left: 8, bottom: 1048575, right: 16383 }, last)).toBeNull();
  });
});
