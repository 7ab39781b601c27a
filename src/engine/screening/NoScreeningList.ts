import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination } from '../Determination';
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

  constructor(destinations: readonly Destination[] = []) {
    for (const d of destinations) if (d.iso2) this.isoByName.set(d.name, d.iso2.toUpperCase());
  }

  apply(d: Determination, row: CatalogRow): Determination {
    // "End user" first: a row with only an end user reads exactly as before consignees were read.
    const parties = [row.endUser && `End user "${row.endUser}"`, row.consignee && `${row.endUser ? 'consignee' : 'Consignee'} "${row.consignee}"`].filter(Boolean);
    const endUse = endUseWarnings([row.endUse, row.description], d.destination ? (this.isoByName.get(d.destination) ?? null) : null);
    if (parties.length === 0 && endUse.length === 0) return d;
    const warnings = [...d.warnings, ...endUse];
    if (parties.length) {
      warnings.push(
        warning(
          'SCREENING_NOT_PERFORMED',
          `${parties.join(' and ')} ${parties.length > 1 ? 'were' : 'was'} not screened: no screening list is loaded. This is not a "no match".`,
          '15 CFR 744 Supp. 4; 764.3(a)(2)',
        ),
      );
    }
    const citations = [...d.citations, ...endUse.map((w) => w.citation).filter((c) => !d.citations.includes(c))];
    const screened = { ...d, warnings, citations };
    screened.status = statusOf(screened);
    return screened;
  }
}
