import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination } from '../Determination';
import { statusOf } from '../rowStatus';
import { warning } from '../warnings';
import type { PartyScreener } from './PartyScreener';

/** Without a list, screening is reported as not performed on every row naming a party — never as "no match". */
export class NoScreeningList implements PartyScreener {
  apply(d: Determination, row: CatalogRow): Determination {
    // "End user" first: a row with only an end user reads exactly as before consignees were read.
    const parties = [row.endUser && `End user "${row.endUser}"`, row.consignee && `${row.endUser ? 'consignee' : 'Consignee'} "${row.consignee}"`].filter(Boolean);
    if (parties.length === 0) return d;
    const warnings = [
      ...d.warnings,
      warning(
        'SCREENING_NOT_PERFORMED',
        `${parties.join(' and ')} ${parties.length > 1 ? 'were' : 'was'} not screened: no screening list is loaded. This is not a "no match".`,
        '15 CFR 744 Supp. 4; 764.3(a)(2)',
      ),
    ];
    const screened = { ...d, warnings };
    screened.status = statusOf(screened);
    return screened;
  }
}
