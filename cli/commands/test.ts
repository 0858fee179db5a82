// `deed test [PATH] [FILTER]`: a package folder and options in; a TestReport out (the tests found,
// their results in a fixed order, or the build's diagnostics), with text and JSON renderers.
// Building is cli/testing/build.ts; running is vm/testing/ (sequential, or on worker threads when
// there are many tests and more than one CPU).

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { buildForTests } from '../testing/build.js';
import { renderText, summarize } from '../testing/render.js';
import type { TestResult } from '../../vm/testing/runner.js';
import { runTestsParallel } from '../../vm/testing/parallel.js';

export interface TestOptions {
  filter?: string;
  gasLimit?: number;
  /** Worker threads; by default several only past PARALLEL_THRESHOLD tests. */
  workers?: number;
  list?: boolean;
  color?: boolean;
}

/** Below this many tests, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 32;

export type TestReport =
  | { ok: boolean; kind: 'results'; package: string; results: TestResult[]; warnings: string }
  | { ok: true; kind: 'list'; package: string; tests: string[] }
  | { ok: false; kind: 'build-error'; message: string; diagnostics: string };

/**
 * `deed test FILTER` in a package folder, as `sui move test FILTER` is used: a lone argument that
 * is not a package folder, while the current folder is one, is the filter.
 */
export function testArguments(first: string, second: string | undefined, cwd = process.cwd()): { path: string; filter?: string } {
  if (second !== undefined) return { path: first, filter: second };
  const isPackage = (dir: string): boolean => existsSync(path.join(path.resolve(cwd, dir), 'Move.toml'));
  if (first !== '.' && !isPackage(first) && !existsSync(path.resolve(cwd, first)) && isPackage('.')) return { path: '.', filter: first };
  return { path: first };
}

export async function testPackage(dir: string, options: TestOptions = {}): Promise<TestReport> {
  const build = buildForTests(dir, options.color !== undefined ? { color: options.color } : {});
  if (!build.ok) return { ok: false, kind: 'build-error', message: build.message, diagnostics: build.diagnostics };
  const tests = options.filter === undefined ? build.tests : build.tests.filter((t) => t.name.includes(options.filter!));
  if (options.list) return { ok: true, kind: 'list', package: build.name, tests: tests.map((t) => t.name) };
  const cpus = availableParallelism();
  const workers = options.workers ?? (tests.length > PARALLEL_THRESHOLD && cpus > 1 ? Math.min(cpus, 8) : 1);
  const results = await runTestsParallel(build.modules, tests, options.gasLimit !== undefined ? { gasLimit: options.gasLimit } : {}, workers);
  return { ok: results.every((r) => r.passed), kind: 'results', package: build.name, results, warnings: build.warnings };
}

export function renderTestText(report: TestReport): { stdout: string; stderr: string } {
  switch (report.kind) {
    case 'build-error':
      return { stdout: '', stderr: `${report.diagnostics}${report.diagnostics.endsWith('\n') || report.diagnostics === '' ? '' : '\n'}deed: ${report.message}\n` };
    case 'list':
      return { stdout: report.tests.map((t) => `${t}: test\n`).join(''), stderr: '' };
    case 'results':
      return { stdout: renderText(report.package, report.results), stderr: report.warnings };
  }
}

export function testJson(report: TestReport): unknown {
  switch (report.kind) {
    case 'build-error':
      return { ok: false, error: report.message, diagnostics: report.diagnostics };
    case 'list':
      return { ok: true, package: report.package, tests: report.tests };
    case 'results':
      return { ok: report.ok, package: report.package, ...summarize(report.results), tests: report.results };
  }
}
