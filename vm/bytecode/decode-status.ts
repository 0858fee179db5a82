// Decoding status codes (1000–1999): why a byte string is not a module. The codec (codec.ts)
// returns one of these instead of throwing, and docs/VM_STATUS.md lists them.
//
// The codes follow the order in which the decoder looks at the bytes: the header first, then the
// MessagePack framing, then the shape of each table, then canonical form. A byte string that
// breaks several rules gets the first one met.

import type { StatusInfo } from '../status.js';

export const DECODING_STATUSES = {
  UNKNOWN_DECODING_ERROR: { code: 1000, name: 'UNKNOWN_DECODING_ERROR', doc: 'The bytes could not be decoded for a reason no other code describes.' },
  BAD_MAGIC: { code: 1001, name: 'BAD_MAGIC', doc: 'The bytes do not start with the module magic `DE ED C0 DE`; this is not a Deed module file.' },
  UNKNOWN_VERSION: { code: 1002, name: 'UNKNOWN_VERSION', doc: 'The format version byte after the magic is not one this VM reads.' },
  TOO_LARGE: { code: 1003, name: 'TOO_LARGE', doc: 'The module is larger than the size limit, so it is refused before any parsing.' },
  MALFORMED: { code: 1004, name: 'MALFORMED', doc: 'The body is not valid MessagePack: truncated data, a length past the end, or an invalid byte.' },
  DISALLOWED_VALUE: { code: 1005, name: 'DISALLOWED_VALUE', doc: 'The body uses a MessagePack value the format never writes: a map, a float, a negative integer, or an extension other than big integers.' },
  TOO_DEEP: { code: 1006, name: 'TOO_DEEP', doc: 'Arrays or types are nested deeper than the format allows.' },
  TRAILING_BYTES: { code: 1007, name: 'TRAILING_BYTES', doc: 'Bytes follow the end of the module body.' },
  BAD_SHAPE: { code: 1008, name: 'BAD_SHAPE', doc: 'A table, record or field has the wrong length or value type (the message gives its path).' },
  BAD_OPCODE: { code: 1009, name: 'BAD_OPCODE', doc: 'An instruction has an opcode number that is not in the instruction set.' },
  BAD_OPERAND: { code: 1010, name: 'BAD_OPERAND', doc: "An instruction operand does not fit its kind: not an integer, out of range for the literal's width, or a malformed type list." },
  BAD_TYPE: { code: 1011, name: 'BAD_TYPE', doc: 'A signature type is malformed: an unknown tag or wrong arity.' },
  BAD_CONSTANT: { code: 1012, name: 'BAD_CONSTANT', doc: "A constant's type is not a constant type (primitives and vectors of them), or its value does not match the type." },
  BAD_LINE_TABLE: { code: 1013, name: 'BAD_LINE_TABLE', doc: 'A line table does not hold exactly four numbers per instruction.' },
  NON_CANONICAL: { code: 1014, name: 'NON_CANONICAL', doc: 'The module is well formed but not in canonical form (e.g. an integer written wider than needed); re-encoding it would give other bytes, so digests would not match.' },
} as const satisfies Record<string, StatusInfo>;

export type DecodingStatusName = keyof typeof DECODING_STATUSES;
