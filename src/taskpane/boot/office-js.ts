/**
 * Loads office.js without holding up the page. taskpane.html names the script in a meta tag instead
 * of a blocking <script>: on a network that drops outside traffic, a blocking script left the page
 * white for the whole network timeout. The pane starts at once and office.js arrives when it can.
 */
let loading: Promise<boolean> | null = null;

/** Resolves true once office.js has run, false when the page has none or it cannot be fetched. */
export function loadOfficeJs(): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  if (loading) return loading;
  const url = typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>('meta[name="tongbao-office-js"]')?.content;
  if (!url) return Promise.resolve(false);
  loading = new Promise<boolean>((resolve) => {
    const script = document.createElement('script');
    script.src = url;
    script.addEventListener('load', () => resolve(typeof Office !== 'undefined'));
    script.addEventListener('error', () => resolve(false));
    document.head.appendChild(script);
  });
  return loading;
}

/**
 * Whether the page runs inside Office before office.js has said so: Office opens an add-in's page
 * with the host in its address (`_host_Info=Excel$Win32$16.01$zh-CN$…`).
 */
export function insideOffice(search: string): boolean {
  return /[?&]_host_Info=/i.test(search);
}
