// Country Chart footnotes (15 CFR 738 Supp. 1), summarised in our own words. The numbers attached
// to each row come from the chart; the effects below are what the footnote text itself requires.
const C = '15 CFR 738 Supp. 1';
export const FOOTNOTES = [
  { n: 1, summary: 'UN Security Council arms embargoes and other UN-based controls may add licence requirements here (746.1(b)); for Iraq, 746.3 adds UN and regional-stability requirements the grid does not show.', citation: `${C}, note 1; 15 CFR 746.1(b), 746.3` },
  { n: 2, summary: 'Certain thermal imaging cameras have special rules for these countries (742.4(a)).', citation: `${C}, note 2; 15 CFR 742.4(a)` },
  { n: 3, summary: 'Foreign-made military commodities under ECCN 0A919 have special rules for these countries (742.6(a)(3)).', citation: `${C}, note 3; 15 CFR 742.6(a)(3)` },
  { n: 4, summary: 'Certain thermal imaging cameras have special rules for these countries (742.6(a)(2) and (a)(4)(ii)).', citation: `${C}, note 4; 15 CFR 742.6(a)(2), (a)(4)(ii)` },
  { n: 5, summary: 'Liechtenstein takes the licence requirements of Switzerland.', citation: `${C}, note 5; 15 CFR 738.3(b)` },
  { n: 6, summary: 'Russia and Belarus: industry-sector sanctions (746.5) reach some low-level ECCNs and listed items, and 746.8 adds licence requirements for every CCL item and many EAR99 items.', citation: `${C}, note 6; 15 CFR 746.5, 746.8` },
  {
    n: 7,
    summary: 'India: even though the India row has no RS 2 mark, 6A003.b.4.b and 9A515.e still need a licence for RS column 2 reasons.',
    citation: `${C}, note 7`,
    effect: { eccns: ['6A003.b.4.b', '9A515.e'], destinations: ['IN'], reason: 'RS', column: 'RS2' },
  },
  { n: 8, summary: 'Refers to 746.6: the Crimea, DNR and LNR regions of Ukraine need a licence for nearly everything subject to the EAR (EAR99 food and medicine and some internet-communications software excepted).', citation: `${C}, note 8; 15 CFR 746.6` },
  { n: 9, summary: 'Ukraine: the Crimea, DNR and LNR regions need a licence for nearly everything subject to the EAR under 746.6 (EAR99 food and medicine and some internet-communications software excepted).', citation: `${C}, note 9; 15 CFR 746.6` },
  {
    n: 10,
    summary: 'Australia and the United Kingdom: a licence is still required for the listed firearms, ammunition and related software and technology, although their rows are otherwise nearly empty.',
    citation: `${C}, note 10; 89 FR 28594 (Apr. 19, 2024)`,
    // The footnote names the entries but no reason; RS (column 1) is the one reason every listed
    // entry shares (0A504 and 0E504 carry no NS), and AUKUS removed the RS 1 mark from both rows.
    effect: {
      eccns: ['0A501', '0A502', '0A504.i', '0A505.a', '0A505.x', '0A506', '0A507', '0A508', '0A509', '0D501', '0D505', '0E501', '0E504', '0E505'],
      exceptEccns: ['0A501.y'],
      // Entries the footnote names only in part; the part turns on facts a paragraph number cannot carry.
      conditions: {
        '0A502': 'shotguns with a barrel shorter than 18 inches (45.72 cm)',
        '0A508': 'semi-automatic shotguns with a barrel shorter than 18 inches (45.72 cm)',
        '0D501': 'software other than for 0A501.y commodities or 0B501 equipment for them',
        '0D505': 'software for 0A505.a and .x commodities or 0B505.a and .x equipment',
        '0E505': 'technology for the development, production, operation, installation, maintenance, repair, overhaul or refurbishing of 0A505.a and .x commodities',
      },
      destinations: ['AU', 'GB'],
      reason: 'RS',
      column: 'RS1',
    },
  },
];
