// Fluent's charts make a jsdom render of the review tab take seconds on 2 cores.
jest.setTimeout(30_000);

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { CATALOG, fakeEngine, fakeWorkbook } from './paneFakes';

async function classified() {
  const workbook = fakeWorkbook(CATALOG);
  render(<App workbook={workbook} engine={fakeEngine()} theme={webLightTheme} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Dana' } });
  fireEvent.click(screen.getByRole('tab', { name: 'Classify' }));
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  await screen.findByRole('heading', { name: 'Summary' });
  return workbook;
}

test('a run creates review cells (Pending) and audits itself under the user\'s name', async () => {
  const workbook = await classified();
  expect([...workbook.reviewCells!.values()].map((c) => c.status)).toEqual(['Pending', 'Pending', 'Pending']);
  expect(workbook.audit).toEqual([expect.objectContaining({ event: 'Run', who: 'Dana', rowsRead: 3 })]);
  expect(workbook.runs.at(-1)).toMatchObject({ ranBy: 'Dana', screeningListDate: null, block: { sheetName: 'Catalog', headerRow: 3, outputColumn: 5 } });
});

test('the reviewer filters, opens a row with its citations, and approves a selection with a note', async () => {
  const workbook = await classified();
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  fireEvent.click(screen.getByRole('button', { name: 'Licence required' }));
  const list = within(screen.getByRole('list', { name: 'Matching rows' }));
  expect(list.getAllByRole('listitem')).toHaveLength(1);
  fireEvent.click(list.getByRole('button', { name: /Row 5 · AC-200/ }));
  const detail = within(screen.getByTestId('review-detail'));
  expect(detail.getByText('Citations, in the order applied')).toBeInTheDocument();
  expect(workbook.selected.at(-1)).toMatchObject({ row: 5 });

  fireEvent.click(list.getByRole('checkbox', { name: 'Select row 5' }));
  fireEvent.change(screen.getByRole('textbox', { name: /Note/ }), { target: { value: 'licence D123' } });
  fireEvent.click(screen.getByRole('button', { name: 'Approve selected' }));
  await screen.findByText('Approved: 1 row');
  expect(workbook.reviewCells!.get(5)).toMatchObject({ status: 'Approved', reviewer: 'Dana', note: 'licence D123' });
  expect(workbook.audit.at(-1)).toMatchObject({ event: 'Approved', rows: '5', note: 'licence D123' });

  // An unreviewed filter now leaves the other two rows.
  fireEvent.click(screen.getByRole('button', { name: 'Licence required' }));
  fireEvent.click(screen.getByRole('button', { name: 'Unreviewed' }));
  expect(within(screen.getByRole('list', { name: 'Matching rows' })).getAllByRole('listitem')).toHaveLength(2);

  fireEvent.click(screen.getByRole('button', { name: 'Export review report' }));
  await screen.findByText('Review report written');
  expect(workbook.reports[0].sections.map((s) => s.heading)).toContain('Decisions (1)');
});

test('an override on the sheet is used by the next run, and a reviewed row that changed is flagged', async () => {
  const workbook = await classified();
  const cells = workbook.reviewCells!;
  Object.assign(cells.get(4)!, { overrideEccn: '3A001', overrideNote: 'per engineering' });
  Object.assign(cells.get(7)!, { status: 'Approved' });
  cells.get(7)!.fingerprint = 'stale';
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  await waitFor(() => expect(workbook.written).toHaveLength(2));
  await screen.findByTestId('changed-since-review');
  const row4 = workbook.written[1].rows.find((r) => r.row === 4)!;
  expect(row4.cells[0]).toBe('3A001');
  expect(row4.cells[1]).toMatch(/reviewer's override/);
  expect(cells.get(7)!.status).toBe('Changed since review');
  expect(workbook.audit.map((l) => l.event)).toEqual(['Run', 'Run', 'Override']);
});

test('the matrix tab computes every product × chosen destination in the engine and writes a sheet', async () => {
  const workbook = await classified();
  fireEvent.click(screen.getByRole('tab', { name: 'Matrix' }));
  const combobox = await screen.findByRole('combobox', { name: 'Destinations' });
  fireEvent.click(combobox);
  fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'China' }));
  fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Germany' }));
  expect(screen.getByTestId('matrix-size')).toHaveTextContent('3 products × 2 destinations');
  fireEvent.click(screen.getByRole('button', { name: 'Write matrix sheet' }));
  await screen.findByText('Matrix written');
  const m = workbook.matrices[0];
  expect(m.destinations).toEqual(['China', 'Germany']);
  expect(m.products[1].cells[0]).toMatchObject({ code: 'LIC' });
  expect(m.products[0].cells[1]).toMatchObject({ code: 'NLR', text: 'NLR' });
});
