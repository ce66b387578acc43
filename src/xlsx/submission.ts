import { openCopy } from './copy-host';
import { streamDeflateRaw, streamInflateRaw } from './inflate';

/**
 * The copy to send upward: the workbook with its fixes, and nothing else of ours — the marks taken off
 * (each cell's own fill and note put back), no sheet Tongbao generated, no hidden ledger sheet.
 * Worked on a copy of the bytes, so the session keeps its marks and can still undo.
 */
export async function submissionCopy(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const { host } = await openCopy(bytes, name, streamInflateRaw, streamDeflateRaw);
  await host.removeOurs();
  return host.save();
}
