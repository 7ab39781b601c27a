import { cellText, type Grid } from './Cell';
import type { CatalogField } from './CatalogField';
import type { ColumnMapping, SavedMapping } from './ColumnMapping';
import { fieldForHeader, normalizeHeader } from './headerSynonyms';
import { findOutputBlock, isOutputHeader } from './outputColumns';

/** How far down title rows may push the header row. */
const HEADER_SEARCH_ROWS = 30;

/** A header row must name at least one of these, so a stray "Country" title cell is not taken for one. */
const ANCHOR_FIELDS: readonly CatalogField[] = ['partNumber', 'description', 'eccn'];

/**
 * Finds the header row (title rows above it are common) and maps columns by header name.
 * The row with the most recognised headers wins; null when no row names at least two fields,
 * one of them a part number, description or ECCN.
 */
export function locateHeader(grid: Grid, saved?: SavedMapping | null): ColumnMapping | null {
  let best: { row: number; score: number } | null = null;
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const fields = new Set<CatalogField>();
    for (const cell of grid[r] ?? []) {
      const field = fieldForHeader(cellText(cell));
      if (field) fields.add(field);
    }
    const anchored = ANCHOR_FIELDS.some((f) => fields.has(f));
    if (anchored && fields.size >= 2 && (!best || fields.size > best.score)) best = { row: r, score: fields.size };
  }
  if (!best) return null;
  return mapHeaderRow(grid[best.row] ?? [], best.row, saved);
}

/** Maps one header row. A saved mapping (by header text) wins over the synonyms where its header still exists. */
export function mapHeaderRow(
  headerCells: Grid[number],
  headerRow: number,
  saved?: SavedMapping | null,
): ColumnMapping {
  const texts = headerCells.map((c) => cellText(c));
  const ownBlock = findOutputBlock(texts);
  // The data ends at the last named header left of EARmark's block (or of the row).
  const dataEnd = ownBlock >= 0 ? ownBlock : texts.length;
  let width = 0;
  for (let c = 0; c < dataEnd; c++) if (texts[c] !== '' && !isOutputHeader(texts[c])) width = c + 1;
  const headers = texts.slice(0, width);

  const fields: Partial<Record<CatalogField, number>> = {};
  headers.forEach((text, c) => {
    const field = fieldForHeader(text);
    // First column wins for duplicate headers: it is the one a reader sees first.
    if (field && fields[field] === undefined) fields[field] = c;
  });
  if (saved) {
    for (const [field, header] of Object.entries(saved.fields) as Array<[CatalogField, string]>) {
      const c = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
      if (c >= 0) {
        for (const [other, col] of Object.entries(fields) as Array<[CatalogField, number]>) {
          if (col === c && other !== field) delete fields[other];
        }
        fields[field] = c;
      }
    }
  }
  const mapped = new Set(Object.values(fields));
  const attributeColumns = headers.flatMap((h, c) => (h !== '' && !mapped.has(c) ? [c] : []));
  return { headerRow, fields, attributeColumns, headers, outputColumn: ownBlock >= 0 ? ownBlock : width };
}

/** The mapping in its saved form (header text per field). */
export function toSavedMapping(mapping: ColumnMapping): SavedMapping {
  const fields: SavedMapping['fields'] = {};
  for (const [field, col] of Object.entries(mapping.fields) as Array<[CatalogField, number]>) {
    fields[field] = mapping.headers[col];
  }
  return { fields };
}
