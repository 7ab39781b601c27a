/**
 * The restricted-party list the screener matches against: the U.S. Consolidated Screening List
 * (trade.gov), whichever of its two published formats it was read from. Engine-side so the
 * screener depends on no file format; the importers in src/rules/screening build it.
 */

/** The lists the CSL merges, by the short code the agencies use. OTHER: a source we do not know yet. */
export type ListCode =
  | 'DPL'
  | 'EL'
  | 'UVL'
  | 'MEU'
  | 'SDN'
  | 'SSI'
  | 'CMIC'
  | 'NS-MBS'
  | 'PLC'
  | 'CAP'
  | 'DTC'
  | 'ISN'
  | 'OTHER';

export interface ScreeningEntry {
  /** The file's own row id (`_id` in the CSV, `id` in the JSON), or a position-based one when absent. */
  id: string;
  list: ListCode;
  /** The source list as the file names it, e.g. "Entity List (EL) - Bureau of Industry and Security". */
  source: string;
  name: string;
  altNames: string[];
  /** ISO-2 codes of the entry's addresses (as the CSL writes them). */
  countries: string[];
  federalRegisterNotice: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  entityNumber: string | null;
  /** "Entity", "Individual", "Vessel", … when the file says. */
  type: string | null;
  programs: string[];
}

export interface ScreeningList {
  /** When the list was published (or the file's date), ISO 8601; null when the file does not say. */
  fileDate: string | null;
  entries: ScreeningEntry[];
  /** Entries per source list, as the file names them. */
  countsBySource: Record<string, number>;
}

const LIST_CODES: ReadonlyArray<[RegExp, ListCode]> = [
  [/denied persons/i, 'DPL'],
  [/unverified/i, 'UVL'],
  [/military end.?user/i, 'MEU'],
  [/entity list/i, 'EL'],
  [/sectoral sanctions/i, 'SSI'],
  [/chinese military.industrial/i, 'CMIC'],
  [/menu.based/i, 'NS-MBS'],
  [/palestinian legislative/i, 'PLC'],
  [/capta|correspondent account/i, 'CAP'],
  [/debarred|\(DTC\)/i, 'DTC'],
  [/nonproliferation/i, 'ISN'],
  [/specially designated nationals|\(SDN\)/i, 'SDN'],
];

/** The list code a CSL `source` names. Order matters: "Non-SDN …" sources are matched before SDN. */
export function listCodeOf(source: string): ListCode {
  for (const [pattern, code] of LIST_CODES) if (pattern.test(source)) return code;
  return 'OTHER';
}

/** Entries per source, for the list's summary. */
export function countBySource(entries: readonly ScreeningEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.source] = (counts[e.source] ?? 0) + 1;
  return counts;
}
