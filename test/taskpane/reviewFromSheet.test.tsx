import { fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { OUTPUT_HEADERS, type Grid } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { memoryScreeningListStore } from '../../src/taskpane/features/screening/screeningListStore';
import { fakeEngine, fakeWorkbook } from './paneFakes';

/** A workbook a colleague already classified: the data, then EARmark's block as it wrote it. */
const block = (eccn: string, basis: string, license: string, status: string) => [eccn, basis, '', license, '', '', '', status];
const GRID: Grid = [
  ['Part Number', 'ECCN', 'Destination', ...OUTPUT_HEADERS],
  ['AC-100', '5A992.c', 'Germany', ...block('5A992.c', 'No X in AT1.', 'NLR on the CCL and Country Chart only; end-user and end-use checks still apply', 'CLEAR')],
  ['AC-200', '3A001.c', 'China', ...block('3A001.c', 'China, NS2 X.', 'LICENSE REQUIRED (NS2) for China', 'FLAGGED')],
];

test('opening the Review tab shows what the sheet holds, decisions included, without classifying', async () => {
  const workbook = fakeWorkbook(GRID);
  workbook.reviewCells = new Map([
    [3, { row: 3, status: 'Approved', reviewer: 'Dana Reyes', note: 'Licence on file', reviewedOn: '2026-11-20', overrideEccn: '', overrideNote: '', fingerprint: 'x' }],
  ]);
  const engine = fakeEngine();
  render(<App workbook={workbook} engine={engine} theme={webLightTheme} screeningStore={memoryScreeningListStore()} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  const list = within(await screen.findByRole('list', { name: 'Matching rows' }));
  expect(list.getByRole('button', { name: /Row 3 · AC-200/ })).toBeInTheDocument();
  expect(list.getByRole('button', { name: /Row 2 · AC-100/ })).toBeInTheDocument();
  fireEvent.click(list.getByRole('button', { name: /Row 3 · AC-200/ }));
  const detail = within(screen.getByTestId('review-detail'));
  expect(detail.getByText(/China, NS2 X/)).toBeInTheDocument();
  expect(detail.getAllByText(/Dana Reyes/).length).toBeGreaterThan(0);
  expect(engine.calls).toBe(0); // nothing was classified
  expect(workbook.written).toHaveLength(0); // nothing was written
});
