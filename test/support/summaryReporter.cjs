/**
 * Prints one plain closing line, `jest: N passed, N failed`, after the run (CI reads it; jest's
 * own summary is not a format CI knows).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
