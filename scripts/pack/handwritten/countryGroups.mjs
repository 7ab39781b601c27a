// Country Group titles in EARmark's own words. Members come from the Part 740 table itself
// (the build reads them from the reference snapshot and maps names to destination codes).
export const GROUP_TITLES = {
  'A:1': 'Wassenaar Arrangement participants',
  'A:2': 'Missile Technology Control Regime partners',
  'A:3': 'Australia Group members',
  'A:4': 'Nuclear Suppliers Group members',
  'A:5': 'Closest partners for License Exception STA (first tier)',
  'A:6': 'Further destinations eligible for STA (second tier)',
  B: 'Destinations eligible for the broader list-based exceptions (e.g. GBS)',
  'D:1': 'National-security concern destinations',
  'D:2': 'Nuclear-proliferation concern destinations',
  'D:3': 'Chemical and biological weapons concern destinations',
  'D:4': 'Missile-proliferation concern destinations',
  'D:5': 'Destinations under a U.S. arms embargo',
  'E:1': 'Governments designated as supporting terrorism',
  'E:2': 'Destinations under a unilateral U.S. embargo',
};
export const GROUP_CITATION = '15 CFR 740 Supp. 1';
