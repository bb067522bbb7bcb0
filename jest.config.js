/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Prefer TypeScript sources over any compiled output next to them.
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/out/', '/dist/', '/cdktf.out/'],
  // Synthesizing cdktf stacks and running terraform are slow on a small machine.
  testTimeout: 120000,
  // The default reporter, plus one line per Lua interpreter on how many redact.lua tests ran on it.
  reporters: ['default', '<rootDir>/test/lua-summary-reporter.js'],
};
