// The unit-test runner. In: the compiled modules of a test build (the package's, its
// dependencies', std's and sui's, all in test mode) and options (gas limit per test, named
// addresses for resolving `abort_code = pkg::m::E`). Out: the `#[test]` functions found, and for
// each one run a TestResult: passed or failed with the reason, the error decoded (status, abort
// code, constant name, module, function, source line) and what std::debug::print wrote.
//
// The code is loaded once into one Runtime and shared; every test gets fresh state: a new gas
// meter, a new extensions map and a new TestScenario (vm/testing/scenario.ts), so objects,
// inventories and events never leak from one test to the next. Only vm/ and the natives are
// used here; building is the caller's job (cli/testing/), so vm/ never imports the compiler.

import type { CompiledModule, ModuleId } from '../bytecode/module.js';
import { showModuleId } from '../bytecode/module.js';
import { BudgetGasMeter } from '../gas/meter.js';
import { decodeClever } from '../execution/errors.js';
import type { ExecutionError } from '../runtime/errors.js';
import { Runtime } from '../runtime/index.js';
import { EXECUTION_STATUSES as S } from '../runtime/status.js';
import { registerStdlibNatives } from '../../stdlib/natives/index.js';
import { DEFAULT_RGP } from '../../stdlib/natives/sui/runtime.js';
import { testScenarioNatives } from '../../stdlib/natives/sui/test_scenario.js';
import { expectationOf, type ExpectedFailure, type Expectation } from './expected.js';
import { TEST_SCENARIO_KEY, TestScenario } from './scenario.js';

/**
 * Gas units per test. Sui's runner allows about a million instructions; the cheapest Deed
 * instructions cost 1-3 units and a call 20 (vm/gas/schedule.ts), so 10 million units is of that
 * order, and an infinite loop still ends in well under a second.
 */
export const DEFAULT_TEST_GAS_LIMIT = 10_000_000;

export interface TestCase {
  /** `0x0::counter_tests::test_increment` */
  name: string;
  module: ModuleId;
  function: string;
  expectation: Expectation;
}

/** A runtime error as a test report shows it. */
export interface TestError {
  status: string;
  message: string;
  /** Decimal. */
  abortCode?: string;
  /** The constant the code stands for: a clever error's, or the unique u64 constant with that value. */
  constant?: string;
  /** `0x0::counter` */
  module?: string;
  function?: string;
  /** Source line: a clever error's, else the failing instruction's. */
  line?: number;
  file?: string;
}

export interface TestResult {
  name: string;
  passed: boolean;
  /** Why it failed, in one sentence. */
  reason?: string;
  error?: TestError;
  /** Lines written by std::debug::print, in order. */
  output: string[];
  gasUsed: number;
}

export interface RunnerOptions {
  gasLimit?: number;
  /** Named addresses (`std`, `sui`, the package's) as 0x + 64 hex. */
  addresses?: ReadonlyMap<string, string>;
}

const moduleKey = (id: ModuleId): string => `${id.address}::${id.name}`;

/** The `#[test]` functions of `modules`, sorted by name (the order results are reported in). */
export function discoverTests(modules: Iterable<CompiledModule>, addresses: ReadonlyMap<string, string> = new Map(), aliases: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map()): TestCase[] {
  const all = [...modules];
  const byKey = new Map(all.map((m) => [moduleKey(m.moduleHandles[0]!), m]));
  const out: TestCase[] = [];
  for (const m of all) {
    const id = m.moduleHandles[0]!;
    for (const f of m.functions) {
      if (!f.attributes.some((a) => a.name === 'test')) continue;
      const fn = m.functionHandles[f.handle]!.name;
      out.push({ name: `${showModuleId(id)}::${fn}`, module: id, function: fn, expectation: expectationOf(f.attributes, id, { modules: byKey, addresses, aliases: aliases.get(moduleKey(id)) ?? new Map() }) });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Sui's minor statuses of vector errors. */
function vectorMinor(e: ExecutionError): bigint {
  if (e.code === S.VECTOR_UNPACK_LENGTH.code) return 3n;
  return /pop from an empty/.test(e.message) ? 2n : 1n;
}

const sameModule = (a: ModuleId, b: ModuleId): boolean => a.address === b.address && a.name === b.name;

export class TestRunner {
  readonly runtime: Runtime;
  private readonly modules = new Map<string, CompiledModule>();
  readonly gasLimit: number;
  /** Why the modules do not load (every test then fails with it). */
  readonly loadError: string | undefined;

  constructor(modules: readonly CompiledModule[], options: RunnerOptions = {}) {
    this.gasLimit = options.gasLimit ?? DEFAULT_TEST_GAS_LIMIT;
    // test_scenario's natives exist only here: on chain they are missing, as in Sui.
    this.runtime = new Runtime({ natives: registerStdlibNatives().registerAll(testScenarioNatives), limits: { maxCallDepth: 1024 } });
    for (const m of modules) this.modules.set(moduleKey(m.moduleHandles[0]!), m);
    const loaded = this.runtime.load(modules);
    this.loadError = loaded.status === 'ok' ? undefined : `the test build does not load: ${loaded.error.message}`;
  }

  /** Runs one test; `observe` sees its scenario's final state (tools, tests of the runner). */
  run(test: TestCase, observe?: (scenario: TestScenario) => void): TestResult {
    const output: string[] = [];
    const fail = (reason: string, error?: TestError, gasUsed = 0): TestResult => ({ name: test.name, passed: false, reason, ...(error ? { error } : {}), output, gasUsed });
    if (this.loadError !== undefined) return fail(this.loadError);
    if (test.expectation.kind === 'invalid') return fail(test.expectation.message);

    const extensions = new Map<string, unknown>();
    const scenario = new TestScenario(extensions, { rgp: DEFAULT_RGP, gasPrice: DEFAULT_RGP, gasBudget: 0, sponsor: [] });
    extensions.set(TEST_SCENARIO_KEY, scenario);
    const meter = new BudgetGasMeter(this.gasLimit);
    const r = this.runtime.call(test.module, test.function, [], [], meter, { extensions, print: (line) => output.push(...line.split('\n')) });
    observe?.(scenario);
    const gasUsed = meter.used();
    const expected = test.expectation.kind === 'failure' ? test.expectation.expected : undefined;
    if (r.status === 'ok') {
      if (expected === undefined) return { name: test.name, passed: true, output, gasUsed };
      return fail(`expected the test to fail (${describeExpected(expected)}) but it succeeded`, undefined, gasUsed);
    }
    const error = this.describe(r.error);
    if (expected === undefined) return fail(`the test was not expected to fail, but it ${happened(error)}`, error, gasUsed);
    const mismatch = this.mismatch(expected, r.error);
    if (mismatch === undefined) return { name: test.name, passed: true, output, gasUsed };
    return fail(`expected ${describeExpected(expected)}, but the test ${happened(error)}${mismatch}`, error, gasUsed);
  }

  /** Why `e` is not the expected failure ('' if only the description differs); undefined on a match. */
  private mismatch(x: ExpectedFailure, e: ExecutionError): string | undefined {
    const at = e.location?.module;
    if (x.location !== undefined && (at === undefined || !sameModule(at, x.location))) return '';
    switch (x.kind) {
      case 'any':
        return undefined;
      case 'arithmetic_error':
        return e.code === S.ARITHMETIC_ERROR.code ? undefined : '';
      case 'out_of_gas':
        return e.code === S.OUT_OF_GAS.code ? undefined : '';
      case 'vector_error':
        if (e.code !== S.VECTOR_OUT_OF_BOUNDS.code && e.code !== S.VECTOR_UNPACK_LENGTH.code) return '';
        return x.minorStatus === undefined || x.minorStatus === vectorMinor(e) ? undefined : ` (minor status ${vectorMinor(e)})`;
      case 'abort': {
        if (e.code !== S.ABORTED.code || e.abortCode === undefined) return '';
        if (x.code !== undefined && e.abortCode === x.code) return undefined;
        // An #[error] constant: the abort carries its clever encoding, which names it.
        if (x.constant !== undefined && at !== undefined && sameModule(at, x.constant.module)) {
          const clever = decodeClever(e.abortCode, this.modules.get(moduleKey(at)));
          if (clever?.constantName === x.constant.name) return undefined;
        }
        return '';
      }
    }
  }

  private describe(e: ExecutionError): TestError {
    const out: TestError = { status: e.name, message: e.message };
    const loc = e.location;
    const m = loc === undefined ? undefined : this.modules.get(moduleKey(loc.module));
    if (loc !== undefined) {
      out.module = showModuleId(loc.module);
      out.function = loc.function;
      if (loc.line !== undefined) out.line = loc.line;
      if (m !== undefined && m.metadata.sourceFile !== '') out.file = m.metadata.sourceFile;
    }
    if (e.abortCode !== undefined) {
      out.abortCode = e.abortCode.toString();
      const clever = decodeClever(e.abortCode, m);
      if (clever !== undefined) {
        if (clever.constantName !== undefined) out.constant = clever.constantName;
        out.line = clever.line;
      } else if (m !== undefined) {
        const same = m.constants.filter((c) => (typeof c.value === 'bigint' || typeof c.value === 'number') && c.type === 'u64' && BigInt(c.value) === e.abortCode);
        if (same.length === 1) out.constant = same[0]!.name;
      }
    }
    return out;
  }
}

function describeExpected(x: ExpectedFailure): string {
  const where = x.location !== undefined ? ` in ${showModuleId(x.location)}` : '';
  switch (x.kind) {
    case 'any':
      return `a failure${where}`;
    case 'abort': {
      const code = x.constant !== undefined ? `${x.constant.name}${x.code !== undefined ? ` (${x.code})` : ''}` : String(x.code);
      return `an abort with code ${code}${where}`;
    }
    case 'vector_error':
      return `a vector error${x.minorStatus !== undefined ? ` with minor status ${x.minorStatus}` : ''}${where}`;
    default:
      return `${x.kind === 'out_of_gas' ? 'running out of gas' : 'an arithmetic error'}${where}`;
  }
}

/** "aborted with code 1 (ENotOwner) in 0x0::counter::set_value" and the like. */
export function happened(e: TestError): string {
  const where = e.module !== undefined ? ` in ${e.module}::${e.function}` : '';
  switch (e.status) {
    case 'ABORTED':
      return `aborted with code ${e.abortCode}${e.constant !== undefined ? ` (${e.constant})` : ''}${where}`;
    case 'OUT_OF_GAS':
      return `ran out of gas${where}`;
    case 'ARITHMETIC_ERROR':
      return `stopped with an arithmetic error${where}`;
    default:
      return `stopped with ${e.status}${where}: ${e.message}`;
  }
}

/** Runs `tests` one after another with one runner. */
export function runTests(modules: readonly CompiledModule[], tests: readonly TestCase[], options: RunnerOptions = {}): TestResult[] {
  const runner = new TestRunner(modules, options);
  return tests.map((t) => runner.run(t));
}
