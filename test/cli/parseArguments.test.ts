import { parseArguments } from '../../src/cli/parseArguments';
import { defaultOutputPath, formatOf } from '../../src/cli/fileFormat';
import { UserError } from '../../src/cli/UserError';

describe('parseArguments', () => {
  it('reads the full classify contract', () => {
    expect(
      parseArguments(['classify', 'a.xlsx', '--sheet', 'Q3 Export', '--out', 'b.csv', '--json', '--screening-list', 'l.csv']),
    ).toEqual({ command: 'classify', input: 'a.xlsx', sheet: 'Q3 Export', out: 'b.csv', json: true, screeningList: 'l.csv' });
  });

  it('takes options before the file and --opt=value forms', () => {
    expect(parseArguments(['classify', '--json', '--sheet=Sheet 1', 'a.csv'])).toMatchObject({ input: 'a.csv', sheet: 'Sheet 1', json: true });
  });

  it('no file means the sample; --out - means no file', () => {
    expect(parseArguments(['classify', '--out', '-'])).toEqual({
      command: 'classify', input: null, sheet: null, out: '-', json: false, screeningList: null,
    });
  });

  it('help and version win over everything else', () => {
    expect(parseArguments(['classify', 'x', '-h'])).toEqual({ command: 'help' });
    expect(parseArguments(['-v'])).toEqual({ command: 'version' });
  });

  it.each([[['classify', '--sheet', '']], [['classify', '-x']], [['run']], [['classify', '--out', '--json']]])(
    'refuses %j with a UserError',
    (argv) => {
      expect(() => parseArguments(argv)).toThrow(UserError);
    },
  );
});

describe('file names', () => {
  it('knows .xlsx and .csv in any case', () => {
    expect([formatOf('a.XLSX'), formatOf('b.Csv'), formatOf('c.xls'), formatOf('noext')]).toEqual(['xlsx', 'csv', null, null]);
  });

  it('default output is <name>.classified.<ext> beside the input, not doubled on a re-run', () => {
    expect(defaultOutputPath('/data/Q3.catalog.xlsx')).toBe('/data/Q3.catalog.classified.xlsx');
    expect(defaultOutputPath('/data/Q3.classified.CSV')).toBe('/data/Q3.classified.CSV');
  });
});
