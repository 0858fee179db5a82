// VM status codes: every way the VM can refuse or stop is a number in one of four documented
// ranges, so a tool can tell a malformed module from a bad transaction from an internal bug.
//
//   1000–1999  decoding          the bytes are not a module (vm/bytecode/decode-status.ts)
//   2000–2999  verification      a module breaks a safety rule (vm/verifier/status.ts)
//   3000–3999  invariant violation  an internal bug caught at run time (below)
//   4000–4999  execution         abort, arithmetic error, out of gas, limits (vm/runtime/status.ts)
//
// Each file lists its codes with a one-line meaning; docs/VM_STATUS.md is generated from them.

export interface StatusInfo {
  code: number;
  name: string;
  doc: string;
}

export type StatusRange = 'decoding' | 'verification' | 'invariant' | 'execution';

export const RANGES: Readonly<Record<StatusRange, readonly [number, number]>> = {
  decoding: [1000, 1999],
  verification: [2000, 2999],
  invariant: [3000, 3999],
  execution: [4000, 4999],
};

export function rangeOf(code: number): StatusRange | undefined {
  for (const [name, [lo, hi]] of Object.entries(RANGES) as Array<[StatusRange, readonly [number, number]]>) {
    if (code >= lo && code <= hi) return name;
  }
  return undefined;
}

/** Internal bugs: a stray exception in the verifier or VM becomes one of these, never a crash. */
export const INVARIANT_STATUSES = {
  UNKNOWN_INVARIANT_VIOLATION: { code: 3000, name: 'UNKNOWN_INVARIANT_VIOLATION', doc: 'An unexpected internal error; the message says where.' },
  VERIFIER_INVARIANT_VIOLATION: { code: 3001, name: 'VERIFIER_INVARIANT_VIOLATION', doc: 'The verifier itself failed on a module; the module is rejected.' },
  INTERPRETER_INVARIANT_VIOLATION: { code: 3002, name: 'INTERPRETER_INVARIANT_VIOLATION', doc: 'The interpreter met a state the verifier should have ruled out.' },
} as const satisfies Record<string, StatusInfo>;
