// The browser build bundles its own Buffer shim; the Node build (`csv-parse/sync`) needs Node's
// Buffer and would break the add-in. One parser for both hosts.
import { parse } from 'csv-parse/browser/esm/sync';
import { z } from 'zod';
import { countBySource, listCodeOf, type ScreeningEntry, type ScreeningList } from '../../engine/screening/ScreeningList';
import { ScreeningListError } from './ScreeningListError';
import { countriesOf, orNull, splitMulti } from './splitMulti';

/** Columns EARmark reads; trade.gov's header has more (vessel, dates of birth, …), which are ignored. */
export const CSL_CSV_REQUIRED_COLUMNS = [
  '_id', 'source', 'entity_number', 'type', 'programs', 'name', 'addresses', 'federal_register_notice',
  'license_requirement', 'license_policy', 'alt_names',
] as const;

const recordSchema = z.object({
  _id: z.string(),
  source: z.string().trim().min(1, 'source is empty'),
  name: z.string().trim().min(1, 'name is empty'),
  entity_number: z.string(),
  type: z.string(),
  programs: z.string(),
  addresses: z.string(),
  federal_register_notice: z.string(),
  license_requirement: z.string(),
  license_policy: z.string(),
  alt_names: z.string(),
});

/**
 * Reads trade.gov's `consolidated.csv`. Refuses the whole file (ScreeningListError) when the header
 * is not the CSL's or any row lacks a name or source: a half-read list would screen silently short.
 */
export function parseCslCsv(text: string, fileDate: string | null = null): ScreeningList {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new ScreeningListError(`Not a readable CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const header = records[0]?.map((h) => h.trim()) ?? [];
  const missing = CSL_CSV_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new ScreeningListError(
      `Not a Consolidated Screening List CSV: the header lacks ${missing.join(', ')} (expected trade.gov's consolidated.csv).`,
    );
  }
  if (records.length < 2) throw new ScreeningListError('The screening list has a header but no entries.');
  const column = new Map(header.map((h, i) => [h, i]));
  const entries: ScreeningEntry[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r];
    const raw: Record<string, string> = {};
    for (const c of CSL_CSV_REQUIRED_COLUMNS) raw[c] = cells[column.get(c) as number] ?? '';
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ScreeningListError(`Entry ${r} (record ${r + 1} of the file): ${parsed.error.issues[0]?.message ?? 'malformed'}.`);
    }
    const e = parsed.data;
    entries.push({
      id: orNull(e._id) ?? `row-${r + 1}`,
      list: listCodeOf(e.source),
      source: e.source.trim(),
      name: e.name.trim(),
      altNames: splitMulti(e.alt_names),
      countries: countriesOf(splitMulti(e.addresses)),
      federalRegisterNotice: orNull(e.federal_register_notice),
      licenseRequirement: orNull(e.license_requirement),
      licensePolicy: orNull(e.license_policy),
      entityNumber: orNull(e.entity_number),
      type: orNull(e.type),
      programs: splitMulti(e.programs),
    });
  }
  return { fileDate, entries, countsBySource: countBySource(entries) };
}
