/**
 * Proxies for the objects EARmark's review features use beyond reading and writing cells:
 * data validation (ExcelApi 1.8), table rows (1.1), cell notes (1.18). Same rules as the rest of
 * the fake: work is queued, runs at sync, and a protected sheet refuses changes.
 */
import { parseAddress } from './a1';
import { ACTION_OVERHEAD_BYTES, FakeObject, jsonBytes, type FakeRequestContext } from './FakeRequestContext';
import type { FakeSheet, FakeTable as TableModel } from './FakeWorkbook';
import { accessDenied, invalidArgument } from './officeErrors';
import type { FakeRange } from './proxies';
import { storeWrittenValue } from './proxies';
import { compareVersions } from './compareVersions';

interface ListRule {
  list?: { inCellDropDown?: boolean; source?: unknown };
}

/** Range.dataValidation: only list rules are part of the fake (EARmark uses no other kind). */
export class FakeDataValidation extends FakeObject {
  protected readonly scalarNames = ['rule'] as const;
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }
  protected readScalar(): unknown {
    const { sheet, area } = this.range.target();
    const list = sheet.cell(area.rowIndex, area.columnIndex)?.validationList;
    return list ? { list: { inCellDropDown: true, source: list.join(',') } } : {};
  }
  get rule(): ListRule {
    return this.getProp('rule');
  }
  set rule(rule: ListRule) {
    this.setProp('rule', rule, () => {
      const source = rule?.list?.source;
      if (typeof source !== 'string' || source.trim() === '') throw invalidArgument('dataValidation.rule: the fake supports list rules with a text source');
      const items = source.split(',').map((s) => s.trim());
      this.range.eachCellForWrite((cell) => (cell.validationList = [...items]));
    });
  }
  clear(): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => this.range.eachCellForWrite((cell) => delete cell.validationList),
    });
  }
}

/** Table.rows: `add(index?, values)` appends rows below the table, growing it (ExcelApi 1.1). */
export class FakeTableRowCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly target: () => { sheet: FakeSheet; table: TableModel },
  ) {}

  add(index: number | null | undefined, values: Array<Array<string | number | boolean>>): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(values),
      execute: () => {
        const { sheet, table } = this.target();
        if (sheet.protected) throw accessDenied(sheet.name);
        if (index !== null && index !== undefined) throw invalidArgument('the fake appends table rows only (index null)');
        const { area } = table;
        if (!Array.isArray(values) || values.some((r) => !Array.isArray(r) || r.length !== area.columnCount)) {
          throw invalidArgument(`table ${table.name}: rows must have ${area.columnCount} values`);
        }
        const first = area.rowIndex + area.rowCount - (table.showTotals ? 1 : 0);
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = sheet.cellForWrite(first + r, area.columnIndex + c);
            storeWrittenValue(cell, v);
          }),
        );
        area.rowCount += values.length;
        this.context.model.stats.cellsWritten += values.length * area.columnCount;
      },
    });
  }
}

/** Worksheet.notes (ExcelApi 1.18): `add(cellAddress, content)`. */
export class FakeNoteCollection {
  constructor(private readonly context: FakeRequestContext, private readonly sheet: () => FakeSheet) {}

  add(cellAddress: string, content: string): void {
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES + jsonBytes(content) + cellAddress.length,
      execute: () => {
        if (!this.context.model.options.excelApiVersion || compareVersions(this.context.model.options.excelApiVersion, '1.18') < 0) {
          throw invalidArgument('Worksheet.notes needs ExcelApi 1.18');
        }
        const sheet = this.sheet();
        if (sheet.protected) throw accessDenied(sheet.name);
        const { sheetName, area } = parseAddress(cellAddress);
        if (sheetName && sheetName !== sheet.name) throw invalidArgument(`note address ${cellAddress} is on another sheet`);
        if (area.rowCount !== 1 || area.columnCount !== 1) throw invalidArgument('a note belongs to one cell');
        const cell = sheet.cellForWrite(area.rowIndex, area.columnIndex);
        if (cell.note !== undefined) throw invalidArgument(`cell ${cellAddress} already has a note`);
        cell.note = String(content);
      },
    });
  }
}

