import { spawn } from 'child_process';
import net from 'net';
import path from 'path';

const START = path.join(__dirname, '..', '..', 'scripts', 'start.js');

describe('npm start on a busy port', () => {
  it('says in one line which port is busy and how to pick another, without a stack trace', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, 'localhost', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [START], { env: { ...process.env, PORT: String(port) } });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => resolve({ code, err }));
    });
    busy.close();
    expect(result.code).toBe(1);
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`端口 ${port}`);
    expect(lines[0]).toContain('PORT=');
    expect(result.err).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
