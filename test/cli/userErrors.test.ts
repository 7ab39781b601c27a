import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { earmark, tempFolder } from './cliHarness';
import { writeFixtureCsv, writeFixtureWorkbook } from './fixtureCatalogs';

let folder: ReturnType<typeof tempFolder>;
beforeEach(async () => {
  folder = tempFolder();
  writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
  await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
});
afterEach(() => folder.cleanup());

/** Exit 2, nothing on stdout, exactly one plain line on stderr, no stack trace. */
async function expectUserError(args: string[], pattern: RegExp): Promise<void> {
  const run = await earmark(args, folder.dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^earmark: /);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/);
  expect(lines[0]).toMatch(pattern);
}

describe('user errors: exit 2 with one line', () => {
  it('missing file', () => expectUserError(['classify', 'nope.xlsx'], /Cannot read .*nope\.xlsx: no such file/));
  it('missing CSV file', () => expectUserError(['classify', 'nope.csv', '--json'], /no such file/));
  it('a folder instead of a file', () => {
    mkdirSync(path.join(folder.dir, 'dir.csv'));
    return expectUserError(['classify', 'dir.csv'], /folder/);
  });
  it('unknown input extension', () => expectUserError(['classify', 'cat.txt'], /extension "\.txt".*\.xlsx and \.csv/));
  it('legacy .xls', () => expectUserError(['classify', 'old.xls'], /save the workbook as \.xlsx/));
  it('unknown output extension', () => expectUserError(['classify', 'cat.csv', '--out', 'result.json'], /result\.json as output/));
  it('not a workbook', () => {
    writeFileSync(path.join(folder.dir, 'fake.xlsx'), 'this is not a zip');
    return expectUserError(['classify', 'fake.xlsx'], /not a valid \.xlsx/);
  });
  it('unknown sheet, listing the sheets there are', () =>
    expectUserError(['classify', 'cat.xlsx', '--sheet', 'Sheet9'], /No worksheet named "Sheet9".*"Products", "Notes"/));
  it('no header row', () => {
    writeFileSync(path.join(folder.dir, 'plain.csv'), 'a,b,c\n1,2,3\n');
    return expectUserError(['classify', 'plain.csv'], /plain\.csv: No header row found/);
  });
  it('no header row in the chosen sheet', () =>
    expectUserError(['classify', 'cat.xlsx', '--sheet', 'Notes'], /worksheet "Notes".*No header row/));
  it('unknown flag', () => expectUserError(['classify', 'cat.csv', '--fast'], /Unknown option --fast/));
  it('flag without its value', () => expectUserError(['classify', 'cat.csv', '--out'], /--out needs a value/));
  it('value given to a switch', () => expectUserError(['classify', 'cat.csv', '--json=yes'], /--json takes no value/));
  it('no command', () => expectUserError([], /No command given/));
  it('unknown command', () => expectUserError(['clasify', 'cat.csv'], /Unknown command "clasify"/));
  it('two files', () => expectUserError(['classify', 'cat.csv', 'cat.xlsx'], /one file/));
  it('missing screening list', () =>
    expectUserError(['classify', 'cat.csv', '--screening-list', 'lists/sdn.csv'], /Cannot read screening list .*sdn\.csv/));
  it('unwritable output folder', () => expectUserError(['classify', 'cat.csv', '--out', 'no/such/dir/out.csv'], /Cannot write .*out\.csv: its folder does not exist/));

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it.skip : it)('unreadable file', () => {
    chmodSync(path.join(folder.dir, 'cat.csv'), 0o000);
    return expectUserError(['classify', 'cat.csv'], /permission denied/);
  });
});

describe('help, version and the screening seam', () => {
  it('--help prints usage on stdout and exits 0', async () => {
    const run = await earmark(['--help'], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: earmark classify/);
    for (const flag of ['--sheet', '--out', '--json', '--screening-list']) expect(run.stdout).toContain(flag);
    expect(run.stdout).toMatch(/output file is still written/);
    expect(run.stderr).toBe('');
  });

  it('classify --help works too', async () => {
    expect((await earmark(['classify', '--help'], folder.dir)).code).toBe(0);
  });

  it('--version', async () => {
    const run = await earmark(['--version'], folder.dir);
    expect(run).toEqual({ code: 0, stdout: 'earmark 0.0.0-test\n', stderr: '' });
  });

  it('--screening-list refuses a file that is not a Consolidated Screening List', async () => {
    writeFileSync(path.join(folder.dir, 'parties.csv'), 'name\nExample Trading Ltd\n');
    await expectUserError(['classify', 'cat.csv', '--json', '--screening-list', 'parties.csv'], /Screening list .*parties\.csv refused: .*header lacks _id, source/);
  });
});
