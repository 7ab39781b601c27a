import { neutralizeFormula, OUTPUT_HEADERS, outputCells, type Determination } from '../../../src/engine';

const base: Determination = {
  row: 5, partNumber: 'X', eccn: '5A992.c', eccnSource: 'input', reasonsForControl: ['AT'], destination: 'Germany',
  licenseRequirement: 'NLR', licenseReasons: [], licenseExceptions: [], warnings: [], screening: [], status: 'CLEAR',
  basis: 'because', citations: [],
};

describe('outputCells', () => {
  it('writes one cell per output header', () => {
    expect(outputCells(base)).toHaveLength(OUTPUT_HEADERS.length);
  });

  it('never presents NLR as a clearance', () => {
    const license = outputCells(base)[OUTPUT_HEADERS.indexOf('EARmark License')];
    expect(license).toMatch(/^NLR/);
    expect(license).toMatch(/end-user and end-use checks still apply/);
  });

  it('cannot start a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx']) {
      expect(neutralizeFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
    }
    const cells = outputCells({ ...base, basis: '=cmd|calc' });
    expect(cells.every((c) => !/^[=+\-@]/.test(c))).toBe(true);
  });
});
