/**
 * Prints "N passed, N failed" summed over the vitest and Playwright JSON reports (the last line
 * of .ci/run). A report that is missing counts as nothing run; exits 1 if anything failed or if
 * no test ran at all.
 */
import { existsSync, readFileSync } from "node:fs";

interface Counts {
  passed: number;
  failed: number;
}

function vitest(path: string | undefined): Counts {
  if (!path || !existsSync(path)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(path, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
  };
  // A test file that fails to load has no failed test in it, but is a failure all the same.
  return {
    passed: report.numPassedTests,
    failed: Math.max(report.numFailedTests, report.numFailedTestSuites),
  };
}

function playwright(path: string | undefined): Counts {
  if (!path || !existsSync(path)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(path, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
  };
}

const [vitestPath, playwrightPath] = process.argv.slice(2);
const parts = [vitest(vitestPath), playwright(playwrightPath)];
const passed = parts.reduce((sum, c) => sum + c.passed, 0);
const failed = parts.reduce((sum, c) => sum + c.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
