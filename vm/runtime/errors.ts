// Execution errors as the runtime reports them. In: a status (vm/runtime/status.ts or an
// invariant status from vm/status.ts), a message, and where it happened. Out: the plain
// ExecutionError record callers receive instead of exceptions.

import type { ModuleId } from '../bytecode/module.js';
import type { StatusInfo } from '../status.js';

export interface ExecutionLocation {
  module: ModuleId;
  function: string;
  /** Instruction index in the function (0 for a native). */
  offset: number;
  /** Source position from the function's line table, when it has one. */
  line?: number;
  column?: number;
}

export interface ExecutionError {
  code: number;
  name: string;
  message: string;
  location?: ExecutionLocation;
  /** The Move abort code, for ABORTED. */
  abortCode?: bigint;
}

export function executionError(status: StatusInfo, message: string, location?: ExecutionLocation, abortCode?: bigint): ExecutionError {
  const e: ExecutionError = { code: status.code, name: status.name, message };
  if (location !== undefined) e.location = location;
  if (abortCode !== undefined) e.abortCode = abortCode;
  return e;
}
