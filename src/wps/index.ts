export { WpsHost } from './host';
export { WpsError } from './errors';
export type { EtApplication } from './om';
