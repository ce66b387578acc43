export { OfficeHost } from './host';
export type { Capabilities, ExcelRun, IsSetSupported, OfficeHostOptions } from './context';
export { HostError, hostErrorText, toHostError } from './errors';
export type { HostErrorCode } from './errors';
