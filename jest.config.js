/** jest 30 + ts-jest in ESM mode. Type-checking is `tsc --noEmit`, run first by `npm test`. */
export default {
  testEnvironment: '<rootDir>/test/support/node-environment.cjs',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
};
