/** Enter that should act: not the Enter that confirms a Chinese IME candidate. */
export function isCommitEnter(event: { key: string; keyCode?: number; nativeEvent?: { isComposing?: boolean } }): boolean {
  if (event.key !== 'Enter') return false;
  if (event.nativeEvent?.isComposing) return false;
  // Some browsers (older Safari/WebView) report keyCode 229 instead of isComposing while an IME is open.
  return event.keyCode !== 229;
}
