// The gas cost table. In: the gas class of each opcode (vm/bytecode/opcodes.ts) and the names of
// the natives. Out: the documented costs (GAS_CLASSES, NATIVE_GAS), the per-opcode base cost
// array the loader folds into each function's code, and the markdown in docs/GAS.md
// (vm/gas/write-gas-doc.ts).
//
// Units are abstract gas units; a transaction's gas price converts them to coins elsewhere.
// Relative sizes follow Move's schedule: plain stack and branch work is cheapest, calls and
// anything that copies, compares or hashes data pay per unit of data on top of a base.
//
// "Cells" are the abstract value size (vm/runtime/values.ts valueCells): 1 per primitive, 1 per
// container plus its contents. Natives charge per byte of the data they read or produce.

import type { GasClass } from '../bytecode/opcodes.js';
import { OPCODES } from '../bytecode/opcodes.js';

export interface GasCost {
  base: number;
  /** Per cell of a copied or compared value, per vector element, or (natives) per byte. */
  perByte?: number;
  doc: string;
}

export const GAS_CLASSES: Record<GasClass, GasCost> = {
  nop: { base: 1, doc: 'Nop.' },
  stack: { base: 1, doc: 'Pop, FreezeRef: stack bookkeeping only.' },
  const: { base: 2, doc: 'Literal loads (LdU8 ... LdU256, LdTrue, LdFalse).' },
  local: { base: 2, doc: 'MoveLoc, StLoc: moving a value between a local and the stack.' },
  copy: { base: 3, perByte: 1, doc: 'CopyLoc, LdConst: base plus one unit per cell of a container value copied.' },
  branch: { base: 2, doc: 'BrTrue, BrFalse, Branch, VariantSwitch.' },
  call: { base: 20, doc: 'Call: frame set-up; the callee pays for its own instructions, a native for its own work (see natives).' },
  ret: { base: 5, doc: 'Ret: frame tear-down.' },
  arith: { base: 3, doc: 'Integer arithmetic, bitwise and logical operators; u128/u256 cost the same (bounded width).' },
  compare: { base: 3, doc: 'Lt, Gt, Le, Ge.' },
  equality: { base: 3, perByte: 1, doc: 'Eq, Neq: base plus one unit per cell compared for container values.' },
  cast: { base: 3, doc: 'CastU8 ... CastU256.' },
  struct: { base: 4, perByte: 1, doc: 'Pack, Unpack, PackVariant, UnpackVariant: base plus one unit per field.' },
  borrow: { base: 3, doc: 'Borrowing locals, fields and variant fields.' },
  read: { base: 3, perByte: 1, doc: 'ReadRef: base plus one unit per cell of a container value copied.' },
  write: { base: 3, doc: 'WriteRef.' },
  vector: { base: 4, perByte: 1, doc: 'Vector instructions; VecPack and VecUnpack add one unit per element.' },
  abort: { base: 2, doc: 'Abort.' },
};

/**
 * Native costs by registered name. A native charges `base + perByte * n` before doing its work,
 * where n is the size in bytes (or elements) of what it reads or produces, as each entry says.
 */
export const NATIVE_GAS: Record<string, GasCost> = {
  '0x1::vector::empty': { base: 4, doc: 'A new empty vector.' },
  '0x1::vector::length': { base: 4, doc: 'Length of a vector.' },
  '0x1::vector::borrow': { base: 5, doc: 'Borrow an element.' },
  '0x1::vector::borrow_mut': { base: 5, doc: 'Borrow an element mutably.' },
  '0x1::vector::push_back': { base: 5, doc: 'Append an element.' },
  '0x1::vector::pop_back': { base: 5, doc: 'Remove the last element.' },
  '0x1::vector::destroy_empty': { base: 4, doc: 'Destroy an empty vector.' },
  '0x1::vector::swap': { base: 5, doc: 'Swap two elements.' },
  '0x1::bcs::to_bytes': { base: 20, perByte: 2, doc: 'Per byte of the encoding produced.' },
  '0x1::hash::sha2_256': { base: 50, perByte: 2, doc: 'Per byte hashed.' },
  '0x1::hash::sha3_256': { base: 50, perByte: 2, doc: 'Per byte hashed.' },
  '0x1::string::internal_check_utf8': { base: 10, perByte: 1, doc: 'Per byte validated.' },
  '0x1::string::internal_is_char_boundary': { base: 5, doc: 'One byte inspected.' },
  '0x1::string::internal_sub_string': { base: 10, perByte: 1, doc: 'Per byte copied.' },
  '0x1::string::internal_index_of': { base: 10, perByte: 1, doc: 'Per byte of the searched string times the pattern length.' },
  '0x1::type_name::with_defining_ids': { base: 20, perByte: 1, doc: 'Per byte of the name produced.' },
  '0x1::type_name::with_original_ids': { base: 20, perByte: 1, doc: 'Per byte of the name produced.' },
  '0x1::type_name::defining_id': { base: 10, doc: 'Address of the defining package.' },
  '0x1::type_name::original_id': { base: 10, doc: 'Address of the original package.' },
  '0x1::debug::print': { base: 1, doc: 'Debug output; nearly free because it does nothing on chain.' },
  '0x1::debug::print_stack_trace': { base: 1, doc: 'Debug output.' },
  '0x1::unit_test::poison': { base: 1, doc: 'Marks a test build; does nothing.' },
  '0x1::unit_test::destroy': { base: 1, doc: 'Consumes a value (tests only).' },
  '0x2::address::to_u256': { base: 5, doc: 'Address to integer.' },
  '0x2::address::from_u256': { base: 5, doc: 'Integer to address.' },
  '0x2::address::from_bytes': { base: 5, perByte: 1, doc: 'Per byte read.' },
  '0x2::types::is_one_time_witness': { base: 10, doc: 'Inspects the type and its layout.' },
  '0x2::test_utils::destroy': { base: 1, doc: 'Consumes a value (tests only).' },
  '0x2::test_utils::create_one_time_witness': { base: 10, doc: 'Builds a one-time witness (tests only).' },
  '0x2::object::borrow_uid': { base: 10, doc: 'A reference to the UID of an object.' },
  '0x2::object::delete_impl': { base: 100, doc: 'Records a deleted object ID.' },
  '0x2::object::record_new_uid': { base: 100, doc: 'Records a new object ID.' },
  '0x2::transfer::transfer_impl': { base: 200, doc: 'Gives an object a new owner (the storage it takes is charged as storage gas).' },
  '0x2::transfer::share_object_impl': { base: 200, doc: 'Makes a new object shared.' },
  '0x2::transfer::freeze_object_impl': { base: 200, doc: 'Makes an object immutable.' },
  '0x2::transfer::receive_impl': { base: 500, doc: 'Loads an object sent to another object.' },
  '0x2::event::emit': { base: 200, perByte: 2, doc: 'Per byte of the BCS-encoded event.' },
  '0x2::event::num_events': { base: 10, doc: 'Number of events emitted so far (tests).' },
  '0x2::event::events_by_type': { base: 50, doc: 'Events of one type emitted so far (tests).' },
  '0x2::dynamic_field::hash_type_and_key': { base: 100, perByte: 2, doc: 'Per byte of the BCS-encoded key hashed.' },
  '0x2::dynamic_field::add_child_object': { base: 300, doc: 'Attaches a child object.' },
  '0x2::dynamic_field::borrow_child_object': { base: 300, doc: 'Loads (first use) and borrows a child object.' },
  '0x2::dynamic_field::borrow_child_object_mut': { base: 300, doc: 'Loads (first use) and borrows a child object mutably.' },
  '0x2::dynamic_field::remove_child_object': { base: 300, doc: 'Detaches a child object.' },
  '0x2::dynamic_field::has_child_object': { base: 200, doc: 'Whether a child object exists.' },
  '0x2::dynamic_field::has_child_object_with_ty': { base: 200, doc: 'Whether a child object of a type exists.' },
  '0x2::tx_context::derive_id': { base: 50, doc: 'Derives an object ID (one Blake2b-256 of 41 bytes).' },
  '0x2::tx_context::native_rgp': { base: 5, doc: 'Reference gas price.' },
  '0x2::tx_context::native_gas_price': { base: 5, doc: 'Gas price of the transaction.' },
  '0x2::tx_context::native_gas_budget': { base: 5, doc: 'Gas budget of the transaction.' },
  '0x2::tx_context::native_sponsor': { base: 5, doc: 'Sponsor of the transaction.' },
  '0x2::tx_context::replace': { base: 10, doc: 'Overrides the gas facts (tests only).' },
  '0x2::hash::blake2b256': { base: 50, perByte: 2, doc: 'Per byte hashed.' },
  '0x2::hash::keccak256': { base: 50, perByte: 2, doc: 'Per byte hashed.' },
  '0x2::ed25519::ed25519_verify': { base: 1000, perByte: 2, doc: 'One signature verification; per byte of the message.' },
};

/** Base cost of each opcode, indexed by opcode number, from its gas class. */
export function opcodeBaseCosts(): Uint32Array {
  const out = new Uint32Array(OPCODES.length);
  for (let op = 0; op < OPCODES.length; op++) out[op] = GAS_CLASSES[OPCODES[op]!.gas].base;
  return out;
}

/** The per-unit cost of an opcode's class (0 when the class has none). */
export function opcodePerUnit(op: number): number {
  const info = OPCODES[op];
  return info === undefined ? 0 : (GAS_CLASSES[info.gas].perByte ?? 0);
}
