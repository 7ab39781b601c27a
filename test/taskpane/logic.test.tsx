/** The pane's small pure helpers: theme choice, column letters, mapping edits, phase text. */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { columnLetter, locateHeader } from '../../src/engine';
import { assignField, reapplyChoices } from '../../src/taskpane/features/mapping/mappingModel';
import { noticeForError, phaseText } from '../../src/taskpane/features/run/runState';
import { isDarkOfficeTheme, themeForOffice } from '../../src/taskpane/theme';
import { CATALOG } from './paneFakes';

test('dark Office themes get the dark Fluent theme', () => {
  expect(themeForOffice('#262626')).toBe(webDarkTheme);
  expect(themeForOffice('#000')).toBe(webDarkTheme);
  expect(themeForOffice('#FFFFFF')).toBe(webLightTheme);
  expect(themeForOffice('#e6e6e6')).toBe(webLightTheme);
  expect(isDarkOfficeTheme(undefined)).toBe(false);
  expect(isDarkOfficeTheme('not a colour')).toBe(false);
});

test('column letters', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('assigning a column moves it from the field that had it; unmapped named columns become attributes', () => {
  const m = locateHeader(CATALOG)!;
  expect(m.fields).toMatchObject({ partNumber: 0, description: 1, eccn: 2, destination: 3, endUser: 4 });
  const moved = assignField(m, 'endUse', 4);
  expect(moved.fields.endUse).toBe(4);
  expect(moved.fields.endUser).toBeUndefined();
  const cleared = assignField(m, 'description', null);
  expect(cleared.fields.description).toBeUndefined();
  expect(cleared.attributeColumns).toEqual([1]);
});

test('session choices are re-applied only to the same header row', () => {
  const m = locateHeader(CATALOG)!;
  const choices = new Map([['destination' as const, null]]);
  expect(reapplyChoices(m, choices, m.headers).fields.destination).toBeUndefined();
  expect(reapplyChoices(m, choices, [...m.headers, 'New column']).fields.destination).toBe(3);
});

test('phase text', () => {
  expect(phaseText('classifying', { done: 2000, total: 12345 })).toBe('Classifying 2,000 of 12,345 rows…');
  expect(phaseText('writing', { done: 1, total: 2 })).toBe('Writing 1 of 2 rows…');
  expect(phaseText('reading', null)).toBe('Reading the sheet…');
});

test('a catalog too large for the add-in gets its own message title', () => {
  const tooLarge = Object.assign(new Error('The sheet holds 3,000,000 cells; EARmark reads up to 2,500,000. Use the CLI.'), { name: 'CatalogTooLargeError' });
  expect(noticeForError(tooLarge, () => false).title).toBe('Sheet too large for the add-in');
});
