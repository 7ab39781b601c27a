import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination } from '../Determination';
import { statusOf } from '../rowStatus';
import { warning } from '../warnings';
import type { PartyScreener } from './PartyScreener';

/** Without a list, screening is reported as not performed on every row naming a party — never as "no match". */
export class NoScreeningList implements PartyScreener {
  apply(d: Determination, row: CatalogRow): Determination {
    if (!row.endUser) return d;
    const warnings = [
      ...d.warnings,
      warning(
        'SCREENING_NOT_PERFORMED',
        `End user "${row.endUser}" was not screened: no screening list is loaded. This is not a "no match".`,
        '15 CFR 744 Supp. 4; 764.3(a)(2)',
      ),
    ];
    const screened = { ...d, warnings };
    screened.status = statusOf(screened);
    return screened;
  }
}
