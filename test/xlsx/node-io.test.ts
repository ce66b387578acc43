import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError } from '../../src/xlsx/errors';
import { readInput, sameFile, writeAtomic } from '../../src/xlsx/node-io';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-io-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readInput', () => {
  it('says plainly when the path is missing or is a folder', async () => {
    await expect(readInput(path.join(dir, 'nope.xlsx'))).rejects.toMatchObject({ problem: 'missing' });
    await expect(readInput(dir)).rejects.toMatchObject({ problem: 'not-a-file' });
    await expect(readInput(path.join(dir, 'nope.xlsx'))).rejects.toBeInstanceOf(InputError);
  });

  it('gives the bytes of a file', async () => {
    const f = path.join(dir, 'a.bin');
    fs.writeFileSync(f, Buffer.from([1, 2, 3]));
    expect([...(await readInput(f))]).toEqual([1, 2, 3]);
  });
});

describe('sameFile', () => {
  it('sees through relative paths, symlinks (also to a file not yet there) and hard links', () => {
    const f = path.join(dir, 'report.xlsx');
    fs.writeFileSync(f, 'x');
    fs.symlinkSync(f, path.join(dir, 'link.xlsx'));
    fs.linkSync(f, path.join(dir, 'hard.xlsx'));
    fs.symlinkSync(dir, path.join(dir, 'folder-link'));
    expect(sameFile(f, path.join(dir, '.', 'report.xlsx'))).toBe(true);
    expect(sameFile(f, path.join(dir, 'link.xlsx'))).toBe(true);
    expect(sameFile(f, path.join(dir, 'hard.xlsx'))).toBe(true);
    expect(sameFile(f, path.join(dir, 'folder-link', 'report.xlsx'))).toBe(true);
    expect(sameFile(f, path.join(dir, 'other.xlsx'))).toBe(false);
    expect(sameFile(path.join(dir, 'folder-link', 'new.xlsx'), path.join(dir, 'new.xlsx'))).toBe(true);
  });
});

describe('writeAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const f = path.join(dir, 'out', 'copy.xlsx');
    await writeAtomic(f, new Uint8Array([7, 8]));
    await writeAtomic(f, new Uint8Array([9]));
    expect([...fs.readFileSync(f)]).toEqual([9]);
    expect(fs.readdirSync(path.dirname(f))).toEqual(['copy.xlsx']);
  });

  it('a failed write leaves the old file as it was and nothing else', async () => {
    const f = path.join(dir, 'copy.xlsx');
    fs.writeFileSync(f, 'old');
    // A folder where the file should go makes the final rename fail after the temporary file is written.
    const blocked = path.join(dir, 'blocked.xlsx');
    fs.mkdirSync(blocked);
    fs.writeFileSync(path.join(blocked, 'inside'), '');
    await expect(writeAtomic(blocked, new Uint8Array([1]))).rejects.toThrow();
    expect(fs.readFileSync(f, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).sort()).toEqual(['blocked.xlsx', 'copy.xlsx']);
  });
});
