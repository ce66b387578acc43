/** The downloaded copy's name: the original's with a mark that it was checked, never the original's own. */
export function resultName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '') || '通报表';
  return `${base}-已校验.xlsx`;
}

/** The copy to send upward: named as the report it is, with a mark that it is the version to hand in. */
export function submissionName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '') || '通报表';
  return `${base}-提交版.xlsx`;
}

/** Only .xlsx is read; a dropped file of another kind gets one line instead of a long failure. */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** Hands a Blob to the browser as a download without any network use. */
export function offerDownload(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const SAMPLE_URL = 'assets/sample.xlsx';
export const SAMPLE_NAME = '示例-2023年9月通报表.xlsx';
