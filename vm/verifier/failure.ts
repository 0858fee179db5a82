// How a check refuses a module: it throws a VerifyFailure carrying a verification status and the
// place (function, instruction offset). verifyModule catches it and turns it into a result; any
// other exception is a bug in the verifier and becomes VERIFIER_INVARIANT_VIOLATION. Throwing
// keeps the deep analyses free of error plumbing, and the first failure is the one reported.

import type { VerificationStatus } from './status.js';

export interface Location {
  function?: string;
  offset?: number;
}

export class VerifyFailure extends Error {
  constructor(
    readonly status: VerificationStatus,
    readonly detail: string,
    readonly location: Location = {},
  ) {
    super(`${status.name}: ${detail}`);
  }
}

export function fail(status: VerificationStatus, detail: string, location?: Location): never {
  throw new VerifyFailure(status, detail, location);
}

/** Any JS value as message text, safely (a hostile module may hold bigints, symbols, cycles). */
export function describeValue(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x);
  try {
    return typeof x === 'object' && x !== null ? (Array.isArray(x) ? 'an array' : 'an object') : String(x);
  } catch {
    return typeof x;
  }
}
