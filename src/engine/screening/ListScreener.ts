import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination, ScreeningHit, Warning } from '../Determination';
import { statusOf } from '../rowStatus';
import { warning } from '../warnings';
import { endUseWarnings } from './endUseChecks';
import { TextMemo } from '../TextMemo';
import { entryFingerprint } from './entryFingerprint';
import { applyListHit, type ScreeningDraft } from './listEffects';
import { DEFAULT_SCREENING_THRESHOLD } from './matchThreshold';
import type { PartyScreener } from './PartyScreener';
import { DecisionBook, type ScreeningDecision } from './ScreeningDecision';
import { ScreeningIndex } from './ScreeningIndex';
import type { ScreeningList } from './ScreeningList';

export interface ListScreenerOptions {
  /** Score from which a listed name is a hit (default: DEFAULT_SCREENING_THRESHOLD, chosen by measurement). */
  threshold?: number;
  /** Added to a name's score when the entry's address country is the row's destination. */
  countryBonus?: number;
  /** Reviewers' false-positive decisions: the same party–entry pair is suppressed while the entry is unchanged. */
  decisions?: readonly ScreeningDecision[];
  /** The rules pack's destinations, to read a row's destination as an ISO-2 code (country evidence, 744.21 countries). */
  destinations?: ReadonlyArray<{ name: string; iso2?: string }>;
  /** ECCNs listed in Supp. No. 2 to Part 744 (MEU List effect); without them an MEU hit is flagged for checking. */
  meuItems?: Iterable<string>;
}

interface PartyMatch {
  entry: number;
  matchedName: string;
  score: number;
  countryMatch: boolean;
}

/** Parties are screened once per destination per run however often a catalog repeats them. */
const MEMO_LIMIT = 50_000;

/**
 * Screens each row's end user and consignee against a Consolidated Screening List and reads its
 * end use, folding what it finds into the determination: Denied Persons → prohibited; Entity
 * List → licence required without exceptions; Unverified List → no exceptions; MEU List → licence
 * for Supp. 2 items; other agencies' lists → flagged with the agency to consult.
 */
export class ListScreener implements PartyScreener {
  private readonly index: ScreeningIndex;
  private readonly threshold: number;
  private readonly countryBonus: number;
  private readonly decisions: DecisionBook;
  private readonly isoByDestination = new Map<string, string>();
  private readonly meuItems: ReadonlySet<string> | null;
  private readonly memo = new Map<string, PartyMatch[]>();
  private readonly fingerprints = new Map<number, string>();
  private label: string | null = null;

  constructor(
    readonly list: ScreeningList,
    options: ListScreenerOptions = {},
  ) {
    this.index = new ScreeningIndex(list.entries);
    this.threshold = options.threshold ?? DEFAULT_SCREENING_THRESHOLD;
    this.countryBonus = options.countryBonus ?? 0.05;
    this.decisions = new DecisionBook(options.decisions);
    for (const d of options.destinations ?? []) if (d.iso2) this.isoByDestination.set(d.name, d.iso2.toUpperCase());
    this.meuItems = options.meuItems ? new Set([...options.meuItems].map((e) => e.toUpperCase())) : null;
  }

  /** Catalogs repeat the same words and destinations row after row: each text is read once. */
  private readonly endUses = new TextMemo<Warning[]>();

  apply(d: Determination, row: CatalogRow): Determination {
    const parties = partiesOf(row);
    const code = this.countryCode(d.destination, row.destination);
    const endUse = this.endUses.get(`${row.endUse ?? ''}\u0000${row.description ?? ''}\u0000${code ?? ''}`, () =>
      endUseWarnings([row.endUse, row.description], code),
    );
    if (parties.length === 0 && endUse.length === 0) return d;

    const draft: ScreeningDraft = {
      licenseRequirement: d.licenseRequirement,
      licenseReasons: [...d.licenseReasons],
      licenseExceptions: [...d.licenseExceptions],
      warnings: [...d.warnings],
      citations: [...d.citations],
      basis: [d.basis],
    };
    const hits: ScreeningHit[] = [];
    for (const { role, name } of parties) {
      let found = 0;
      for (const m of this.match(name, code)) {
        const entry = this.list.entries[m.entry];
        const hit = this.hitOf(m, role, name);
        const decision = this.decisions.find(name, entry.id);
        if (decision && decision.fingerprint === hit.fingerprint) {
          const note = `Hit "${hit.name}" (${entry.list}) for "${name}" suppressed: marked a false positive by ${decision.decidedBy} on ${decision.decidedAt.slice(0, 10)} ("${decision.reason}").`;
          draft.warnings.push(warning('SCREENING_HIT_SUPPRESSED', note, '15 CFR Part 732, Supp. No. 3'));
          draft.basis.push(note);
          continue;
        }
        if (decision) draft.basis.push(`An earlier false-positive decision on "${hit.name}" for "${name}" no longer applies: the list entry has changed since.`);
        hits.push(hit);
        applyListHit(draft, hit, entry, { eccn: d.eccn, meuItems: this.meuItems });
        found++;
      }
      if (found === 0) draft.basis.push(`${role === 'consignee' ? 'Consignee' : 'End user'} "${name}" screened against ${this.listLabel}: no match.`);
    }
    draft.warnings.push(...endUse);
    for (const w of endUse) if (!draft.citations.includes(w.citation)) draft.citations.push(w.citation);

    const screened: Determination = {
      ...d,
      licenseRequirement: draft.licenseRequirement,
      licenseReasons: draft.licenseReasons,
      licenseExceptions: draft.licenseExceptions,
      warnings: draft.warnings,
      citations: draft.citations,
      screening: [...d.screening, ...hits],
      basis: draft.basis.join(' '),
    };
    screened.status = statusOf(screened);
    return screened;
  }

  /** Built once: number formatting per row would cost more than the screening itself. */
  private get listLabel(): string {
    if (this.label === null) {
      const date = this.list.fileDate ? ` of ${this.list.fileDate.slice(0, 10)}` : '';
      this.label = `the Consolidated Screening List${date} (${this.list.entries.length.toLocaleString('en-US')} entries)`;
    }
    return this.label;
  }

  private countryCode(normalized: string | null, written: string | null): string | null {
    if (normalized) {
      const code = this.isoByDestination.get(normalized);
      if (code) return code;
    }
    const raw = written?.trim() ?? '';
    return /^[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : null;
  }

  private match(name: string, country: string | null): PartyMatch[] {
    const key = `${name}\u0000${country ?? ''}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const found: PartyMatch[] = [];
    for (const m of this.index.search(name, this.threshold - this.countryBonus)) {
      const countryMatch = country !== null && this.list.entries[m.entry].countries.includes(country);
      const score = Math.min(1, m.score + (countryMatch ? this.countryBonus : 0));
      if (score >= this.threshold) found.push({ ...m, score, countryMatch });
    }
    if (this.memo.size < MEMO_LIMIT) this.memo.set(key, found);
    return found;
  }

  private hitOf(m: PartyMatch, role: 'endUser' | 'consignee', party: string): ScreeningHit {
    const entry = this.list.entries[m.entry];
    let fingerprint = this.fingerprints.get(m.entry);
    if (!fingerprint) this.fingerprints.set(m.entry, (fingerprint = entryFingerprint(entry)));
    return {
      name: m.matchedName,
      list: entry.list,
      score: Math.round(m.score * 1000) / 1000,
      party,
      role,
      entryId: entry.id,
      listedName: entry.name,
      source: entry.source,
      fingerprint,
      federalRegisterNotice: entry.federalRegisterNotice,
      licenseRequirement: entry.list === 'EL' || entry.list === 'MEU' ? entry.licenseRequirement : null,
      licensePolicy: entry.list === 'EL' || entry.list === 'MEU' ? entry.licensePolicy : null,
      countryMatch: m.countryMatch,
    };
  }
}

/** The row's parties to screen: end user, and consignee when it names someone else. */
function partiesOf(row: CatalogRow): Array<{ role: 'endUser' | 'consignee'; name: string }> {
  const out: Array<{ role: 'endUser' | 'consignee'; name: string }> = [];
  if (row.endUser?.trim()) out.push({ role: 'endUser', name: row.endUser.trim() });
  const consignee = row.consignee?.trim();
  if (consignee && consignee.toLowerCase() !== row.endUser?.trim().toLowerCase()) out.push({ role: 'consignee', name: consignee });
  return out;
}
