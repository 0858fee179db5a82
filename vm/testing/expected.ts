// What a test expects. In: a test function's attributes as the compiler kept them
// (`#[test]`, `#[expected_failure(...)]`), the modules of the build and the package's named
// addresses. Out: an Expectation (success, or the failure Sui's attribute syntax describes), or
// a message saying why the attribute cannot be used (the test then fails with it).
//
// Forms (Sui's):
//   #[expected_failure]                                   any abort or runtime error
//   #[expected_failure(abort_code = 3)]                   an abort with code 3, anywhere
//   #[expected_failure(abort_code = E, location = m)]     E resolved in m (or the test module)
//   #[expected_failure(abort_code = m::E)]                a constant of module m: the abort must
//   #[expected_failure(abort_code = pkg::m::E)]           happen in m unless `location` says otherwise
//   #[expected_failure(arithmetic_error, location = Self)]
//   #[expected_failure(out_of_gas, location = m)]
//   #[expected_failure(vector_error, minor_status = 1, location = Self)]
//   #[expected_failure(major_status = 4016, ...)]         Sui's major status numbers (table below)

import type { CompiledModule, ModuleId } from '../bytecode/module.js';
import { addressHex } from '../bytecode/module.js';

export type FailureKind = 'abort' | 'arithmetic_error' | 'out_of_gas' | 'vector_error' | 'any';

export interface ExpectedFailure {
  kind: FailureKind;
  /** For aborts: the code, or the constant whose clever encoding the abort must carry. */
  code?: bigint;
  constant?: { module: ModuleId; name: string };
  minorStatus?: bigint;
  location?: ModuleId;
}

export type Expectation = { kind: 'success' } | { kind: 'failure'; expected: ExpectedFailure } | { kind: 'invalid'; message: string };

/** Sui's major status codes for the kinds a test may expect. */
const SUI_MAJOR: Record<string, FailureKind> = { '4016': 'abort', '4017': 'arithmetic_error', '4002': 'out_of_gas', '4020': 'vector_error' };

export interface Resolver {
  modules: ReadonlyMap<string, CompiledModule>;
  /** Named addresses of the package (`std`, `sui`, the package's own), as 0x + 64 hex. */
  addresses: ReadonlyMap<string, string>;
  /** The test module's `use` aliases of modules (`ts` -> `0x..02::test_scenario`), if known. */
  aliases?: ReadonlyMap<string, string>;
}

const key = (id: ModuleId): string => `${id.address}::${id.name}`;

function numberOf(text: string): bigint | undefined {
  const m = /^(0x[0-9a-fA-F_]+|[0-9_]+)(u8|u16|u32|u64|u128|u256)?$/.exec(text);
  return m ? BigInt(m[1]!.replace(/_/g, '')) : undefined;
}

function addressOf(text: string, r: Resolver): string | undefined {
  if (text.startsWith('@')) text = text.slice(1);
  const n = numberOf(text);
  if (n !== undefined) return addressHex(n);
  return r.addresses.get(text);
}

/** A module named by `m`, `Self`, `pkg::m` or `0x..::m`; modules of the test's own address first. */
function findModule(path: string[], self: ModuleId, r: Resolver): CompiledModule | undefined {
  if (path.length === 1 && path[0] === 'Self') return r.modules.get(key(self));
  if (path.length === 2) {
    const address = addressOf(path[0]!, r);
    return address === undefined ? undefined : r.modules.get(`${address}::${path[1]}`);
  }
  if (path.length !== 1) return undefined;
  const aliased = r.aliases?.get(path[0]!);
  if (aliased !== undefined) return r.modules.get(aliased);
  const own = r.modules.get(`${self.address}::${path[0]}`);
  if (own !== undefined) return own;
  const named = [...r.modules.values()].filter((m) => m.moduleHandles[0]!.name === path[0]);
  return named.length === 1 ? named[0] : undefined;
}

function constantIn(m: CompiledModule, name: string): { value: bigint | undefined } | undefined {
  const c = m.constants.find((x) => x.name === name);
  if (c === undefined) return undefined;
  return { value: typeof c.value === 'bigint' || typeof c.value === 'number' ? BigInt(c.value) : undefined };
}

export function expectationOf(attributes: ReadonlyArray<{ name: string; args: Array<[string, string | boolean]> }>, self: ModuleId, r: Resolver): Expectation {
  const attr = attributes.find((a) => a.name === 'expected_failure');
  if (attr === undefined) return { kind: 'success' };
  const args = new Map(attr.args);
  const out: ExpectedFailure = { kind: 'any' };
  const text = (k: string): string | undefined => {
    const v = args.get(k);
    return typeof v === 'string' ? v : undefined;
  };

  const location = text('location');
  if (location !== undefined) {
    const m = findModule(location.split('::'), self, r);
    if (m === undefined) return { kind: 'invalid', message: `expected_failure: unknown location module \`${location}\`` };
    out.location = m.moduleHandles[0]!;
  }
  for (const k of ['arithmetic_error', 'out_of_gas', 'vector_error'] as const) if (args.has(k)) out.kind = k;
  const major = text('major_status');
  if (major !== undefined) {
    const kind = SUI_MAJOR[String(numberOf(major) ?? major)];
    if (kind === undefined) return { kind: 'invalid', message: `expected_failure: major_status ${major} is not one Deed reports (4016 abort, 4017 arithmetic, 4002 out of gas, 4020 vector)` };
    out.kind = kind;
  }
  const minor = text('minor_status');
  if (minor !== undefined) {
    const n = numberOf(minor);
    if (n === undefined) return { kind: 'invalid', message: `expected_failure: minor_status must be a number, not \`${minor}\`` };
    if (out.kind === 'abort') out.code = n;
    else out.minorStatus = n;
  }

  const code = text('abort_code');
  if (code !== undefined) {
    out.kind = 'abort';
    const n = numberOf(code);
    if (n !== undefined) out.code = n;
    else {
      const path = code.split('::');
      const name = path.pop()!;
      const m = path.length === 0 ? r.modules.get(key(out.location ?? self)) : findModule(path, self, r);
      const c = m === undefined ? undefined : constantIn(m, name);
      if (m === undefined || c === undefined) return { kind: 'invalid', message: `expected_failure: unknown constant \`${code}\`` };
      const id = m.moduleHandles[0]!;
      out.constant = { module: id, name };
      if (c.value !== undefined) out.code = c.value;
      // A named constant places the abort in its module unless `location` says otherwise.
      out.location ??= id;
    }
  }
  return { kind: 'failure', expected: out };
}
