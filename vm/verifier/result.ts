// What the verifier answers: ok, or the first rule a module breaks, with where it broke it.

export interface VerifyError {
  code: number;
  name: string;
  message: string;
  /** The module refused, as `0x2::coin`, when its self handle is readable. */
  module?: string;
  function?: string;
  offset?: number;
}

export type VerifyResult = { ok: true } | { ok: false; error: VerifyError };
