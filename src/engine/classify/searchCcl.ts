import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination } from '../Determination';
import { parseEccn } from '../eccn/parseEccn';
import { Engine } from '../Engine';
import type { CclEntry, LicenseRequirementRow, RulesPack } from '../pack/RulesPack';
import { InputEccnClassifier } from './InputEccnClassifier';
import { KeywordIndex } from './KeywordIndex';
import { wordsOf } from './rowText';

/** One CCL entry found by the look-up, in the form the lookup pane shows it. */
export interface CclSearchResult {
  eccn: string;
  /** The paragraph asked for ("b.4.b"), when the query named one. */
  paragraph: string | null;
  title: string;
  reasons: string[];
  /** Licence requirement rows in one line each: "NS — entire entry — NS Column 2". */
  rows: string[];
  /** Licence exception symbols the entry makes available (conditions aside). */
  exceptions: string[];
  special: string[];
  citation: string;
  /** Query words the entry's title or keywords share (empty for an ECCN look-up). */
  matched: string[];
}

const keywordIndexes = new WeakMap<RulesPack, KeywordIndex>();

/**
 * Looks up the CCL by ECCN ("6A003", "6a003.b.4.b") or by words ("thermal camera"). An ECCN finds
 * its entry; words find up to `limit` entries sharing the most words with their titles and keywords.
 */
export function searchCcl(pack: RulesPack, query: string, limit = 10): CclSearchResult[] {
  const q = query.trim();
  if (!q) return [];
  const parsed = parseEccn(q);
  if (parsed.kind === 'eccn') {
    const entry = pack.ccl.find((e) => e.eccn === parsed.entry);
    return entry ? [resultOf(entry, parsed.paragraph, [])] : [];
  }
  // A partial ECCN ("6A00") lists the entries it begins.
  if (/^[0-9][a-e]\d{0,3}$/i.test(q)) {
    const prefix = q.toUpperCase();
    return pack.ccl.filter((e) => e.eccn.startsWith(prefix)).slice(0, limit).map((e) => resultOf(e, null, []));
  }
  let index = keywordIndexes.get(pack);
  if (!index) keywordIndexes.set(pack, (index = new KeywordIndex(pack.ccl)));
  const byEccn = new Map(pack.ccl.map((e) => [e.eccn, e]));
  return index.candidates(wordsOf(q), limit).map((c) => resultOf(byEccn.get(c.eccn)!, null, c.matched));
}

function resultOf(entry: CclEntry, paragraph: string | null, matched: string[]): CclSearchResult {
  return {
    eccn: entry.eccn,
    paragraph,
    title: entry.title,
    reasons: entry.reasons,
    rows: entry.licenseRequirements.map(rowText),
    exceptions: entry.exceptions.filter((x) => x.available).map((x) => x.symbol),
    special: entry.special ?? [],
    citation: entry.citation,
    matched,
  };
}

function rowText(r: LicenseRequirementRow): string {
  const scope =
    r.appliesTo.kind === 'entire' ? 'entire entry'
      : r.appliesTo.kind === 'entireExcept' ? `entire entry except ${r.appliesTo.paragraphs.map((p) => `.${p}`).join(', ')}`
        : r.appliesTo.kind === 'paragraphs' ? r.appliesTo.paragraphs.map((p) => `.${p}`).join(', ')
          : r.appliesTo.condition;
  const where =
    r.destinations.kind === 'column' ? `${r.destinations.column.replace(/(\d)$/, ' Column $1')}`
      : r.destinations.kind === 'worldwide' ? 'all destinations'
        : r.destinations.kind === 'countries' ? r.destinations.countries.join(', ')
          : r.destinations.kind === 'groups' ? `Country Groups ${r.destinations.groups.join(', ')}`
            : `see ${r.destinations.citation}`;
  return `${r.reason} — ${scope} — ${where}`;
}

/** The licence answer for one ECCN and destination, as the engine gives it for a catalog row. */
export interface CclExplanation {
  determination: Determination;
  /** The engine's Basis paragraph. */
  answer: string;
  citations: string[];
}

/**
 * What the engine answers for `eccn` shipped to `destination` (the analyst's ECCN taken as
 * written: the look-up explains an entry, it does not classify). Pass an engine to reuse one.
 */
export function explainFor(pack: RulesPack, eccn: string, destination: string, engine?: Engine): CclExplanation {
  const e = engine ?? new Engine(pack, { classifier: new InputEccnClassifier() });
  const row: CatalogRow = {
    row: 1, partNumber: null, description: null, eccn, destination, endUser: null, endUse: null,
    value: null, quantity: null, casNumber: null, attributes: {},
  };
  const determination = e.determine(row);
  return { determination, answer: determination.basis, citations: determination.citations };
}
