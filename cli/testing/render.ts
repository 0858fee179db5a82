// How `deed test` prints results. In: the package name and the TestResults in report order. Out:
// text in Sui's shape (`[ PASS    ] 0x0::m::t`, `[ FAIL    ] ...` followed by the reason and the
// place, debug output indented under the test's line) ending with the summary line
// `N passed, N failed` alone on its line; or the JSON form.

import type { TestError, TestResult } from '../../vm/testing/runner.js';

export interface TestSummary {
  passed: number;
  failed: number;
}

export function summarize(results: readonly TestResult[]): TestSummary {
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed };
}

function place(e: TestError): string | undefined {
  if (e.module === undefined) return undefined;
  const line = e.line !== undefined ? (e.file !== undefined ? ` (${e.file}:${e.line})` : ` (line ${e.line})`) : '';
  return `at ${e.module}::${e.function}${line}`;
}

export function renderResult(r: TestResult): string {
  const lines = [`[ ${r.passed ? 'PASS' : 'FAIL'}    ] ${r.name}`];
  for (const o of r.output) lines.push(`    ${o}`);
  if (!r.passed) {
    lines.push(`    ${r.reason ?? 'failed'}`);
    const e = r.error;
    if (e !== undefined) {
      const at = place(e);
      if (at !== undefined) lines.push(`    ${at}`);
      if (e.abortCode !== undefined) lines.push(`    abort code ${e.abortCode}${e.constant !== undefined ? ` (${e.constant})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function renderText(pkg: string, results: readonly TestResult[]): string {
  const s = summarize(results);
  const verdict = s.failed === 0 ? 'OK' : 'FAILED';
  return (
    `Running Move unit tests of ${pkg}\n` +
    results.map(renderResult).join('') +
    `Test result: ${verdict}. Total tests: ${results.length}; passed: ${s.passed}; failed: ${s.failed}\n` +
    `${s.passed} passed, ${s.failed} failed\n`
  );
}
