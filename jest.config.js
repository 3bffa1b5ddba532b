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
      setupFiles: ['<rootDir>/test/setup/quiet-logs.ts', '<rootDir>/test/setup/install-local-host.ts'],
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
