import { FakeOfficeError } from './errors';
import type { WorkbookState } from './state';

/** One request: what office.js sent in one context.sync(), measured as office.js serialized it. */
export interface RequestStats {
  /** Actions in the request (instantiations, queries, property writes, method calls). */
  ops: number;
  /** UTF-8 bytes of the JSON office.js sends: the figure Excel on the web holds to 5 MB. */
  requestBytes: number;
  /** UTF-8 bytes of the JSON the fake answered with. */
  responseBytes: number;
  /** False when Excel refused the request (payload caps, protection, cell-edit mode…). */
  ok: boolean;
  /** True for the reference clean-up office.js sends by itself when Excel.run ends. */
  cleanup: boolean;
}

/** Everything the engine counted since the last reset. */
export interface FakeStats {
  /** Requests the add-in waited for (context.sync with something to send), clean-ups excluded. */
  syncs: number;
  ops: number;
  requests: RequestStats[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Requests office.js sent to release references at the end of Excel.run. */
  cleanups: number;
  /** Worksheets deleted: deleting wipes the user's undo stack, so a well-behaved add-in keeps this at 0. */
  sheetsDeleted: number;
}

/** The workbook and the switches of the simulated Excel, shared by every request. */
export interface Engine {
  state: WorkbookState;
  /** When set, a zoom write keeps only its scale, as some Windows builds do with fit-to-pages (OfficeDev/office-js#1860). */
  dropsFitToPages?: boolean;
  apiVersion: [number, number];
  payloadLimit: number;
  cellLimit: number;
  cellEditMode: boolean;
  delayForCellEditSupported: boolean;
  pendingFailure: { code: string; message: string; skip: number } | null;
  stats: FakeStats;
  /** Objects kept across requests by office.js's _KeepReference, by reference id. */
  references: Map<string, unknown>;
  nextReference: number;
  waitForEditEnd(): Promise<void>;
}

export function emptyStats(): FakeStats {
  return { syncs: 0, ops: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0, cleanups: 0, sheetsDeleted: 0 };
}

export function parseVersion(text: string): [number, number] {
  const [a, b] = text.split('.').map((n) => Number(n));
  return [a ?? 1, b ?? 0];
}

export function supports(engine: Engine, version: string): boolean {
  const [major, minor] = parseVersion(version);
  const [a, b] = engine.apiVersion;
  return a > major || (a === major && b >= minor);
}

/** Excel refuses a member newer than the requirement set it implements. */
export function requireApi(engine: Engine, version: string, what: string): void {
  if (!supports(engine, version)) {
    throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}; this Excel has ${engine.apiVersion.join('.')}.`);
  }
}

