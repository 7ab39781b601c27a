// Licence-requirement rows that point to another section of the EAR reach only the destinations
// that section names. Left open, every such row would make every destination "needs review";
// scoped here, a row reaches only where the regulation can bite, and still says "check" there.
// Each rule names the regulation that sets the destinations. Wording is ours.

/** 746.1(b): UN Security Council arms embargoes. The Country Chart marks those destinations with
 * footnote 1; Country Group D:5 (U.S. arms embargo) is added so that no UN-sanctioned destination
 * without the footnote slips through. */
const UN = { footnotes: [1], groups: ['D:5'] };

/** 742.2 / 742.18 for CWC-scheduled chemicals: only States not party to the Chemical Weapons
 * Convention (those not in Supp. No. 2 to Part 745): Egypt, Israel (signed, not ratified),
 * North Korea and South Sudan. */
const NON_CWC = { countries: ['EG', 'IL', 'KP', 'SS'] };

/** 746.8: Russia and Belarus. */
const RUSSIA_BELARUS = { countries: ['RU', 'BY'] };

/** How each pointed-to section is scoped, keyed by the row's citation. */
export const SECTION_SCOPES = {
  '15 CFR 746.1': UN,
  '15 CFR 746.1(b)': UN,
  '15 CFR 742.18': NON_CWC,
  '15 CFR 742.2': NON_CWC,
  '15 CFR 746.8': RUSSIA_BELARUS,
};

/** 742.15(a): a licence for encryption (EI) items to every destination except Canada. */
export const EI_ROW_DESTINATIONS = { kind: 'worldwide', exceptCountries: ['CA'] };
export const EI_CITATION = '15 CFR 742.15(a)';

/** Applies the scopes above to one entry's rows (in place). */
export function scopeSectionRows(entry) {
  for (const row of entry.licenseRequirements) {
    const d = row.destinations;
    if (d.kind !== 'section') continue;
    if (row.reason === 'EI' && d.citation.startsWith('15 CFR 742.15')) {
      row.destinations = { ...EI_ROW_DESTINATIONS };
      row.citation = EI_CITATION;
      continue;
    }
    const onlyFor = SECTION_SCOPES[d.citation];
    if (onlyFor) d.onlyFor = onlyFor;
  }
}
