// Hand corrections to what the parser derives from the snapshots. Every ECCN touched here is
// listed in docs/rules-divergences.md (generated from DIVERGENCES below by build-pack.mjs),
// with the regulation text it rests on. Wording is ours.

const entire = { kind: 'entire' };
const paras = (...p) => ({ kind: 'paragraphs', paragraphs: p });
const column = (c) => ({ kind: 'column', column: c });
const e1 = { kind: 'groups', groups: ['E:1'] };
const nonCwc = (citation) => ({ kind: 'section', citation, summary: 'States not party to the Chemical Weapons Convention (destinations not listed in Supp. No. 2 to Part 745).' });
const atE1Note = 'The Country Chart is not used for this AT control: the entry itself requires a licence to Country Group E:1.';

// ECCNs missing from the 2026 snapshot, filled from the 2025 text (checked against the eCFR).
export const GAP_FILLS = { '2B352': true, '3E002': true, '3D006': true, '8D001': true, '0D614': true };

// Entries whose 2026 reasons are null: the reasons the regulation lists (2025 text / rows).
export const REASONS_FROM_ROWS_OR_2025 = ['0A919', '2A001', '2B910', '3C005', '3C006', '3E003', '5E002', '7A006', '9B104', '9D620'];
// Entries whose 2026 exception flags are empty: read them from the 2026 item text or the 2025 text.
export const FLAGS_FROM_TEXT = ['1C351', '2E001', '3B994', '6A203'];

export const CCL_OVERRIDES = {
  // The entry lists "AT, RS, foreign policy" but its rows control for NP (column 1), AT and the
  // Russian sanctions; no RS row exists. Keep every listed reason and add NP so the NP row is valid.
  '3A232': { reasons: ['AT', 'RS', 'FP', 'NP'] },
  '1C350': {
    licenseRequirements: [
      { reason: 'CB', appliesTo: entire, destinations: column('CB2') },
      { reason: 'CW', appliesTo: paras('b', 'c'), destinations: nonCwc('15 CFR 742.18'), note: 'Schedule 3 chemicals (.c) may be exported without a licence if the importing government issues an End-Use Certificate first (745.2).', citation: '15 CFR 742.18; 15 CFR 745.2' },
      { reason: 'AT', appliesTo: entire, destinations: e1, note: atE1Note },
    ],
  },
  '1C351': {
    licenseRequirements: [
      { reason: 'CB', appliesTo: paras('d.15', 'd.16'), destinations: column('CB1') },
      { reason: 'CB', appliesTo: entire, destinations: column('CB2') },
      { reason: 'CW', appliesTo: paras('d.15', 'd.16'), destinations: { kind: 'worldwide' }, note: 'Ricin and saxitoxin: licence required for every destination, Australia, Canada and the UK included.', citation: '15 CFR 742.18' },
      { reason: 'AT', appliesTo: entire, destinations: column('AT1') },
    ],
  },
  '1C355': {
    licenseRequirements: [
      { reason: 'CW', appliesTo: entire, destinations: nonCwc('15 CFR 742.18'), note: 'Schedule 3 chemicals (.b) may be exported without a licence if the importing government issues an End-Use Certificate first.', citation: '15 CFR 742.18; 15 CFR 745.2' },
      { reason: 'AT', appliesTo: entire, destinations: e1, note: atE1Note },
    ],
  },
  '1C395': {
    licenseRequirements: [
      { reason: 'CB', appliesTo: entire, destinations: nonCwc('15 CFR 742.2'), citation: '15 CFR 742.2' },
      { reason: 'CW', appliesTo: entire, destinations: nonCwc('15 CFR 742.18'), note: 'Test kits with Schedule 3 chemicals may go without a licence for CW reasons if an End-Use Certificate is obtained first.', citation: '15 CFR 742.18' },
      { reason: 'AT', appliesTo: entire, destinations: e1, note: atE1Note },
    ],
  },
  '1D018': {
    licenseRequirements: [
      { reason: 'NS', appliesTo: entire, destinations: column('NS1') },
      { reason: 'MT', appliesTo: { kind: 'condition', condition: 'Software for 1B018 equipment that is itself controlled for MT reasons' }, destinations: column('MT1') },
      { reason: 'AT', appliesTo: entire, destinations: column('AT1') },
      { reason: 'UN', appliesTo: entire, destinations: { kind: 'section', citation: '15 CFR 746.1(b)', summary: 'UN arms embargoes and other UN Security Council measures: see the destinations 746.1(b) lists.' } },
    ],
  },
  '1A231': {
    licenseRequirements: [
      { reason: 'NP', appliesTo: entire, destinations: column('NP1') },
      { reason: 'AT', appliesTo: entire, destinations: column('AT1') },
    ],
  },
  '4A001': {
    licenseRequirements: [
      { reason: 'NS', appliesTo: entire, destinations: column('NS2') },
      { reason: 'MT', appliesTo: { kind: 'condition', paragraphs: ['a'], condition: 'Items in 4A001.a that meet or exceed the 4A101 parameters' }, destinations: column('MT1') },
      { reason: 'AT', appliesTo: entire, destinations: column('AT1') },
      { reason: 'NP', appliesTo: entire, destinations: { kind: 'section', citation: '15 CFR 742.3(b)', summary: 'Nuclear-nonproliferation requirement for computers set out in 742.3(b); no Country Chart column.' } },
    ],
  },
  '3A001': {
    // The LVS values are in the entry's LVS paragraph, which the snapshot put among the items.
    exceptions: [
      { symbol: 'LVS', available: true, valueLimitUsd: 1500, appliesTo: paras('c'), exceptReasons: ['MT', 'NP'] },
      { symbol: 'LVS', available: true, valueLimitUsd: 3000, appliesTo: { kind: 'condition', paragraphs: ['b.1', 'b.2', 'b.3', 'b.9', 'd', 'e', 'f', 'g'], condition: 'b.2 and b.3 only when for civil telecommunications use' }, exceptReasons: ['MT', 'NP'] },
      { symbol: 'LVS', available: true, valueLimitUsd: 5000, appliesTo: { kind: 'condition', paragraphs: ['a', 'b.4', 'b.5', 'b.6', 'b.7', 'b.12'], condition: 'Not a.1.a or a.5.a when those are controlled for MT' }, exceptReasons: ['MT', 'NP'] },
      { symbol: 'LVS', available: false, appliesTo: paras('z') },
    ],
  },
};

// Each deliberate difference from the snapshots, by ECCN and field. The build fills in what the
// snapshot says and what the pack says; the conformance tests excuse exactly these.
export const DIVERGENCES = [
  { eccn: '1C350', field: 'rows', why: 'Snapshot merged the CB row into one cell and left out the CW and AT rows the entry states in prose.', cite: '15 CFR 774 Supp. 1, ECCN 1C350 (License Requirements); 15 CFR 742.18' },
  { eccn: '1C351', field: 'rows', why: 'AT row read as bare "Column 1."; CW row for d.15/d.16 (worldwide) stated in prose.', cite: '15 CFR 774 Supp. 1, ECCN 1C351; 15 CFR 742.18' },
  { eccn: '1C351', field: 'flags', why: 'Snapshot lost the exception flags (LVS N/A, GBS N/A); they are in the entry text.', cite: '15 CFR 774 Supp. 1, ECCN 1C351' },
  { eccn: '1C355', field: 'rows', why: 'Snapshot has no rows; the entry states CW (non-CWC States) and AT (E:1) requirements in prose.', cite: '15 CFR 774 Supp. 1, ECCN 1C355; 15 CFR 742.18' },
  { eccn: '1C395', field: 'rows', why: 'Snapshot has no rows; the entry states CB and CW (non-CWC States) and AT (E:1) requirements in prose.', cite: '15 CFR 774 Supp. 1, ECCN 1C395; 15 CFR 742.2, 742.18' },
  { eccn: '1D018', field: 'rows', why: 'MT row has an empty Country Chart cell in the source; the column is MT 1.', cite: '15 CFR 774 Supp. 1, ECCN 1D018' },
  { eccn: '1A231', field: 'rows', why: 'Snapshot merged the NP and AT rows into one ("NP Column 1 AT Column 1").', cite: '15 CFR 774 Supp. 1, ECCN 1A231' },
  { eccn: '4A001', field: 'rows', why: 'NP row has no column ("N/A"); it points to 742.3(b).', cite: '15 CFR 774 Supp. 1, ECCN 4A001; 15 CFR 742.3(b)' },
  { eccn: '3A232', field: 'reasons', why: 'Reason list (AT, RS, foreign policy) omits NP although the entry\'s first row is "NP applies to entire entry, NP Column 1"; the pack adds NP (both snapshots agree on the text, so this looks like an error in the regulation itself).', cite: '15 CFR 774 Supp. 1, ECCN 3A232' },
  { eccn: '3A001', field: 'lvs', why: 'LVS dollar values sit in the entry\'s LVS paragraph, which the snapshot filed among the items.', cite: '15 CFR 774 Supp. 1, ECCN 3A001 (LVS)' },
  ...['2E001', '3B994', '6A203'].map((eccn) => ({ eccn, field: 'flags', why: 'Snapshot lost the exception flags; taken from the entry text (2025 parse, unchanged in substance).', cite: `15 CFR 774 Supp. 1, ECCN ${eccn}` })),
  ...REASONS_FROM_ROWS_OR_2025.map((eccn) => ({ eccn, field: 'reasons', why: 'Snapshot has no Reason for Control; taken from the entry\'s rows / the 2025 text.', cite: `15 CFR 774 Supp. 1, ECCN ${eccn}` })),
  ...['0A998', '1C992', '3A229', '3A231', '3A232', '6A991', '8A992', '8D999'].map((eccn) => ({ eccn, field: 'reasons', why: 'The entry names "foreign policy" (Russian industry-sector sanctions) as a reason; the pack writes it as the symbol FP.', cite: `15 CFR 774 Supp. 1, ECCN ${eccn}; 15 CFR 746.8` })),
  ...Object.keys(GAP_FILLS).map((eccn) => ({ eccn, field: 'entry', why: 'Missing from the 2026 snapshot; filled from the 2025 text.', cite: `15 CFR 774 Supp. 1, ECCN ${eccn}` })),
];
