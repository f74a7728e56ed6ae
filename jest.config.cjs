/**
 * One jest run covers every suite (`npm test`):
 * - unit: pure logic, no network, no build needed;
 * - integration: real HTTP against the replica servers on loopback;
 * - build: checks of the built bundle (dist/) — manifest, metadata contract, headless Chromium.
 * `npm test` builds first, so the build suites always see a fresh dist/.
 */
const tsJest = [
  "ts-jest",
  {
    // Type checking is `npm run typecheck` (tsc over the whole tree); with isolatedModules jest
    // only transpiles, file by file.
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true },
  },
];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
module.exports = {
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.cjs"],
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/test/integration/**/*.test.ts"] },
    { ...common, displayName: "build", testMatch: ["<rootDir>/test/build/**/*.test.ts"] },
  ],
};
