import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RunSummary } from '../../src/engine';
import { SummaryView } from '../../src/taskpane/features/summary/SummaryView';

const summary: RunSummary = {
  rowsRead: 1234,
  rowsSkipped: 5,
  byStatus: { CLEAR: 1000, FLAGGED: 34, NEEDS_REVIEW: 200 },
  byLicense: { NLR: 900, LICENSE_REQUIRED: 120, PROHIBITED: 4, NOT_DETERMINED: 210 },
  screeningNotPerformed: 77,
  rulesVersion: '2026.07.1',
  effectiveDate: '2026-07-23',
};

function count(table: string, label: string): string {
  const row = within(screen.getByRole('table', { name: table })).getByText(label).closest('tr');
  return row?.querySelectorAll('td')[1]?.textContent ?? '';
}

test('shows every count of a run, by status and by license outcome', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryView summary={summary} />
    </FluentProvider>,
  );
  expect(count('Rows', 'Rows read')).toBe('1,234');
  expect(count('Rows', 'Rows skipped (blank)')).toBe('5');
  expect(count('Rows', 'Rows not screened (no screening list)')).toBe('77');
  expect(count('Rows by status', 'CLEAR')).toBe('1,000');
  expect(count('Rows by status', 'FLAGGED')).toBe('34');
  expect(count('Rows by status', 'NEEDS REVIEW')).toBe('200');
  expect(count('Rows by license outcome', 'NLR (no license required)')).toBe('900');
  expect(count('Rows by license outcome', 'License required')).toBe('120');
  expect(count('Rows by license outcome', 'Prohibited')).toBe('4');
  expect(count('Rows by license outcome', 'Not determined')).toBe('210');
});

test('says that NLR is not a clearance, and which rules it rests on', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryView summary={summary} />
    </FluentProvider>,
  );
  expect(screen.getByText('NLR is not a clearance')).toBeInTheDocument();
  const note = screen.getByText(/End-user, end-use and restricted-party checks still apply/);
  expect(note).toHaveTextContent('not a legal ruling');
  expect(note).toHaveTextContent('effective 2026-07-23');
});
