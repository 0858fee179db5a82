// Why a transaction did not run or did not succeed. In: the executor's checks and the runtime's
// ExecutionErrors. Out: Rejection (the transaction is refused before execution: nothing changes,
// no gas is charged, as Sui refuses invalid user input) and CommandFailure (execution failed:
// the effects carry it and gas is charged), with Move aborts decoded, clever errors included.
//
// Clever abort codes (Sui's layout): bit 63 set, bits 32..47 the source line, bits 16..31 the
// index of the constant's name in the module's identifiers, bits 0..15 the constant's index;
// 0xffff in both index fields for a bare `abort`/`assert!` without a constant.

import type { CompiledModule, ConstValue } from '../bytecode/module.js';
import type { ExecutionError } from '../runtime/errors.js';
import { EXECUTION_STATUSES as S } from '../runtime/status.js';
import { INVARIANT_STATUSES } from '../status.js';
import type { CleverError, ExecutionErrorKind, ExecutionFailure } from './effects.js';

export type RejectionCode =
  | 'MalformedTransaction'
  | 'InvalidSignature'
  | 'TransactionExpired'
  | 'GasPriceTooLow'
  | 'GasPriceTooHigh'
  | 'GasBudgetTooLow'
  | 'GasBudgetTooHigh'
  | 'MissingGasPayment'
  | 'InvalidGasObject'
  | 'GasBalanceTooLow'
  | 'DuplicateObjectInput'
  | 'ObjectNotFound'
  | 'ObjectVersionUnavailableForConsumption'
  | 'ObjectDigestMismatch'
  | 'ObjectOwnedByOther'
  | 'InvalidChildObjectArgument'
  | 'NotSharedObject'
  | 'SharedObjectAsOwned'
  | 'MutableClockNotAllowed'
  | 'PackageAsInput'
  | 'InternalError';

export interface Rejection {
  code: RejectionCode;
  message: string;
}

/** Thrown inside command execution; the executor turns it into the failure status. */
export class CommandFailure extends Error {
  constructor(readonly failure: ExecutionFailure) {
    super(failure.message);
  }
}

export function failure(kind: ExecutionErrorKind, message: string): CommandFailure {
  return new CommandFailure({ kind, message });
}

const CLEVER_TAG = 1n << 63n;
const NO_INDEX = 0xffff;

function constText(v: ConstValue): string {
  if (v instanceof Uint8Array) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(v);
    } catch {
      return '0x' + Buffer.from(v).toString('hex');
    }
  }
  if (Array.isArray(v)) return `[${v.map(constText).join(', ')}]`;
  return String(v);
}

/** Decodes a clever abort code against the module that aborted (undefined if it is not one). */
export function decodeClever(code: bigint, module: CompiledModule | undefined): CleverError | undefined {
  if ((code & CLEVER_TAG) === 0n) return undefined;
  const line = Number((code >> 32n) & 0xffffn);
  const ident = Number((code >> 16n) & 0xffffn);
  const constant = Number(code & 0xffffn);
  const out: CleverError = { line };
  if (module !== undefined && ident !== NO_INDEX) {
    const name = module.identifiers[ident];
    if (name !== undefined) out.constantName = name;
  }
  if (module !== undefined && constant !== NO_INDEX) {
    const c = module.constants[constant];
    if (c !== undefined) out.value = constText(c.value);
  }
  return out;
}

/** The failure for a runtime error; `moduleOf` finds the aborting module for clever errors. */
export function failureOf(e: ExecutionError, moduleOf: (address: string, name: string) => CompiledModule | undefined): ExecutionFailure {
  const where = e.location ? ` in ${e.location.module.address}::${e.location.module.name}::${e.location.function} at instruction ${e.location.offset}${e.location.line !== undefined ? ` (line ${e.location.line})` : ''}` : '';
  const kind = ((): ExecutionErrorKind => {
    switch (e.code) {
      case S.ABORTED.code:
        return 'MoveAbort';
      case S.OUT_OF_GAS.code:
        return 'InsufficientGas';
      case S.ARITHMETIC_ERROR.code:
      case S.VECTOR_OUT_OF_BOUNDS.code:
      case S.VECTOR_UNPACK_LENGTH.code:
      case S.VARIANT_MISMATCH.code:
      case S.NATIVE_ERROR.code:
        return 'MovePrimitiveRuntimeError';
      case S.CALL_STACK_OVERFLOW.code:
      case S.VECTOR_TOO_LONG.code:
      case S.VALUE_TOO_LARGE.code:
      case S.TYPE_TOO_DEEP.code:
        return 'VMResourceLimit';
      case S.CONSTRAINT_NOT_SATISFIED.code:
        return 'TypeArgumentError';
      case S.BAD_CALL_ARGUMENTS.code:
        return 'CommandArgumentError';
      case S.FUNCTION_NOT_FOUND.code:
        return 'FunctionNotFound';
      case INVARIANT_STATUSES.INTERPRETER_INVARIANT_VIOLATION.code:
      case INVARIANT_STATUSES.UNKNOWN_INVARIANT_VIOLATION.code:
        return 'VMInvariantViolation';
      default:
        return 'VMInvariantViolation';
    }
  })();
  const f: ExecutionFailure = { kind, message: `${e.name}: ${e.message}${where}` };
  if (kind === 'MoveAbort' && e.location !== undefined && e.abortCode !== undefined) {
    const m = e.location.module;
    f.moveAbort = { module: `${m.address}::${m.name}`, function: e.location.function, instruction: e.location.offset, code: e.abortCode };
    const clever = decodeClever(e.abortCode, moduleOf(m.address, m.name));
    if (clever !== undefined) {
      f.moveAbort.clever = clever;
      f.message += clever.constantName !== undefined ? `: ${clever.constantName}${clever.value !== undefined ? ` (${clever.value})` : ''}` : '';
    }
  }
  return f;
}
