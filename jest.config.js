/** Two projects: pure/node tests and DOM tests (React pane). The browser test lives in test/e2e and runs in node. */
const transform = {
  '^.+\\.(t|m?j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
};
// @noble/hashes ships only as ES modules, as does csv-parse's browser build (used by the screening-list
// importer, which runs in the add-in too); jest runs CommonJS, so they are transformed like our code.
// @fluentui/react-charts draws with d3, whose packages are ES modules only.
const transformIgnorePatterns = ['/node_modules/(?!@noble/hashes/|csv-parse/dist/esm/|d3-|internmap/|@fluentui/react-charts/)'];
const moduleNameMapper = {
  '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.tsx'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
};
