import { FakeOfficeError } from './errors';
import type { FakeErrorCode } from './errors';
import type { SheetState, WorkbookState } from './state';
import { wireBytes } from './state';

/** One request: what the add-in sent in one context.sync(). */
export interface RequestStats {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  /** False when Excel refused the request (payload caps, protection, cell-edit mode…). */
  ok: boolean;
}

/** Everything the engine counted since the last reset. */
export interface FakeStats {
  syncs: number;
  ops: number;
  requests: RequestStats[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Worksheets deleted: deleting wipes the user's undo stack, so a well-behaved add-in keeps this at 0. */
  sheetsDeleted: number;
}

/** The engine's settings and switches, shared by every context. */
export interface Engine {
  state: WorkbookState;
  apiVersion: [number, number];
  payloadLimit: number;
  cellLimit: number;
  cellEditMode: boolean;
  delayForCellEditSupported: boolean;
  pendingFailure: { code: FakeErrorCode; message: string; skip: number } | null;
  stats: FakeStats;
  waitForEditEnd(): Promise<void>;
}

interface Op {
  bytes: number;
  run(): void;
}

/** Base overhead of one action in a request, beyond its arguments. */
const OP_OVERHEAD = 48;

/** A value resolved the first time an operation needs it, during sync, in queue order. */
export class Lazy<T> {
  private done = false;
  private value: T | undefined;
  constructor(private readonly compute: () => T) {}
  get(): T {
    if (!this.done) {
      this.value = this.compute();
      this.done = true;
    }
    return this.value as T;
  }
}

export function supports(engine: Engine, major: number, minor: number): boolean {
  const [a, b] = engine.apiVersion;
  return a > major || (a === major && b >= minor);
}

export function requireApi(engine: Engine, version: string, what: string): void {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  if (!supports(engine, major, minor)) {
    throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}; this Excel has ${engine.apiVersion.join('.')}.`);
  }
}

interface Syncable {
  markSynced(): void;
}

export class FakeContext {
  private queue: Op[] = [];
  private fresh: Syncable[] = [];
  private responseBytes = 0;
  screenUpdatingSuspended = false;

  constructor(
    readonly engine: Engine,
    private readonly delayForCellEdit: boolean,
  ) {}

  track(obj: Syncable): void {
    this.fresh.push(obj);
  }

  /** Queues an action; `args` is what the real API would serialise into the request. */
  enqueue(args: unknown, run: () => void): void {
    this.queue.push({ bytes: OP_OVERHEAD + wireBytes(args), run });
  }

  /** Queues a write to a sheet: refused on a protected sheet, skipped on a null object. */
  enqueueWrite(args: unknown, sheet: Lazy<SheetState | null>, run: (sheet: SheetState) => void): void {
    this.enqueue(args, () => {
      const target = sheet.get();
      if (!target) return;
      if (target.protected) {
        throw new FakeOfficeError('AccessDenied', `The sheet "${target.name}" is protected.`, target.name);
      }
      run(target);
    });
  }

  /** Counts data coming back in the response of the sync being run. */
  respond(data: unknown): void {
    this.responseBytes += wireBytes(data);
  }

  async sync(): Promise<void> {
    const engine = this.engine;
    const ops = this.queue;
    const objects = this.fresh;
    this.queue = [];
    this.fresh = [];
    this.responseBytes = 0;
    await Promise.resolve();
    if (engine.cellEditMode && this.delayForCellEdit && engine.delayForCellEditSupported) {
      await engine.waitForEditEnd();
    }
    const requestBytes = 64 + ops.reduce((sum, op) => sum + op.bytes, 0);
    const stats: RequestStats = { ops: ops.length, requestBytes, responseBytes: 0, ok: false };
    engine.stats.syncs += 1;
    engine.stats.ops += ops.length;
    engine.stats.requests.push(stats);
    engine.stats.maxRequestBytes = Math.max(engine.stats.maxRequestBytes, requestBytes);
    if (engine.cellEditMode) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (engine.pendingFailure && engine.pendingFailure.skip > 0) engine.pendingFailure.skip -= 1;
    else if (engine.pendingFailure) {
      const { code, message } = engine.pendingFailure;
      engine.pendingFailure = null;
      throw new FakeOfficeError(code, message);
    }
    if (requestBytes > engine.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) is over the limit.`);
    }
    for (const op of ops) op.run();
    stats.responseBytes = this.responseBytes;
    engine.stats.maxResponseBytes = Math.max(engine.stats.maxResponseBytes, this.responseBytes);
    if (this.responseBytes > engine.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${this.responseBytes} bytes) is over the limit.`);
    }
    for (const obj of objects) obj.markSynced();
    stats.ok = true;
  }
}

/** The result of a method that returns data, like OfficeExtension.ClientResult. */
export class FakeClientResult<T> {
  private loaded = false;
  private data: T | undefined;

  constructor(ctx: FakeContext) {
    ctx.track(this);
  }

  set(value: T): void {
    this.data = value;
  }

  markSynced(): void {
    this.loaded = true;
  }

  get value(): T {
    if (!this.loaded) throw new FakeOfficeError('PropertyNotLoaded', 'The value of a ClientResult is read before context.sync().');
    return this.data as T;
  }
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

/** Flattens a load argument into slash paths: "a,b", ["a/b"], {a: true, b: {c: true}}, {select: "a"}. */
export function loadPaths(spec: LoadSpec, prefix = ''): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') {
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => prefix + s);
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s, prefix));
  if (typeof spec.select === 'string') return loadPaths(spec.select, prefix);
  const out: string[] = [];
  for (const [key, val] of Object.entries(spec)) {
    if (val === true) out.push(prefix + key);
    else if (val && typeof val === 'object') out.push(...loadPaths(val as Record<string, unknown>, `${prefix}${key}/`));
  }
  return out;
}

/**
 * A proxy like Excel's ClientObject: properties read before load and sync throw PropertyNotLoaded;
 * writes are queued and applied at sync.
 */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private synced = false;
  private nullAfterSync = false;

  constructor(readonly ctx: FakeContext) {
    ctx.track(this);
  }

  /** Whether the object this proxy stands for is missing, evaluated at sync. */
  protected abstract resolvesToNull(): boolean;
  /** Reads one property from the state, at sync. */
  protected abstract readProperty(name: string): unknown;
  /** Properties `load()` with no argument fetches. */
  protected abstract readonly scalarProperties: readonly string[];

  /** A child object for a path load such as "format/fill/color". */
  protected child(_name: string): FakeObject | null {
    return null;
  }

  markSynced(): void {
    this.synced = true;
  }

  load(spec?: LoadSpec): this {
    const paths = spec === undefined ? [...this.scalarProperties] : loadPaths(spec);
    const own: string[] = [];
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        own.push(path);
        continue;
      }
      const head = path.slice(0, slash);
      const sub = this.child(head);
      if (!sub) throw new FakeOfficeError('InvalidArgument', `Cannot load "${path}".`);
      sub.load(path.slice(slash + 1));
    }
    if (own.length > 0 || paths.length === 0) {
      this.ctx.enqueue({ load: own }, () => {
        const isNull = this.resolvesToNull();
        this.nullAfterSync = isNull;
        for (const name of own) {
          const value = isNull ? null : this.readProperty(name);
          this.loaded.set(name, value);
          this.ctx.respond(value);
        }
      });
    }
    return this;
  }

  /** Loads properties while a sync is running, for items a collection creates inside that sync. */
  loadNow(names: readonly string[]): void {
    this.synced = true;
    const isNull = this.resolvesToNull();
    this.nullAfterSync = isNull;
    for (const name of names) {
      const value = isNull ? null : this.readProperty(name);
      this.loaded.set(name, value);
      this.ctx.respond(value);
    }
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is read before context.sync().');
    if (this.loaded.size === 0) this.nullAfterSync = this.resolvesToNull();
    return this.nullAfterSync;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property "${name}" is not available. Load it and call context.sync() first.`);
    }
    return this.loaded.get(name) as T;
  }

  /** Plain copy of what was loaded, like the real toJSON. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
