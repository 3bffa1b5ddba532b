/** Unit tests sit beside their code; integration and browser tests live under test/. */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];

/** htmlparser2 and its helpers ship ES modules only; jest's CommonJS runtime needs them compiled. */
const esmOnlyPackages = [
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'entities',
];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`];

const nodeSetupFiles = ['<rootDir>/test/setup/quiet-logs.ts', '<rootDir>/test/setup/install-local-host.ts'];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/local/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
        '<rootDir>/bench/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/reliability/'],
      setupFiles: nodeSetupFiles,
      transformIgnorePatterns,
    },
    {
      /** Crashes, overlaps, outages (and hostile input, security): the real handlers on the local host. */
      displayName: 'reliability',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
      setupFiles: [...nodeSetupFiles, '<rootDir>/test/reliability/setup/quiet-app-logs.ts'],
      /** After the run, one table of every reliability suite's figures (test-output/reliability/*.json). */
      globalSetup: '<rootDir>/test/reliability/setup/clear-results.ts',
      globalTeardown: '<rootDir>/test/reliability/setup/print-summary.ts',
      transformIgnorePatterns,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/static/{admin,issue-panel}/src/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/static/admin/src/test-setup.ts'],
      transformIgnorePatterns,
      moduleNameMapper: { '\\.(css)$': '<rootDir>/static/admin/src/test-style-stub.ts' },
    },
  ],
};
