import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { FIXTURE, hash, tempDir, tongbao } from './run';

jest.setTimeout(120_000);

describe('tongbao bulletin', () => {
  const dir = tempDir();
  const out = (name: string) => path.join(dir, name);

  it('writes the draft as a .docx and leaves the report untouched', async () => {
    const before = hash(FIXTURE);
    const r = tongbao(['bulletin', FIXTURE, '-o', out('通报.docx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已写入');
    expect(r.stderr).toContain('崔赟（疑似“崔赞”）');
    expect(hash(FIXTURE)).toBe(before);
    const zip = await JSZip.loadAsync(fs.readFileSync(out('通报.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('截至9月底，124项《政府工作报告》重点工作中，完成104项，部分完成13项，未完成7项，完成率83.9%。');
  });

  it('prints the draft as text', () => {
    const r = tongbao(['bulletin', FIXTURE, '--text', '--by', 'unit']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('关于2023年9月份《政府工作报告》重点工作完成情况的通报');
    expect(lines).toContain('　　（一）区发改局');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).length).toBeLessThanOrEqual(1);
  });

  it('takes the recipient and the issuer from the command line', () => {
    const r = tongbao(['bulletin', FIXTURE, '--text', '--recipient', '各镇人民政府、街道办事处：', '--issuer', '区政府督查室']);
    expect(r.stdout).toContain('\n各镇人民政府、街道办事处：\n');
    expect(r.stdout).toContain('\n区政府督查室\n');
  });

  it('refuses a wrong output name or option in one Chinese line', () => {
    for (const args of [
      ['bulletin', FIXTURE, '-o', out('通报.xlsx')],
      ['bulletin', FIXTURE, '-o', out('x.docx'), '--by', 'boss'],
      ['bulletin', FIXTURE],
    ]) {
      const r = tongbao(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(fs.existsSync(out('通报.xlsx'))).toBe(false);
  });
});
