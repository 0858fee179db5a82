// Assertion helpers shared by the verifier tests: a result is refused with a given status.

import { expect } from 'vitest';
import { VERIFICATION_STATUSES, type VerifyResult } from '../../../vm/verifier/index.js';

type StatusName = keyof typeof VERIFICATION_STATUSES;

export function expectRefused(result: VerifyResult, name: StatusName, where: { function?: string; offset?: number } = {}): void {
  if (result.ok) throw new Error(`expected ${name}, but the module verified`);
  expect(result.error.name, result.error.message).toBe(name);
  expect(result.error.code).toBe(VERIFICATION_STATUSES[name].code);
  if (where.function !== undefined) expect(result.error.function).toBe(where.function);
  if (where.offset !== undefined) expect(result.error.offset).toBe(where.offset);
}

export function expectOk(result: VerifyResult): void {
  if (!result.ok) throw new Error(`expected the module to verify: ${result.error.name}: ${result.error.message}`);
}
