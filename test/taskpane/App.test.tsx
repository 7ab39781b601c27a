import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { CATALOG, fakeEngine, fakeWorkbook } from './paneFakes';

function renderPane(workbook = fakeWorkbook(CATALOG), engine = fakeEngine()) {
  render(<App workbook={workbook} engine={engine} theme={webLightTheme} />);
  return { workbook, engine };
}

async function classify() {
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  await screen.findByRole('heading', { name: 'Summary' });
}

test('the header names EARmark and the rules pack with its effective date', async () => {
  renderPane();
  expect(screen.getByRole('heading', { level: 1, name: 'EARmark' })).toBeInTheDocument();
  expect(await screen.findByText('Rules pack test-1 · effective 2026-07-23')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Classify sheet' })).toBeEnabled();
});

test('a run writes the output block right of the data, one row per product, and shows the summary', async () => {
  const { workbook } = renderPane();
  await classify();

  expect(workbook.written).toHaveLength(1);
  const block = workbook.written[0];
  expect(block.headerRow).toBe(3);
  expect(block.column).toBe(5); // F: directly right of A..E
  expect(block.headers[0]).toBe('EARmark ECCN');
  expect(block.rows.map((r) => r.row)).toEqual([4, 5, 7]);
  expect(block.rows[0].cells[3]).toMatch(/^NLR/);
  expect(block.rows[1].cells[3]).toMatch(/^LICENSE REQUIRED/);

  const rows = within(screen.getByRole('table', { name: 'Rows' }));
  expect(rows.getByText('Rows read').closest('tr')).toHaveTextContent('3');
  expect(rows.getByText('Rows skipped (blank)').closest('tr')).toHaveTextContent('1');
  const license = within(screen.getByRole('table', { name: 'Rows by license outcome' }));
  expect(license.getByText('License required').closest('tr')).toHaveTextContent('1');
  expect(screen.getByText('NLR is not a clearance')).toBeInTheDocument();
  expect(screen.getByText(/not a legal ruling/)).toBeInTheDocument();
  expect(screen.getByTestId('written-where')).toHaveTextContent('Results written to columns F–M of Catalog (3 rows).');

  // The mapping used is remembered in the workbook by header text.
  expect(workbook.savedMappings.at(-1)?.fields.destination).toBe('Destination');
  expect(workbook.runs).toHaveLength(1);
});

test('the mapping editor shows each field with the sheet column it reads, and a change is saved', async () => {
  const { workbook } = renderPane();
  await classify();
  const table = within(screen.getByRole('table', { name: 'Column mapping' }));
  const destination = table.getByRole('combobox', { name: 'Destination' });
  expect(destination).toHaveTextContent('Destination (D)');
  expect(table.getByRole('combobox', { name: 'End use' })).toHaveTextContent('Not mapped');
  expect(table.getByRole('combobox', { name: 'End user' })).toHaveTextContent('Customer (E)');

  fireEvent.click(destination);
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: 'Not mapped' }));

  await waitFor(() => expect(table.getByRole('combobox', { name: 'Destination' })).toHaveTextContent('Not mapped'));
  expect(workbook.savedMappings.at(-1)?.fields.destination).toBeUndefined();
  expect(screen.getByText(/Classify again to apply it/)).toBeInTheDocument();

  // Re-running applies the user's choice: without a destination no row can be NLR.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  });
  await waitFor(() => expect(workbook.written).toHaveLength(2));
  expect(workbook.written[1].rows.every((r) => !r.cells[3].startsWith('NLR'))).toBe(true);
});

test('an unsupported Excel gets a MessageBar, and nothing is read or written', async () => {
  const { workbook } = renderPane(fakeWorkbook(CATALOG, { supported: false }));
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  expect(await screen.findByText('Excel version not supported')).toBeInTheDocument();
  expect(screen.getByText(/Excel JavaScript API 1.9 or later/)).toBeInTheDocument();
  expect(workbook.written).toHaveLength(0);
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

test('a sheet without a header row says what EARmark looks for', async () => {
  renderPane(fakeWorkbook([['hello', 'world'], [1, 2]]));
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  expect(await screen.findByText('No header row found')).toBeInTheDocument();
  expect(screen.getByText(/first 30 rows/)).toBeInTheDocument();
});

test('a refused write is explained, and the summary is not shown', async () => {
  renderPane(fakeWorkbook(CATALOG, { refuseWrite: true }));
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  expect(await screen.findByText('Results not written')).toBeInTheDocument();
  expect(screen.getByText(/would cover cells that hold your data/)).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Summary' })).not.toBeInTheDocument();
});

test('Cancel during classification stops before anything is written', async () => {
  const engine = fakeEngine();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const determine = engine.determine;
  engine.determine = async (rows) => {
    await gate;
    return determine(rows);
  };
  const { workbook } = renderPane(fakeWorkbook(CATALOG), engine);
  fireEvent.click(screen.getByRole('button', { name: 'Classify sheet' }));
  expect(await screen.findByText('Classifying 0 of 3 rows…')).toBeInTheDocument();
  expect(screen.getByRole('progressbar')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Classify sheet' })).toBeDisabled();

  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await act(async () => release());
  expect(await screen.findByText('Cancelled')).toBeInTheDocument();
  expect(screen.getByText('Stopped before anything was written to the sheet.')).toBeInTheDocument();
  expect(workbook.written).toHaveLength(0);
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Classify sheet' })).toBeEnabled();
});

test('a region that starts below and right of A1 is written at the right sheet rows and columns', async () => {
  // The same catalog read from C5: grid row 0 is sheet row 5, grid column 0 is sheet column C.
  const { workbook } = renderPane(fakeWorkbook(CATALOG, { firstRow: 5, firstColumn: 2 }));
  await classify();
  const block = workbook.written[0];
  expect(block.headerRow).toBe(7);
  expect(block.column).toBe(7); // H: right of C..G
  expect(block.rows.map((r) => r.row)).toEqual([8, 9, 11]);
  expect(screen.getByTestId('written-where')).toHaveTextContent('columns H–O of Catalog');
  expect(screen.getByText(/Headers found in row 7 of Catalog/)).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'Column mapping' })).getByRole('combobox', { name: 'ECCN' })).toHaveTextContent('ECCN (E)');
});

test('rows to review are listed, and choosing one selects it on the sheet', async () => {
  const { workbook } = renderPane();
  await classify();
  const list = within(screen.getByRole('heading', { name: 'Rows to review' }).closest('section')!);
  const items = list.getAllByRole('button');
  expect(items).toHaveLength(1); // AC-200 (3A001 to China); AC-100 and AC-300 are CLEAR
  expect(items[0]).toHaveTextContent('Row 5 · AC-200 · License required · China');
  fireEvent.click(items[0]);
  await waitFor(() => expect(workbook.selected).toEqual([{ sheetName: 'Catalog', row: 5, column: 0, columnCount: 13 }]));
});
