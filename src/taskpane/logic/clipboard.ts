/**
 * Puts text on the clipboard. The asynchronous clipboard needs a secure context and permission, which a
 * pane served over plain HTTP (an intranet, WPS) may not have; then a selected text area and the copy
 * command do it, as every browser still allows on a click.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, a document without focus): fall back below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    // The deprecated command is the one that works where the modern API is not allowed.
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
