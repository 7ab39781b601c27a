import { fireEvent, render, screen } from '@testing-library/react';
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
