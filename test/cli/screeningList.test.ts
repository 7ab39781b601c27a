import { copyFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { earmark, tempFolder } from './cliHarness';

const FIXTURES = path.resolve(__dirname, '../fixtures/screening');

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
  copyFileSync(path.join(FIXTURES, 'fictitious-list.csv'), path.join(folder.dir, 'consolidated.csv'));
  copyFileSync(path.join(FIXTURES, 'fictitious-list.json'), path.join(folder.dir, 'consolidated.json'));
  writeFileSync(
    path.join(folder.dir, 'orders.csv'),
    [
      'Part Number,ECCN,Destination,End User,Consignee',
      'P-1,5A992.c,Germany,Maple Garden Tools Ltd,',
      'P-2,5A992.c,Germany,TARNWELL FREIGHT FORWARDING LLC,',
      'P-3,5A992.c,China,Northfield Optics GmbH,Quillon Microsystems Company Limited',
      'P-4,5A992.c,Germany,,',
    ].join('\n'),
  );
});
afterEach(() => folder.cleanup());

interface JsonRow {
  partNumber: string;
  licenseRequirement: string;
  status: string;
  warnings: Array<{ code: string }>;
  screening: Array<{ name: string; list: string }>;
}

describe.each(['consolidated.csv', 'consolidated.json'])('--screening-list %s', (listFile) => {
  it('screens end users and consignees and folds the hits into each row', async () => {
    const run = await earmark(['classify', 'orders.csv', '--json', '--out', '-', '--screening-list', listFile], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`earmark: screening against ${listFile}: 10 entries`);
    const rows = JSON.parse(run.stdout).rows as JsonRow[];
    const byPart = new Map(rows.map((r) => [r.partNumber, r]));
    expect(byPart.get('P-1')?.screening).toEqual([]);
    expect(byPart.get('P-1')?.warnings.map((w) => w.code)).not.toContain('SCREENING_NOT_PERFORMED');
    expect(byPart.get('P-2')).toMatchObject({ licenseRequirement: 'PROHIBITED', status: 'FLAGGED' });
    expect(byPart.get('P-2')?.screening).toEqual([expect.objectContaining({ list: 'DPL', name: 'Tarnwell Freight Forwarding LLC' })]);
    expect(byPart.get('P-3')).toMatchObject({ licenseRequirement: 'LICENSE_REQUIRED' });
    expect(byPart.get('P-3')?.warnings.map((w) => w.code)).toContain('ENTITY_LIST');
  });
});

it('--screening-list refuses malformed JSON with exit 2 and one line', async () => {
  writeFileSync(path.join(folder.dir, 'bad.json'), JSON.stringify({ results: [{ name: 'No Source Ltd' }] }));
  const run = await earmark(['classify', 'orders.csv', '--json', '--screening-list', 'bad.json'], folder.dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^earmark: Screening list .*bad\.json refused: Entry 1 of "results" \(source\)/)]);
});
