/**
 * The request/sync machinery of the fake, modelled on office-js:
 * - proxy objects queue actions; nothing reaches the workbook until `sync()`;
 * - one `sync()` with queued actions is one request; its payload is estimated (JSON of writes
 *   plus per-action overhead) and rejected over the limit before anything runs, as Excel on
 *   the web does; the response (loaded values) is estimated and rejected over the limit too;
 * - loaded properties become readable only when the sync that carried the load has completed.
 */
import type { FakeRunOptions, FakeWorkbook } from './FakeWorkbook';
import { cellEditMode, invalidObjectPath, propertyNotLoaded, requestTooLarge, responseTooLarge } from './officeErrors';

/** Rough size of one action's envelope in a RichApi request (object path, ids, names). */
export const ACTION_OVERHEAD_BYTES = 80;
/** Rough size of a request's or response's own envelope. */
const ENVELOPE_BYTES = 200;

export interface Delivery {
  bytes: number;
  deliver(): void;
}

export interface Action {
  /** Estimated bytes of this action in the request. */
  bytes: number;
  /** Runs against the workbook at sync; a load returns what its response carries. */
  execute(): Delivery | void;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

export class FakeRequestContext {
  readonly model: FakeWorkbook;
  /** The options its Excel.run was given. */
  readonly runOptions: FakeRunOptions;
  private queue: Action[] = [];
  private closed = false;
  /** Set by workbookProxies to avoid an import cycle; see installFakeOffice. */
  workbook!: unknown;
  application!: unknown;

  constructor(model: FakeWorkbook, runOptions: FakeRunOptions = {}) {
    this.model = model;
    this.runOptions = runOptions;
  }

  enqueue(action: Action): void {
    if (this.closed) throw invalidObjectPath();
    this.queue.push(action);
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    // A sync is asynchronous in office-js even when nothing is pending.
    await Promise.resolve();
    if (actions.length === 0) return;

    const stats = this.model.stats;
    // The user is typing in a cell: Excel refuses the request, or holds it until the edit ends.
    const editEnded = this.model.cellEditEnded;
    if (editEnded) {
      if (!this.runOptions.delayForCellEdit) {
        stats.requests++;
        stats.failedRequests++;
        stats.requestBytes.push(0);
        stats.responseBytes.push(0);
        throw cellEditMode();
      }
      stats.delayedForCellEdit++;
      await editEnded;
    }
    const limit = this.model.options.payloadLimitBytes;
    stats.requests++;
    const requestBytes = ENVELOPE_BYTES + actions.reduce((n, a) => n + a.bytes, 0);
    stats.requestBytes.push(requestBytes);
    if (requestBytes > limit) {
      stats.failedRequests++;
      stats.responseBytes.push(0);
      throw requestTooLarge(requestBytes, limit);
    }

    const deliveries: Delivery[] = [];
    try {
      // In order; an action that fails stops the batch, and earlier actions stay applied, as in Excel.
      for (const a of actions) {
        const d = a.execute();
        if (d) deliveries.push(d);
      }
    } catch (e) {
      stats.failedRequests++;
      stats.responseBytes.push(ENVELOPE_BYTES);
      throw e;
    }
    const responseBytes = ENVELOPE_BYTES + deliveries.reduce((n, d) => n + d.bytes, 0);
    stats.responseBytes.push(responseBytes);
    if (responseBytes > limit) {
      stats.failedRequests++;
      throw responseTooLarge(`(${responseBytes} bytes; limit ${limit} bytes)`);
    }
    for (const d of deliveries) d.deliver();
  }
}

/**
 * Base of every proxy: `load` queues a read of named scalar properties (or "child/prop" paths),
 * and a property reads back only what a completed sync delivered — or what this proxy itself
 * set, as office-js keeps a set value on the proxy.
 */
export abstract class FakeObject {
  readonly context: FakeRequestContext;
  private readonly known = new Map<string, unknown>();
  /** Set once a load on a *OrNullObject proxy has completed. */
  private nullState: boolean | undefined;

  constructor(context: FakeRequestContext) {
    this.context = context;
  }

  /** Scalar properties `load()` with no argument loads. */
  protected abstract readonly scalarNames: readonly string[];
  /** Reads a scalar from the workbook, at sync time. */
  protected abstract readScalar(name: string): unknown;
  /** Navigation properties usable in "child/prop" load paths. */
  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }
  /** True when this proxy stands for nothing (an *OrNullObject miss). Evaluated at sync time. */
  protected isNullNow(): boolean {
    return false;
  }

  load(arg?: string | string[] | { select?: string }): this {
    const names = parseLoadArg(arg);
    const own: string[] = [];
    for (const name of names.length ? names : this.scalarNames) {
      const slash = name.indexOf('/');
      if (slash >= 0) {
        const child = this.child(name.slice(0, slash));
        if (!child) throw new Error(`fake: cannot load path "${name}" on ${this.constructor.name}`);
        child.load(name.slice(slash + 1));
      } else if (this.scalarNames.includes(name)) {
        own.push(name);
      } else if (this.child(name)) {
        this.child(name)!.load();
      } else {
        throw new Error(`fake: property "${name}" of ${this.constructor.name} is not part of the fake`);
      }
    }
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => {
        const isNull = this.isNullNow();
        const got = new Map<string, unknown>();
        if (!isNull) for (const n of own) got.set(n, this.readScalar(n));
        let bytes = 0;
        for (const v of got.values()) bytes += jsonBytes(v);
        return {
          bytes,
          deliver: () => {
            this.nullState = isNull;
            for (const [k, v] of got) this.known.set(k, v);
          },
        };
      },
    });
    return this;
  }

  /** Reads scalars now (at sync), for a collection load that carries its items' properties. */
  readNow(names: readonly string[]): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const n of names) {
      if (!this.scalarNames.includes(n)) throw new Error(`fake: property "${n}" of ${this.constructor.name} is not part of the fake`);
      out.set(n, this.readScalar(n));
    }
    return out;
  }

  /** Delivers values read by readNow, as a completed sync would. */
  prime(values: ReadonlyMap<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of values) this.known.set(k, v);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  protected getProp<T>(name: string): T {
    if (this.nullState === true) return undefined as T;
    if (!this.known.has(name)) throw propertyNotLoaded(name);
    return this.known.get(name) as T;
  }

  /** Keeps the value on the proxy (office-js does) and queues the write. */
  protected setProp(name: string, value: unknown, apply: () => void): void {
    this.known.set(name, value);
    this.context.enqueue({ bytes: ACTION_OVERHEAD_BYTES + jsonBytes(value), execute: apply });
  }

  /** Queues a method call without payload beyond its envelope. */
  protected call(apply: () => void, payload?: unknown): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + (payload === undefined ? 0 : jsonBytes(payload)),
      execute: apply,
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }
}

function parseLoadArg(arg?: string | string[] | { select?: string }): string[] {
  if (arg === undefined) return [];
  const text = Array.isArray(arg) ? arg.join(',') : typeof arg === 'string' ? arg : (arg.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A proxy whose target is computed once, when the action that created it runs at sync — as the
 * server creates the object in request order (a used range is the used range *then*).
 */
export class Resolvable<T> {
  private done = false;
  private value: T | null = null;
  constructor(private readonly compute: () => T | null) {}

  resolve(): T | null {
    if (!this.done) {
      this.value = this.compute();
      this.done = true;
    }
    return this.value;
  }
}
