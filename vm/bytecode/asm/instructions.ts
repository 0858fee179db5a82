// One instruction line of a listing: a Cursor just past the optional `N:` label in, the opcode,
// its operand syntax and its source span out. Operands are written as the disassembler writes
// them (disasm.ts), led by the datatype or function they name:
//
//   instr      := OPNAME operands [ '//' span ]
//   operands   := handleRef typeArgs? ( '.' field | '::' variant | '[' entry,* ']' )?   datatype ops
//               | handleRef typeArgs?                                                  Call
//               | operand { ',' operand }                                              the rest
//   operand    := 'loc'N | N | target | constRef | type
//   target     := N [ '(past the end)' ]          N is an instruction label
//   constRef   := '[' N ']' [name] | 'const#' N | '?const#' N | name
//   entry      := variant ':' target              VariantSwitch, one per variant in order
//   span       := LINE ':' COL '-' ENDLINE ':' ENDCOL

import { OPCODES, type OperandKind } from '../opcodes.js';
import { MAX_INDEX, type Cursor } from './cursor.js';
import type { InstrSyn, MemberRefSyn, OperandSyn, TargetSyn } from './syntax.js';
import { parseHandleRef, parseInteger, parseType, parseTypeArgs } from './types.js';

const OPCODE_BY_NAME = new Map(OPCODES.map((o, i) => [o.name, i]));
const OPCODE_BY_LOWER = new Map(OPCODES.map((o) => [o.name.toLowerCase(), o.name]));

export function isOpcodeName(name: string): boolean {
  return OPCODE_BY_NAME.has(name);
}

export function parseInstruction(c: Cursor): InstrSyn {
  const at = c.ws().at();
  const start = c.pos;
  const name = c.ident('an instruction');
  const op = OPCODE_BY_NAME.get(name);
  if (op === undefined) {
    const near = OPCODE_BY_LOWER.get(name.toLowerCase());
    c.fail(`unknown instruction \`${name}\`${near ? `; did you mean \`${near}\`?` : ''}`, start);
  }
  const operands = parseOperands(c, OPCODES[op]!.operands);
  const span = parseSpan(c);
  return { at, op, operands, span };
}

function parseOperands(c: Cursor, kinds: readonly OperandKind[]): OperandSyn[] {
  const has = (k: OperandKind): boolean => kinds.includes(k);
  if (has('datatype') || has('function')) {
    const ref = parseHandleRef(c, has('datatype') ? 'datatype' : 'function');
    const types = has('types') ? parseTypeArgs(c) : [];
    const parts: Partial<Record<OperandKind, OperandSyn>> = { datatype: { k: 'handle', ref }, function: { k: 'handle', ref }, types: { k: 'types', types } };
    if (has('field')) {
      c.expect('.', 'before the field');
      parts.field = { k: 'member', ref: parseMember(c, 'field') };
    }
    if (has('variant')) {
      c.expect('::', 'before the variant');
      parts.variant = { k: 'member', ref: parseMember(c, 'variant') };
    }
    if (has('offsets')) parts.offsets = parseJumpTable(c);
    return kinds.map((k) => parts[k] ?? c.fail(`internal: no syntax for operand kind ${k}`));
  }
  return kinds.map((k, i) => {
    if (i > 0) c.expect(',', 'between operands');
    return parseOperand(c, k);
  });
}

function parseOperand(c: Cursor, kind: OperandKind): OperandSyn {
  switch (kind) {
    case 'u8':
    case 'u16':
    case 'u32':
    case 'u64':
    case 'u128':
    case 'u256': {
      const v = parseInteger(c, kind);
      return typeof v === 'bigint' ? { k: 'bigint', value: v } : { k: 'number', value: v };
    }
    case 'local':
      return { k: 'number', value: parseLocal(c) };
    case 'count':
      return { k: 'number', value: c.index('an element count') };
    case 'offset':
      return { k: 'target', target: parseTarget(c) };
    case 'const':
      return parseConstRef(c);
    case 'type':
      return { k: 'type', type: parseType(c) };
    case 'types':
      return { k: 'types', types: parseTypeArgs(c) };
    default:
      return c.fail(`internal: operand kind ${kind} outside a datatype or call instruction`);
  }
}

/** `loc3`, or the bare number. */
export function parseLocal(c: Cursor): number {
  c.ws();
  if (c.peekDigit()) return c.index('a local');
  const start = c.pos;
  const id = c.ident('a local such as loc0');
  const m = /^loc([0-9]+)$/.exec(id);
  if (!m || BigInt(m[1]!) > BigInt(MAX_INDEX)) c.fail(`expected a local such as loc0, found \`${id}\``, start);
  return Number(m[1]);
}

function parseMember(c: Cursor, kind: 'field' | 'variant'): MemberRefSyn {
  const at = c.ws().at();
  const index = c.ref(kind);
  if (index !== undefined) return { at, index };
  if (!c.peekName()) c.fail(`expected a ${kind} name or ${kind}#N, found ${c.found()}`);
  return { at, name: c.name(`a ${kind} name`) };
}

function parseTarget(c: Cursor): TargetSyn {
  const at = c.ws().at();
  const value = c.index('a jump target (an instruction label)');
  const raw = c.peek('(past the end)');
  if (raw) c.pos += '(past the end)'.length;
  return { at, value, raw };
}

function parseJumpTable(c: Cursor): OperandSyn {
  c.expect('[', 'to open the jump table');
  const entries: Array<{ label: MemberRefSyn; target: TargetSyn }> = [];
  if (!c.eat(']')) {
    do {
      const label = parseMember(c, 'variant');
      c.expect(':', 'after the variant');
      entries.push({ label, target: parseTarget(c) });
    } while (c.eat(','));
    c.expect(']', 'to close the jump table');
  }
  return { k: 'table', entries };
}

function parseConstRef(c: Cursor): OperandSyn {
  const at = c.ws().at();
  const index = c.ref('const');
  if (index !== undefined) return { k: 'const', at, index };
  if (c.eat('[')) {
    const i = c.index('a constant index');
    c.expect(']');
    return c.atEnd() ? { k: 'const', at, index: i } : { k: 'const', at, index: i, name: c.name('the constant name') };
  }
  return { k: 'const', at, name: c.name('a constant') };
}

const SPAN = /^\s*([0-9]+):([0-9]+)-([0-9]+):([0-9]+)\s*$/;

/**
 * The trailing `// 7:5-7:20` comment: the instruction's line-table entry. Other comments are
 * free text, but one that starts with a digit must be a span, so a mistyped span is not lost.
 */
function parseSpan(c: Cursor): [number, number, number, number] {
  if (!c.atEnd()) c.fail(`unexpected ${c.found()} after the operands`);
  const start = c.pos;
  const text = c.comment();
  if (text === undefined || !/^\s*[0-9]/.test(text)) return [0, 0, 0, 0];
  const m = SPAN.exec(text);
  const nums = m ? m.slice(1, 5).map((d) => BigInt(d)) : [];
  if (!m || nums.some((n) => n > BigInt(MAX_INDEX))) c.fail('a source span is written LINE:COLUMN-ENDLINE:ENDCOLUMN, e.g. // 7:5-7:20', start);
  return nums.map(Number) as [number, number, number, number];
}
