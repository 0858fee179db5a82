// Running tests on worker threads. In: the test build's modules, the tests (in report order), the
// runner options and a number of workers. Out: the results in the same order as the tests, the
// same as the sequential runner's whatever the number of workers (each test runs in isolation).
//
// Tests are dealt round-robin so that slow tests of one module spread over the workers. When the
// compiled worker script is not there (running from TypeScript sources, e.g. under vitest), or
// one worker is asked for, the tests run here, sequentially.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompiledModule } from '../bytecode/module.js';
import { runTests, type RunnerOptions, type TestCase, type TestResult } from './runner.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

export async function runTestsParallel(modules: readonly CompiledModule[], tests: readonly TestCase[], options: RunnerOptions, workers: number): Promise<TestResult[]> {
  const n = Math.min(workers, tests.length);
  if (n <= 1 || !workersAvailable()) return runTests(modules, tests, options);
  const shares: number[][] = Array.from({ length: n }, () => []);
  tests.forEach((_t, i) => shares[i % n]!.push(i));
  const results: TestResult[] = new Array(tests.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(WORKER_URL, { workerData: { modules, tests: share.map((i) => tests[i]!), options: options.gasLimit !== undefined ? { gasLimit: options.gasLimit } : {} } });
          w.once('message', (out: TestResult[]) => {
            out.forEach((r, k) => (results[share[k]!] = r));
            void w.terminate();
            resolve();
          });
          w.once('error', reject);
        }),
    ),
  );
  return results;
}
