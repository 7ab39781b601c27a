/** The fake Excel API: build a workbook, install it on the globals, read results back. */
export { FakeWorkbook, FakeSheet, DEFAULT_OPTIONS, type FakeCell, type FakeStats, type FakeOptions, type FakeRunOptions, type SheetFixture, type FixtureValue } from './FakeWorkbook';
export { installFakeOffice, createFakeExcel, createFakeOffice } from './installFakeOffice';
export { FakeOfficeError } from './officeErrors';
export { FakeRequestContext, jsonBytes, utf8Length } from './FakeRequestContext';
export { columnLetters, formatAddress, parseAddress } from './a1';
export { createBrowserFake, type Fixture } from './createBrowserFake';
