import { z } from 'zod';
import { countBySource, listCodeOf, type ScreeningEntry, type ScreeningList } from '../../engine/screening/ScreeningList';
import { ScreeningListError } from './ScreeningListError';
import { orNull } from './splitMulti';

const text = z.string().nullish();
const stringList = z.array(z.string()).nullish();

/** One entry of trade.gov's `consolidated.json` (only the fields EARmark reads; others pass). */
const resultSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  source: z.string().trim().min(1, 'source is empty'),
  name: z.string().trim().min(1, 'name is empty'),
  alt_names: stringList,
  addresses: z.array(z.object({ country: text }).loose()).nullish(),
  federal_register_notice: text,
  license_requirement: text,
  license_policy: text,
  entity_number: z.union([z.string(), z.number()]).nullish(),
  type: text,
  programs: stringList,
}).loose();

const fileSchema = z.object({
  results: z.array(z.unknown()),
  search_performed_at: text,
  sources_used: z.unknown().optional(),
}).loose();

/**
 * Reads trade.gov's `consolidated.json` (`{ "results": [ … ] }`). Refuses the whole file when its
 * shape is not the CSL's or any entry lacks a name or source.
 */
export function parseCslJson(textOfFile: string, fileDate: string | null = null): ScreeningList {
  let json: unknown;
  try {
    json = JSON.parse(textOfFile.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ScreeningListError(`Not readable JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    throw new ScreeningListError('Not a Consolidated Screening List JSON: expected an object with a "results" array (trade.gov\'s consolidated.json).');
  }
  if (file.data.results.length === 0) throw new ScreeningListError('The screening list has no entries.');
  const entries: ScreeningEntry[] = [];
  file.data.results.forEach((item, i) => {
    const parsed = resultSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new ScreeningListError(`Entry ${i + 1} of "results"${where}: ${issue?.message ?? 'malformed'}.`);
    }
    const r = parsed.data;
    const countries = new Set<string>();
    for (const a of r.addresses ?? []) if (a.country && /^[A-Za-z]{2}$/.test(a.country.trim())) countries.add(a.country.trim().toUpperCase());
    entries.push({
      id: r.id !== null && r.id !== undefined && String(r.id).trim() !== '' ? String(r.id) : `entry-${i + 1}`,
      list: listCodeOf(r.source),
      source: r.source.trim(),
      name: r.name.trim(),
      altNames: (r.alt_names ?? []).map((a) => a.trim()).filter((a) => a !== ''),
      countries: [...countries],
      federalRegisterNotice: orNull(r.federal_register_notice),
      licenseRequirement: orNull(r.license_requirement),
      licensePolicy: orNull(r.license_policy),
      entityNumber: r.entity_number === null || r.entity_number === undefined ? null : orNull(String(r.entity_number)),
      type: orNull(r.type),
      programs: r.programs ?? [],
    });
  });
  const ownDate = orNull(file.data.search_performed_at);
  return { fileDate: ownDate ?? fileDate, entries, countsBySource: countBySource(entries) };
}
