// A worker thread of the parallel test runner. In (workerData): the test build's modules, the
// tests to run and the runner options. Out: one message, the results in the order of the tests
// given. Each worker loads the code once and runs its share with fresh state per test, exactly as
// the sequential runner does, so the results do not depend on how tests are split.

import { parentPort, workerData } from 'node:worker_threads';
import type { CompiledModule } from '../bytecode/module.js';
import { TestRunner, type RunnerOptions, type TestCase } from './runner.js';

interface Job {
  modules: CompiledModule[];
  tests: TestCase[];
  options: { gasLimit?: number };
}

const job = workerData as Job;
const options: RunnerOptions = job.options.gasLimit !== undefined ? { gasLimit: job.options.gasLimit } : {};
const runner = new TestRunner(job.modules, options);
parentPort!.postMessage(job.tests.map((t) => runner.run(t)));
