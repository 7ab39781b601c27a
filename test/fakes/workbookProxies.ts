/**
 * Workbook-level proxies: Workbook (worksheets, selection, settings), Application (calculation
 * and screen-updating suspension) and the settings store.
 */
import { ACTION_OVERHEAD_BYTES, FakeObject, Resolvable, type FakeRequestContext } from './FakeRequestContext';
import { invalidArgument, itemNotFound } from './officeErrors';
import { FakeRange, FakeWorksheetCollection } from './proxies';

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => void this.context.model.stats.suspendCalculationCalls++,
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => void this.context.model.stats.suspendScreenUpdatingCalls++,
    });
  }
}

export class FakeSetting extends FakeObject {
  protected readonly scalarNames = ['key', 'value'] as const;
  constructor(context: FakeRequestContext, private readonly settingKey: string, private readonly res: Resolvable<string>) {
    super(context);
  }
  protected override isNullNow(): boolean {
    return this.res.resolve() === null;
  }
  protected readScalar(name: string): unknown {
    if (name === 'key') return this.settingKey;
    const json = this.context.model.settings.get(this.settingKey);
    if (json === undefined) throw itemNotFound(`setting "${this.settingKey}"`);
    return JSON.parse(json);
  }
  get key(): string {
    return this.getProp('key');
  }
  get value(): unknown {
    return this.getProp('value');
  }
  set value(v: unknown) {
    this.setProp('value', v, () => this.context.model.settings.set(this.settingKey, toJson(v)));
  }
  delete(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => void this.context.model.settings.delete(this.settingKey),
    });
  }
}

function toJson(v: unknown): string {
  const json = JSON.stringify(v);
  if (json === undefined) throw invalidArgument('setting value must be JSON-serialisable');
  return json;
}

export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  private setting(key: string, orNull: boolean): FakeSetting {
    const res = new Resolvable<string>(() => {
      if (this.context.model.settings.has(key)) return key;
      if (orNull) return null;
      throw itemNotFound(`setting "${key}"`);
    });
    this.context.enqueue({ bytes: ACTION_OVERHEAD_BYTES, execute: () => void res.resolve() });
    return new FakeSetting(this.context, key, res);
  }

  /** Adds or replaces a setting; the value is stored as JSON, as Excel does. */
  add(key: string, value: unknown): FakeSetting {
    if (!key) throw invalidArgument('setting key');
    const json = toJson(value);
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + json.length + key.length,
      execute: () => void this.context.model.settings.set(key, json),
    });
    return this.setting(key, false);
  }
  getItem(key: string): FakeSetting {
    return this.setting(key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return this.setting(key, true);
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
  }

  /** Fails at sync when the selection is not cells (a chart, a shape), as Excel does. */
  getSelectedRange(): FakeRange {
    const res = new Resolvable(() => {
      const sel = this.context.model.selection;
      if (!sel) throw invalidArgument('the current selection is not a range');
      const sheet = this.context.model.sheet(sel.sheetName);
      if (!sheet) throw itemNotFound(`worksheet "${sel.sheetName}"`);
      return { sheet, area: { ...sel.area } };
    });
    this.context.enqueue({ bytes: ACTION_OVERHEAD_BYTES, execute: () => void res.resolve() });
    return new FakeRange(this.context, res);
  }
}
