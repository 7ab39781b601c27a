import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination, Warning } from '../Determination';
import { TextMemo } from '../TextMemo';
import type { Destination } from '../pack/RulesPack';
import { statusOf } from '../rowStatus';
import { warning } from '../warnings';
import { endUseWarnings } from './endUseChecks';
import type { PartyScreener } from './PartyScreener';

/**
 * Without a list, screening is reported as not performed on every row naming a party — never as
 * "no match". End uses (Part 744) need no list: they are read from the row's own words either way.
 */
export class NoScreeningList implements PartyScreener {
  private readonly isoByName = new Map<string, string>();
  /** Catalogs repeat the same words and destinations row after row: each text is read once. */
  private readonly endUses = new TextMemo<Warning[]>();
  private readonly notScreened = new TextMemo<Warning>();

  constructor(destinations: readonly Destination[] = []) {
    for (const d of destinations) if (d.iso2) this.isoByName.set(d.name, d.iso2.toUpperCase());
  }

  apply(d: Determination, row: CatalogRow): Determination {
    const code = d.destination ? (this.isoByName.get(d.destination) ?? null) : null;
    const endUse = this.endUses.get(`${row.endUse ?? ''}\u0000${row.description ?? ''}\u0000${code ?? ''}`, () =>
      endUseWarnings([row.endUse, row.description], code),
    );
    if (!row.endUser && !row.consignee && endUse.length === 0) return d;
    const warnings = [...d.warnings, ...endUse];
    if (row.endUser || row.consignee) {
      warnings.push(this.notScreened.get(`${row.endUser ?? ''}\u0000${row.consignee ?? ''}`, () => notScreenedWarning(row)));
    }
    const citations = [...d.citations, ...endUse.map((w) => w.citation).filter((c) => !d.citations.includes(c))];
    const screened = { ...d, warnings, citations };
    screened.status = statusOf(screened);
    return screened;
  }
}

function notScreenedWarning(row: CatalogRow): Warning {
  // "End user" first: a row with only an end user reads exactly as before consignees were read.
  const parties = [row.endUser && `End user "${row.endUser}"`, row.consignee && `${row.endUser ? 'consignee' : 'Consignee'} "${row.consignee}"`].filter(Boolean);
  return warning(
    'SCREENING_NOT_PERFORMED',
    `${parties.join(' and ')} ${parties.length > 1 ? 'were' : 'was'} not screened: no screening list is loaded. This is not a "no match".`,
    '15 CFR 744 Supp. 4; 764.3(a)(2)',
  );
}
