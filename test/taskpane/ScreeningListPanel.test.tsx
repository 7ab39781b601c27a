import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ScreeningList } from '../../src/engine';
import { ScreeningListPanel } from '../../src/taskpane/features/screening/ScreeningListPanel';
import { memoryScreeningListStore, type ScreeningListStore } from '../../src/taskpane/features/screening/screeningListStore';

const FIXTURES = path.resolve(__dirname, '../fixtures/screening');
const NOW = new Date('2026-08-03T12:00:00Z');

function fileOf(name: string, text: string, lastModified = Date.parse('2026-07-31T08:00:00Z')): File {
  return new File([text], name, { type: 'text/plain', lastModified });
}

function renderPanel(store: ScreeningListStore, onListChange = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ScreeningListPanel store={store} onListChange={onListChange} now={() => NOW} />
    </FluentProvider>,
  );
  return onListChange;
}

async function pick(file: File) {
  await act(async () => {
    fireEvent.change(screen.getByTestId('screening-list-file'), { target: { files: [file] } });
  });
}

const csv = readFileSync(path.join(FIXTURES, 'fictitious-list.csv'), 'utf8');
const json = readFileSync(path.join(FIXTURES, 'fictitious-list.json'), 'utf8');

test('with no list: says parties are not screened, and tells the run there is no list', async () => {
  const onListChange = renderPanel(memoryScreeningListStore());
  await waitFor(() => expect(onListChange).toHaveBeenCalledWith(null));
  expect(screen.getByText(/reported as not screened \(not as “no match”\)/)).toBeInTheDocument();
});

test('loads a CSV: keeps it in the store with its date and counts per source, and hands it to the run', async () => {
  const store = memoryScreeningListStore();
  const onListChange = renderPanel(store);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Load screening list…' })).toBeEnabled());
  await pick(fileOf('consolidated.csv', csv));

  expect(await screen.findByText('consolidated.csv: 10 entries, dated 2026-07-31 (3 days old)')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Entries per source list' });
  const row = within(table).getByText('Entity List (EL) - Bureau of Industry and Security').closest('tr');
  expect(row?.querySelectorAll('td')[1]?.textContent).toBe('3');
  expect(screen.queryByText('The screening list is out of date')).not.toBeInTheDocument();
  const stored = await store.load();
  expect(stored).toMatchObject({ fileName: 'consolidated.csv', fileDate: '2026-07-31T08:00:00.000Z', importedAt: NOW.toISOString() });
  expect((onListChange.mock.calls.at(-1)?.[0] as ScreeningList).entries).toHaveLength(10);
});

test('warns when the list is older than 7 days (the JSON carries its own date)', async () => {
  const store = memoryScreeningListStore();
  renderPanel(store);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Load screening list…' })).toBeEnabled());
  const old = JSON.stringify({ ...JSON.parse(json), search_performed_at: '2026-07-20T00:00:00+00:00' });
  await pick(fileOf('consolidated.json', old));
  expect(await screen.findByText('The screening list is out of date')).toBeInTheDocument();
  expect(screen.getByText(/It is 14 days old/)).toBeInTheDocument();
});

test('refuses a malformed file with the reason, and keeps the previous list in use', async () => {
  const store = memoryScreeningListStore();
  const onListChange = renderPanel(store);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Load screening list…' })).toBeEnabled());
  await pick(fileOf('consolidated.csv', csv));
  await screen.findByText(/consolidated\.csv: 10 entries/);
  const calls = onListChange.mock.calls.length;

  await pick(fileOf('parties.csv', 'name,country\nAcme,DE\n'));
  expect(await screen.findByText('Screening list refused')).toBeInTheDocument();
  expect(screen.getByText(/parties\.csv was not loaded: .*header lacks/)).toHaveTextContent('The previous list stays in use.');
  expect(screen.getByText(/consolidated\.csv: 10 entries/)).toBeInTheDocument();
  expect((await store.load())?.fileName).toBe('consolidated.csv');
  expect(onListChange.mock.calls.length).toBe(calls);
});

test('reads the list saved on this machine on opening, and removes it on request', async () => {
  const seeded = memoryScreeningListStore();
  const first = renderPanel(seeded);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Load screening list…' })).toBeEnabled());
  await pick(fileOf('consolidated.csv', csv));
  await screen.findByText(/consolidated\.csv: 10 entries/);
  expect(first).toHaveBeenCalled();
  document.body.innerHTML = '';

  const onListChange = renderPanel(seeded);
  expect(await screen.findByText(/consolidated\.csv: 10 entries/)).toBeInTheDocument();
  expect((onListChange.mock.calls[0]?.[0] as ScreeningList).entries).toHaveLength(10);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Remove list' }));
  });
  expect(onListChange).toHaveBeenLastCalledWith(null);
  expect(await seeded.load()).toBeNull();
});
