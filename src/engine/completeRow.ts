import type { CatalogRow } from './catalog/CatalogRow';
import type { Determination, Warning } from './Determination';
import { statusOf } from './rowStatus';
import type { ItemIdentity } from './classify/ItemIdentity';
import type { LicenseCore } from './LicenseCore';
import { settleLvs } from './license/licenseExceptions';
import { parseMoney, parseQuantity } from './license/shipmentValue';
import { warning } from './warnings';

/**
 * Completes a pair's LicenseCore with what belongs to the row alone: its number and part, how
 * its ECCN was arrived at, and the shipment value (LVS). The core is shared and is not modified.
 */
export function completeRow(core: LicenseCore, row: CatalogRow, identity: ItemIdentity): Determination {
  let warnings = core.warnings as Warning[];
  let citations = core.citations as string[];
  let basis = core.basisText;
  if (identity.basis.length) basis = `${identity.basis.join(' ')} ${basis}`;
  if (identity.warnings.length) warnings = [...identity.warnings, ...warnings];
  if (identity.citations.length) citations = [...identity.citations, ...citations.filter((c) => !identity.citations.includes(c))];
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
  const determination: Determination = {
    row: row.row,
    partNumber: row.partNumber,
    eccn: core.eccn,
    // The core knows the ECCN only as text; the identity knows where that text came from.
    eccnSource: core.eccn === null ? 'none' : identity.source,
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
