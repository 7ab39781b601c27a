import { fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../../src/engine';
import { parseCslCsv } from '../../src/rules/screening/parseCslCsv';
import { App } from '../../src/taskpane/App';
import { memoryScreeningListStore } from '../../src/taskpane/features/screening/screeningListStore';
import { fakeEngine, fakeWorkbook } from './paneFakes';

const LIST = parseCslCsv(readFileSync(path.resolve(__dirname, '../fixtures/screening/fictitious-list.csv'), 'utf8'), '2026-11-20');

/** Tarnwell Freight Forwarding LLC is on the fictitious list's Denied Persons entries. */
const GRID: Grid = [
  ['Part Number', 'ECCN', 'Destination', 'End User'],
  ['P-1', 'EAR99', 'Germany', 'Tarnwell Freight Forwarding LLC'],
  ['P-2', 'EAR99', 'Germany', 'Muster GmbH'],
];

async function classify() {
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  await screen.findByRole('heading', { name: 'Summary' });
}

test('a list saved on this machine screens the run: a Denied Person makes the row PROHIBITED', async () => {
  const workbook = fakeWorkbook(GRID);
  const store = memoryScreeningListStore({ fileName: 'list.csv', fileDate: LIST.fileDate, importedAt: '2026-11-21T00:00:00Z', list: LIST });
  render(<App workbook={workbook} engine={fakeEngine()} theme={webLightTheme} screeningStore={store} />);
  await screen.findByText(/Rules pack test-1/);
  // The saved list is read when the pane opens, without the Screening tab being visited.
  await new Promise((r) => setTimeout(r, 0));
  await classify();
  const [denied, ordinary] = workbook.written[0].rows;
  expect(denied.cells[3]).toMatch(/^PROHIBITED/);
  expect(ordinary.cells[3]).toMatch(/^NLR/);
  expect(ordinary.cells[6]).not.toMatch(/SCREENING_NOT_PERFORMED/);
  expect(workbook.runs.at(-1)?.screeningListDate).toBe('2026-11-20');
});

test('without a list, rows with an end user say screening was not performed', async () => {
  const workbook = fakeWorkbook(GRID);
  render(<App workbook={workbook} engine={fakeEngine()} theme={webLightTheme} screeningStore={memoryScreeningListStore()} />);
  await classify();
  for (const row of workbook.written[0].rows) expect(row.cells[6]).toMatch(/SCREENING_NOT_PERFORMED/);
  expect(workbook.runs.at(-1)?.screeningListDate).toBeNull();
});

test('a reviewer records that a list hit is not the row party, with a reason, into the workbook and the audit trail', async () => {
  const workbook = fakeWorkbook(GRID);
  const store = memoryScreeningListStore({ fileName: 'list.csv', fileDate: LIST.fileDate, importedAt: '2026-11-21T00:00:00Z', list: LIST });
  render(<App workbook={workbook} engine={fakeEngine()} theme={webLightTheme} screeningStore={store} />);
  await screen.findByText(/Rules pack test-1/);
  await new Promise((r) => setTimeout(r, 0));
  await classify();
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  const list = within(await screen.findByRole('list', { name: 'Matching rows' }));
  fireEvent.click(list.getByRole('button', { name: /Row 2 · P-1/ }));
  const detail = within(screen.getByTestId('review-detail'));
  const hits = within(detail.getByRole('list', { name: 'Screening hits' }));
  expect(hits.getByText(/Tarnwell Freight Forwarding LLC.*\[DPL\]/)).toBeInTheDocument();
  fireEvent.click(detail.getByRole('button', { name: 'Not this party…' }));
  const record = detail.getByRole('button', { name: 'Record as not a match' });
  expect(record).toBeDisabled(); // a reason is required
  fireEvent.change(detail.getByRole('textbox', { name: /Why is this not the listed party/ }), { target: { value: 'Different company: Tarnwell Ltd of Leeds, VAT GB123' } });
  fireEvent.click(record);
  await screen.findByText('Recorded as not a match');
  expect(workbook.falsePositives).toHaveLength(1);
  expect(workbook.falsePositives[0].hit.party).toBe('Tarnwell Freight Forwarding LLC');
  expect(workbook.falsePositives[0].reason).toMatch(/Leeds/);
  expect(workbook.audit.at(-1)?.event).toBe('Screening false positive');
});
