/**
 * The in-process Excel behind office.js: it takes the request office.js serialized (object paths
 * and actions, as JSON), applies it to the in-memory workbook and answers the way Excel answers —
 * results by action id, null objects as null, errors with Excel's codes — within Excel on the web's
 * limits (5 MB a request and a response). office.js keeps its own rules: what may be read before a
 * sync, null-object checks, property-not-loaded errors.
 */
import type { Engine, RequestStats } from './engine';
import { utf8Bytes } from '../../src/office/payload';
import { FakeOfficeError } from './errors';
import { ExcelNode, NullNode, camel, pascal } from './node';
import { WorkbookNode } from './sheet-model';

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What office.js's request executors resolve with. */
export interface ExecutorResponse {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: unknown;
}

const enum PathType {
  Global = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
}

const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
}

/** One request being run: object paths resolve once, in the order the actions first need them. */
class RequestRun {
  private readonly resolved = new Map<number, ExcelNode>();
  private readonly kept = new Set<number>();

  constructor(
    private readonly engine: Engine,
    private readonly body: RequestBody,
  ) {
    for (const action of body.Actions) if (action.Name === '_KeepReference') this.kept.add(action.ObjectPathId);
  }

  private info(id: number): ObjectPathInfo {
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw new FakeOfficeError('InvalidArgument', `Unknown object path ${id}.`);
    return info;
  }

  node(id: number): ExcelNode {
    const done = this.resolved.get(id);
    if (done) return done;
    const node = this.resolve(this.info(id));
    this.resolved.set(id, node);
    return node;
  }

  args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((ref, i) => {
      if (typeof ref === 'number' && ref > 0) args[i] = this.node(ref);
    });
    return args;
  }

  private resolve(info: ObjectPathInfo): ExcelNode {
    if (info.ObjectPathType === PathType.Global) return new WorkbookNode(this.engine);
    if (info.ObjectPathType === PathType.ReferenceId) {
      const kept = this.engine.references.get(info.Name);
      if (!(kept instanceof ExcelNode)) throw new FakeOfficeError('InvalidArgument', `Unknown reference ${info.Name}.`);
      return kept;
    }
    const parent = this.node(info.ParentObjectPathId ?? 0);
    if (parent instanceof NullNode) throw onNull(`${info.Name}`);
    const args = this.args(info.ArgumentInfo);
    switch (info.ObjectPathType) {
      case PathType.Property:
        return parent.nav(camel(info.Name));
      case PathType.Method:
        return parent.path(camel(info.Name), args);
      case PathType.Indexer:
        return parent.path('getItem', args);
      default:
        throw new FakeOfficeError('InvalidArgument', `Object path type ${info.ObjectPathType} is not supported by the fake.`);
    }
  }

  /** Runs one action; what it returns goes back as that action's result. */
  act(action: ActionInfo): { value: unknown } | null {
    const node = this.node(action.ObjectPathId);
    switch (action.ActionType) {
      case ActionType.Instantiate:
        if (node instanceof NullNode) return { value: null };
        return { value: this.kept.has(action.ObjectPathId) ? { ...node.identity(), _ReferenceId: this.keep(node) } : node.identity() };
      case ActionType.Query:
        return { value: node instanceof NullNode ? null : query(node, action.QueryInfo?.Select ?? null, action.QueryInfo?.Expand ?? null) };
      case ActionType.SetProperty:
        if (node instanceof NullNode) throw onNull(action.Name);
        node.set(camel(action.Name), this.args(action.ArgumentInfo)[0]);
        return null;
      case ActionType.Method: {
        // office.js keeps and releases its references itself, null objects included.
        if (node instanceof NullNode && !action.Name.endsWith('Reference')) throw onNull(action.Name);
        return { value: node.call(camel(action.Name), this.args(action.ArgumentInfo)) };
      }
      case ActionType.Trace:
        return null;
      default:
        throw new FakeOfficeError('InvalidArgument', `Action type ${action.ActionType} is not supported by the fake.`);
    }
  }

  private keep(node: ExcelNode): string {
    const id = `tongbao-ref-${this.engine.nextReference++}`;
    this.engine.references.set(id, node);
    return id;
  }
}

/**
 * Using a null object. Microsoft documents only one way to handle an object that may be null: load
 * it, sync, and test isNullObject before using it. What Excel does with a call chained on a null
 * object is not documented, so the simulated Excel refuses it: the add-in must never rely on it.
 */
function onNull(member: string): FakeOfficeError {
  return new FakeOfficeError('InvalidOperation', `${member} was used on a null object; load it, sync and test isNullObject first.`);
}

/** The loaded properties of an object, named as on the wire (PascalCase), nested for paths. */
function query(node: ExcelNode, select: string[] | null, expand: string[] | null): unknown {
  const items = node.items();
  if (items) return { _Items: items.map((item) => query(item, select, expand)) };
  const out: Record<string, unknown> = {};
  const paths = select && select.length > 0 ? select : [...node.scalars()];
  for (const path of [...paths, ...(expand ?? []).map((p) => `${p}/*`)]) put(node, out, path.split('/'));
  return out;
}

function put(node: ExcelNode, out: Record<string, unknown>, parts: string[]): void {
  const [head, ...rest] = parts;
  if (head === undefined) return;
  if (head === '*') {
    for (const name of node.scalars()) out[pascal(name)] = node.get(name);
    return;
  }
  if (rest.length === 0) {
    out[pascal(head)] = node.get(head);
    return;
  }
  const child = node.nav(head);
  const key = pascal(head);
  const inner = (out[key] ??= {}) as Record<string, unknown>;
  put(child, inner, rest);
}

function errorBody(error: FakeOfficeError, actionIndex: number, results: unknown[]): unknown {
  return { Results: results, Error: { Code: error.code, Message: error.message, Location: error.location ?? '', ActionIndex: actionIndex } };
}

function refusal(code: string, message: string): ExecutorResponse {
  return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
}

/** Implements office.js's request executor over the engine. */
export class Executor {
  constructor(private readonly engine: Engine) {}

  async executeAsync(_customData: string, flags: number, message: { Body: RequestBody }): Promise<ExecutorResponse> {
    const engine = this.engine;
    // office.js sends JSON.stringify(Body): that text is the request Excel measures.
    const requestText = JSON.stringify(message.Body);
    const body = JSON.parse(requestText) as RequestBody;
    const cleanup = body.Actions.every((a) => a.ActionType === ActionType.Instantiate || a.Name === '_RemoveReference');
    const stats: RequestStats = { ops: body.Actions.length, requestBytes: utf8Bytes(requestText), responseBytes: 0, ok: false, cleanup };
    this.count(stats);
    await Promise.resolve();
    const delayForCellEdit = (flags & 64) !== 0;
    if (engine.cellEditMode && delayForCellEdit && engine.delayForCellEditSupported) await engine.waitForEditEnd();
    if (engine.cellEditMode) return refusal('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const failure = this.takeFailure(cleanup);
    if (failure) return refusal(failure.code, failure.message);
    if (stats.requestBytes > engine.payloadLimit) {
      return refusal('RequestPayloadSizeLimitExceeded', `The request payload (${stats.requestBytes} bytes) is over the limit.`);
    }
    const responseBody = this.run(body);
    const responseText = JSON.stringify(responseBody);
    stats.responseBytes = utf8Bytes(responseText);
    engine.stats.maxResponseBytes = Math.max(engine.stats.maxResponseBytes, stats.responseBytes);
    if (stats.responseBytes > engine.payloadLimit) {
      return refusal('ResponsePayloadSizeLimitExceeded', `The response payload (${stats.responseBytes} bytes) is over the limit.`);
    }
    stats.ok = !(responseBody as { Error?: unknown }).Error;
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: JSON.parse(responseText) as unknown };
  }

  private count(stats: RequestStats): void {
    const s = this.engine.stats;
    s.requests.push(stats);
    if (stats.cleanup) {
      s.cleanups += 1;
      return;
    }
    s.syncs += 1;
    s.ops += stats.ops;
    s.maxRequestBytes = Math.max(s.maxRequestBytes, stats.requestBytes);
  }

  private takeFailure(cleanup: boolean): { code: string; message: string } | null {
    const pending = this.engine.pendingFailure;
    if (!pending || cleanup) return null;
    if (pending.skip > 0) {
      pending.skip -= 1;
      return null;
    }
    this.engine.pendingFailure = null;
    return pending;
  }

  /** Applies the actions in order; the first error stops the request where it happened. */
  private run(body: RequestBody): unknown {
    const request = new RequestRun(this.engine, body);
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i] as ActionInfo;
      try {
        const result = request.act(action);
        if (result) results.push({ ActionId: action.Id, Value: result.value });
      } catch (error) {
        if (error instanceof FakeOfficeError) return errorBody(error, i, results);
        throw error;
      }
    }
    return { Results: results };
  }
}
