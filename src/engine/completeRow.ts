import type { CatalogRow } from './catalog/CatalogRow';
import type { Determination, RowStatus, Warning } from './Determination';
import type { LicenseCore } from './LicenseCore';
import { settleLvs } from './license/licenseExceptions';
import { parseMoney, parseQuantity } from './license/shipmentValue';
import { warning } from './warnings';

/**
 * Completes a pair's LicenseCore with what belongs to the row alone: its number and part, the
 * shipment value (LVS), and the parties it names. The core is shared and is not modified.
 */
export function completeRow(core: LicenseCore, row: CatalogRow): Determination {
  let warnings = core.warnings as Warning[];
  let citations = core.citations as string[];
  let basis = core.basisText;
  let exceptions = core.exceptions as string[];
  // Arrays are shared with the core until the row adds to them (copy on write): most rows add nothing.
  const addWarning = (w: Warning) => {
    if (warnings === core.warnings) warnings = [...core.warnings];
    warnings.push(w);
  };

  const value = shipmentValue(row, addWarning);
  if (core.exceptionsApply) {
    const lvs = settleLvs(core.lvsLimit, value);
    if (lvs.exception) exceptions = [lvs.exception, ...exceptions];
    if (lvs.citation) citations = [...citations, lvs.citation];
    basis += exceptions.length ? ` Candidate exceptions: ${exceptions.join('; ')}.` : ' No licence exception found for this row.';
  }
  if (row.endUser) {
    addWarning(
      warning(
        'SCREENING_NOT_PERFORMED',
        `End user "${row.endUser}" was not screened: no screening list is loaded. This is not a "no match".`,
        '15 CFR 744 Supp. 4; 764.3(a)(2)',
      ),
    );
  }
  const determination: Determination = {
    row: row.row,
    partNumber: row.partNumber,
    eccn: core.eccn,
    eccnSource: core.eccnSource,
    reasonsForControl: core.reasonsForControl as string[],
    destination: core.destination,
    licenseRequirement: core.licenseRequirement,
    licenseReasons: core.licenseReasons as string[],
    licenseExceptions: exceptions,
    warnings,
    screening: [],
    status: 'NEEDS_REVIEW',
    basis,
    citations,
  };
  determination.status = statusOf(determination);
  return determination;
}

/** Net value in USD: a unit value times the quantity (LVS limits apply to the shipment, 740.3(d)). */
function shipmentValue(row: CatalogRow, addWarning: (w: Warning) => void): number | null {
  const parsed = parseMoney(row.value);
  if (parsed.kind === 'unreadable') {
    addWarning(
      warning('VALUE_UNREADABLE', `Value "${parsed.text}" could not be read as U.S. dollars; LVS is shown with its limit.`, '15 CFR 740.3(d)'),
    );
    return null;
  }
  if (parsed.kind === 'none') return null;
  const quantity = parseQuantity(row.quantity);
  return quantity ? parsed.usd * quantity : parsed.usd;
}

/**
 * FLAGGED: a licence is required or the row is prohibited, or a warning flags it.
 * NEEDS_REVIEW: the rules could not settle the answer. CLEAR: neither — which is not a clearance.
 */
export function statusOf(d: Pick<Determination, 'licenseRequirement' | 'warnings' | 'eccn'>): RowStatus {
  if (d.licenseRequirement === 'LICENSE_REQUIRED' || d.licenseRequirement === 'PROHIBITED') return 'FLAGGED';
  if (d.warnings.some((w) => w.severity === 'flag')) return 'FLAGGED';
  if (d.licenseRequirement === 'NOT_DETERMINED' || d.eccn === null) return 'NEEDS_REVIEW';
  if (d.warnings.some((w) => w.severity === 'review')) return 'NEEDS_REVIEW';
  return 'CLEAR';
}
