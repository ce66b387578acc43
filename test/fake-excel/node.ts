import { FakeOfficeError } from './errors';
import type { Engine } from './engine';

/** The camelCase name office.js uses for a PascalCase member on the wire ("GetRange" → "getRange"). */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * An object of Excel's object model as the executor sees it: what an object path resolves to.
 * Members are named in camelCase, as in the JavaScript API.
 */
export abstract class ExcelNode {
  abstract readonly type: string;

  constructor(readonly engine: Engine) {}

  /** Properties load() with no argument returns. */
  scalars(): readonly string[] {
    return [];
  }

  get(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `${this.type} has no property ${name}.`);
  }

  set(name: string, _value: unknown): void {
    throw new FakeOfficeError('InvalidArgument', `${this.type}.${name} cannot be set.`);
  }

  /** A navigation property: another object. */
  nav(name: string): ExcelNode {
    throw new FakeOfficeError('InvalidArgument', `${this.type} has no object ${name}.`);
  }

  /** A method that returns an object (an object path). */
  path(method: string, _args: unknown[]): ExcelNode {
    throw new FakeOfficeError('InvalidArgument', `${this.type} has no method ${method} returning an object.`);
  }

  /** A method run as an action; its return value goes back in the response. */
  call(method: string, _args: unknown[]): unknown {
    throw new FakeOfficeError('InvalidArgument', `${this.type} has no method ${method}.`);
  }

  /** The collection's items, for a query on a collection. */
  items(): ExcelNode[] | null {
    return null;
  }

  /** What Excel answers when the object is instantiated: its id where it has one. */
  identity(): Record<string, unknown> {
    return {};
  }
}

/** A null object: every member gives another null object, and writes to it are ignored. */
export class NullNode extends ExcelNode {
  readonly type = 'Null';

  override get(): unknown {
    return null;
  }
  override set(): void {}
  override nav(): ExcelNode {
    return this;
  }
  override path(): ExcelNode {
    return this;
  }
  override call(): unknown {
    return null;
  }
}
