// Sums the JSON reports of vitest and Playwright into one closing line; fails when a suite is
// missing or ran no test, so that a silently empty suite cannot pass.
import { existsSync, readFileSync } from 'node:fs';

const suites = [
  {
    name: 'unit',
    file: 'reports/vitest.json',
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
    }),
  },
  {
    name: 'e2e',
    file: 'reports/playwright.json',
    count: (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }),
  },
];

let passed = 0;
let failed = 0;
let ok = true;
for (const suite of suites) {
  if (!existsSync(suite.file)) {
    console.log(`${suite.name}: no report (${suite.file}); the suite did not run`);
    ok = false;
    continue;
  }
  const counts = suite.count(JSON.parse(readFileSync(suite.file, 'utf8')));
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  if (counts.passed + counts.failed === 0) {
    console.log(`${suite.name}: ran no test`);
    ok = false;
  }
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
