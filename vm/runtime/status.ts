// Execution status codes (4000–4999): how a run can stop other than by returning. The interpreter,
// the loader and the natives report every failure as one of these (or, for internal bugs, as an
// invariant violation from vm/status.ts), never as a thrown exception.

import type { StatusInfo } from '../status.js';

export const EXECUTION_STATUSES = {
  ABORTED: { code: 4000, name: 'ABORTED', doc: 'Move code executed `abort` (or a native aborted); the abort code and location are reported.' },
  ARITHMETIC_ERROR: { code: 4001, name: 'ARITHMETIC_ERROR', doc: 'Integer overflow, underflow, division or remainder by zero, a shift by at least the bit width, or a cast of a value that does not fit (as in Move).' },
  OUT_OF_GAS: { code: 4002, name: 'OUT_OF_GAS', doc: 'The gas budget ran out; the location is where the next charge failed.' },
  CALL_STACK_OVERFLOW: { code: 4003, name: 'CALL_STACK_OVERFLOW', doc: 'Calls nested deeper than the call-depth limit.' },
  VECTOR_TOO_LONG: { code: 4004, name: 'VECTOR_TOO_LONG', doc: 'A vector would grow past the maximum vector length.' },
  VALUE_TOO_LARGE: { code: 4005, name: 'VALUE_TOO_LARGE', doc: 'A value (or its serialized form) is larger than the value-size limit.' },
  TYPE_TOO_DEEP: { code: 4006, name: 'TYPE_TOO_DEEP', doc: 'A generic instantiation nests types deeper than the type-depth limit.' },
  VECTOR_OUT_OF_BOUNDS: { code: 4007, name: 'VECTOR_OUT_OF_BOUNDS', doc: 'A vector index past the end, or a pop from an empty vector.' },
  VECTOR_UNPACK_LENGTH: { code: 4008, name: 'VECTOR_UNPACK_LENGTH', doc: 'VecUnpack (or vector::destroy_empty) of a vector whose length is not the expected one.' },
  VARIANT_MISMATCH: { code: 4009, name: 'VARIANT_MISMATCH', doc: 'UnpackVariant of an enum value that holds another variant.' },
  MISSING_NATIVE: { code: 4010, name: 'MISSING_NATIVE', doc: 'A `native fun` was called that no registered native implements.' },
  LINKER_ERROR: { code: 4011, name: 'LINKER_ERROR', doc: 'A module refers to a module, datatype or function that is missing or whose signature differs.' },
  DUPLICATE_MODULE: { code: 4012, name: 'DUPLICATE_MODULE', doc: 'A module with the same address and name is already loaded.' },
  FUNCTION_NOT_FOUND: { code: 4013, name: 'FUNCTION_NOT_FOUND', doc: 'The called module or function does not exist.' },
  BAD_CALL_ARGUMENTS: { code: 4014, name: 'BAD_CALL_ARGUMENTS', doc: 'A host call gave the wrong number of type arguments or arguments, or a value of the wrong shape.' },
  CONSTRAINT_NOT_SATISFIED: { code: 4015, name: 'CONSTRAINT_NOT_SATISFIED', doc: 'A host call gave a type argument lacking an ability its type parameter requires.' },
  NATIVE_ERROR: { code: 4016, name: 'NATIVE_ERROR', doc: 'A native refused its input in a way that is not a Move abort (for example a malformed layout).' },
} as const satisfies Record<string, StatusInfo>;

export type ExecutionStatusName = keyof typeof EXECUTION_STATUSES;
