import { fireEvent, render, screen, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../../src/engine';
import { App } from '../../src/taskpane/App';
import { memoryScreeningListStore } from '../../src/taskpane/features/screening/screeningListStore';
import { fakeEngine, fakeWorkbook } from './paneFakes';

const GRID: Grid = [['Part Number', 'ECCN', 'Destination'], ['P-1', 'EAR99', 'Germany']];

test('the Look up tab searches the pack the engine is using', async () => {
  render(<App workbook={fakeWorkbook(GRID)} engine={fakeEngine()} theme={webLightTheme} screeningStore={memoryScreeningListStore()} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Look up' }));
  const box = await screen.findByRole('searchbox');
  fireEvent.change(box, { target: { value: '3A001' } });
  // The hand-written test pack's own title for 3A001, which only the worker's pack holds.
  expect(await screen.findByText(/Electronic components/)).toBeInTheDocument();
});

test('from a review row, the look-up records the chosen entry as that row\'s Override ECCN, never in the analyst\'s cells', async () => {
  const grid: Grid = [['Part Number', 'Description', 'ECCN', 'Destination'], ['P-1', 'Amplifier', '', 'China']];
  const workbook = fakeWorkbook(grid);
  render(<App workbook={workbook} engine={fakeEngine()} theme={webLightTheme} screeningStore={memoryScreeningListStore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  await screen.findByRole('heading', { name: 'Summary' });
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  const list = within(await screen.findByRole('list', { name: 'Matching rows' }));
  fireEvent.click(list.getByRole('button', { name: /Row 2 · P-1/ }));
  fireEvent.click(screen.getByRole('button', { name: /Choose an override ECCN/ }));
  fireEvent.change(await screen.findByRole('searchbox'), { target: { value: '3A001' } });
  fireEvent.click(await screen.findByRole('button', { name: /^3A001 — / }));
  const use = screen.getByRole('button', { name: 'Use 3A001 as the override for row 2' });
  expect(use).toBeDisabled(); // a reason is required
  fireEvent.change(screen.getByRole('textbox', { name: /Why 3A001 for row 2/ }), { target: { value: 'MMIC amplifier per vendor datasheet' } });
  fireEvent.click(use);
  await screen.findByText('Row 2: override 3A001');
  expect(workbook.reviewCells?.get(2)?.overrideEccn).toBe('3A001');
  expect(workbook.audit.at(-1)?.event).toBe('Override ECCN 3A001');
  // The analyst's own ECCN cell is untouched: only EARmark's block and review columns were written.
  expect(grid[1][2]).toBe('');
}, 30_000);
