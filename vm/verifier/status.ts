// Verification status codes (2000–2999): one per rule a module can break. Grouped by check, a
// hundred per check, so a code says which check refused the module:
//
//   2000s bounds and duplication     2500s type safety
//   2100s signatures                 2600s locals safety
//   2200s datatype field abilities   2700s reference safety
//   2300s control flow               2800s visibility (2800–2849) and linking (2850–2899)
//   2400s stack usage                2900s Sui object rules
//
// Each entry is {code, name, doc}; the doc line is what docs/VM_STATUS.md prints.

import type { StatusInfo } from '../status.js';

const s = <N extends string>(code: number, name: N, doc: string) => ({ code, name, doc }) as const;

export const VERIFICATION_STATUSES = {
  // 1. Bounds and duplication -------------------------------------------------------------------
  MALFORMED_MODULE: s(2000, 'MALFORMED_MODULE', 'A table or record of the module does not have the shape of the bytecode format.'),
  NO_SELF_MODULE_HANDLE: s(2001, 'NO_SELF_MODULE_HANDLE', 'moduleHandles is empty: handle 0 must name the module itself.'),
  INVALID_MODULE_ID: s(2002, 'INVALID_MODULE_ID', 'A module id has an address that is not `0x` + 64 lowercase hex digits, or a bad name.'),
  INVALID_IDENTIFIER: s(2003, 'INVALID_IDENTIFIER', 'A datatype, function, field or variant name is not a Move identifier.'),
  DUPLICATE_MODULE_HANDLE: s(2004, 'DUPLICATE_MODULE_HANDLE', 'Two module handles name the same module.'),
  DUPLICATE_DATATYPE_HANDLE: s(2005, 'DUPLICATE_DATATYPE_HANDLE', 'Two datatype handles name the same datatype.'),
  DUPLICATE_FUNCTION_HANDLE: s(2006, 'DUPLICATE_FUNCTION_HANDLE', 'Two function handles name the same function.'),
  MODULE_INDEX_OUT_OF_BOUNDS: s(2007, 'MODULE_INDEX_OUT_OF_BOUNDS', 'A handle names a module index past the end of moduleHandles.'),
  DATATYPE_INDEX_OUT_OF_BOUNDS: s(2008, 'DATATYPE_INDEX_OUT_OF_BOUNDS', 'A type or instruction names a datatype handle that does not exist.'),
  FUNCTION_INDEX_OUT_OF_BOUNDS: s(2009, 'FUNCTION_INDEX_OUT_OF_BOUNDS', 'A definition or Call names a function handle that does not exist.'),
  INVALID_ABILITY_SET: s(2010, 'INVALID_ABILITY_SET', 'An ability or constraint set is not a number in 0..15.'),
  MALFORMED_TYPE: s(2011, 'MALFORMED_TYPE', 'A signature type is not one of the tagged forms of the format.'),
  DEFINITION_NOT_IN_SELF_MODULE: s(2012, 'DEFINITION_NOT_IN_SELF_MODULE', 'A struct, enum or function definition points at a handle of another module.'),
  DUPLICATE_DEFINITION: s(2013, 'DUPLICATE_DEFINITION', 'Two definitions point at the same handle.'),
  UNIMPLEMENTED_HANDLE: s(2014, 'UNIMPLEMENTED_HANDLE', 'A handle of the module itself has no definition.'),
  DUPLICATE_FIELD_NAME: s(2015, 'DUPLICATE_FIELD_NAME', 'A struct or variant declares the same field name twice.'),
  DUPLICATE_VARIANT_NAME: s(2016, 'DUPLICATE_VARIANT_NAME', 'An enum declares the same variant name twice.'),
  EMPTY_ENUM: s(2017, 'EMPTY_ENUM', 'An enum has no variants.'),
  UNKNOWN_OPCODE: s(2018, 'UNKNOWN_OPCODE', 'An instruction has an opcode that is not in the instruction set.'),
  OPERAND_MISMATCH: s(2019, 'OPERAND_MISMATCH', 'An instruction has the wrong number or kind of operands.'),
  LOCAL_INDEX_OUT_OF_BOUNDS: s(2020, 'LOCAL_INDEX_OUT_OF_BOUNDS', 'An instruction names a local past the parameters and locals.'),
  BRANCH_OFFSET_OUT_OF_BOUNDS: s(2021, 'BRANCH_OFFSET_OUT_OF_BOUNDS', 'A branch or switch target is not an instruction of the function.'),
  CONSTANT_INDEX_OUT_OF_BOUNDS: s(2022, 'CONSTANT_INDEX_OUT_OF_BOUNDS', 'LdConst names a constant that does not exist.'),
  FIELD_INDEX_OUT_OF_BOUNDS: s(2023, 'FIELD_INDEX_OUT_OF_BOUNDS', 'A field borrow names a field past the end of the struct.'),
  VARIANT_INDEX_OUT_OF_BOUNDS: s(2024, 'VARIANT_INDEX_OUT_OF_BOUNDS', 'A variant instruction names a variant past the end of the enum.'),
  DATATYPE_KIND_MISMATCH: s(2025, 'DATATYPE_KIND_MISMATCH', 'A struct instruction names an enum, or a variant instruction names a struct.'),
  LITERAL_OUT_OF_RANGE: s(2026, 'LITERAL_OUT_OF_RANGE', 'An integer literal operand does not fit its type, or an element count is out of range.'),
  INVALID_CONSTANT_TYPE: s(2027, 'INVALID_CONSTANT_TYPE', 'A constant has a type other than a primitive or a vector of them.'),
  CONSTANT_VALUE_MISMATCH: s(2028, 'CONSTANT_VALUE_MISMATCH', "A constant's value does not have the shape of its type."),
  INVALID_FRIEND: s(2029, 'INVALID_FRIEND', 'A friend is the module itself, at another address, or listed twice.'),
  VARIANT_SWITCH_ARITY: s(2030, 'VARIANT_SWITCH_ARITY', 'VariantSwitch does not list exactly one target per variant.'),
  INVALID_FUNCTION_FLAGS: s(2031, 'INVALID_FUNCTION_FLAGS', 'A function has an unknown visibility or non-boolean entry/native flags.'),

  // 2. Signatures -------------------------------------------------------------------------------
  TYPE_PARAM_OUT_OF_BOUNDS: s(2100, 'TYPE_PARAM_OUT_OF_BOUNDS', 'A type names a type parameter that its scope does not declare.'),
  TYPE_ARITY_MISMATCH: s(2101, 'TYPE_ARITY_MISMATCH', 'A datatype is applied to the wrong number of type arguments.'),
  REFERENCE_NOT_ALLOWED: s(2102, 'REFERENCE_NOT_ALLOWED', 'A reference inside a vector, datatype argument, field, type argument or another reference.'),
  SIGNATURE_CONSTRAINT_NOT_SATISFIED: s(2103, 'SIGNATURE_CONSTRAINT_NOT_SATISFIED', 'A datatype in a signature is applied to a type that lacks a required ability.'),
  INSTANTIATION_ARITY_MISMATCH: s(2104, 'INSTANTIATION_ARITY_MISMATCH', 'An instruction gives the wrong number of type arguments for its function or datatype.'),

  // 3. Datatype field abilities ----------------------------------------------------------------
  FIELD_MISSING_ABILITY: s(2200, 'FIELD_MISSING_ABILITY', 'A field type lacks an ability the datatype declares (`key` needs `store` fields).'),
  INVALID_PHANTOM_POSITION: s(2201, 'INVALID_PHANTOM_POSITION', 'A phantom type parameter is used where it would count towards abilities.'),

  // 4. Control flow -----------------------------------------------------------------------------
  EMPTY_CODE: s(2300, 'EMPTY_CODE', 'A non-native function has no instructions.'),
  NATIVE_WITH_CODE: s(2301, 'NATIVE_WITH_CODE', 'A native function has instructions.'),
  FALL_THROUGH_END: s(2302, 'FALL_THROUGH_END', 'The last instruction can fall through past the end of the code.'),
  INVALID_BRANCH_TARGET: s(2303, 'INVALID_BRANCH_TARGET', 'A branch target is outside the code.'),

  // 5. Stack usage ------------------------------------------------------------------------------
  STACK_UNDERFLOW: s(2400, 'STACK_UNDERFLOW', 'An instruction pops more values than its basic block pushed.'),
  UNBALANCED_STACK: s(2401, 'UNBALANCED_STACK', 'A basic block ends with values left on the stack (they would reach a join).'),
  RET_ARITY_MISMATCH: s(2402, 'RET_ARITY_MISMATCH', 'Ret finds a number of values on the stack other than the function returns.'),
  STACK_TOO_DEEP: s(2403, 'STACK_TOO_DEEP', 'A basic block pushes more than 1024 values.'),

  // 6. Type safety ------------------------------------------------------------------------------
  STACK_TYPE_MISMATCH: s(2500, 'STACK_TYPE_MISMATCH', 'An operand on the stack does not have the type the instruction needs.'),
  CALL_TYPE_MISMATCH: s(2501, 'CALL_TYPE_MISMATCH', 'A call argument does not have the parameter type.'),
  RET_TYPE_MISMATCH: s(2502, 'RET_TYPE_MISMATCH', 'A returned value does not have the declared return type.'),
  STLOC_TYPE_MISMATCH: s(2503, 'STLOC_TYPE_MISMATCH', 'StLoc stores a value whose type is not the type of the local.'),
  PACK_TYPE_MISMATCH: s(2504, 'PACK_TYPE_MISMATCH', 'Pack or PackVariant gets a field value of the wrong type.'),
  UNPACK_TYPE_MISMATCH: s(2505, 'UNPACK_TYPE_MISMATCH', 'Unpack or UnpackVariant gets a value that is not the named datatype instance.'),
  BORROW_FIELD_TYPE_MISMATCH: s(2506, 'BORROW_FIELD_TYPE_MISMATCH', 'A field borrow is applied to something other than a reference to the struct instance.'),
  REFERENCE_TYPE_MISMATCH: s(2507, 'REFERENCE_TYPE_MISMATCH', 'ReadRef, WriteRef or FreezeRef gets a non-reference or the wrong mutability.'),
  INTEGER_OP_TYPE_MISMATCH: s(2508, 'INTEGER_OP_TYPE_MISMATCH', 'An arithmetic, comparison or cast instruction gets non-integers or mixed widths.'),
  BOOLEAN_OP_TYPE_MISMATCH: s(2509, 'BOOLEAN_OP_TYPE_MISMATCH', 'Or, And, Not or a conditional branch gets a non-bool.'),
  VECTOR_OP_TYPE_MISMATCH: s(2510, 'VECTOR_OP_TYPE_MISMATCH', 'A vector instruction gets operands that do not match its element type.'),
  EQUALITY_OP_TYPE_MISMATCH: s(2511, 'EQUALITY_OP_TYPE_MISMATCH', 'Eq or Neq compares values of different types.'),
  BORROW_LOC_REFERENCE: s(2512, 'BORROW_LOC_REFERENCE', 'A borrow of a local whose type is already a reference.'),
  COPY_WITHOUT_COPY: s(2513, 'COPY_WITHOUT_COPY', 'CopyLoc or ReadRef of a type without `copy`.'),
  DROP_WITHOUT_DROP: s(2514, 'DROP_WITHOUT_DROP', 'Pop, WriteRef, Eq or Neq would destroy a value whose type lacks `drop`.'),
  CONSTRAINT_NOT_SATISFIED: s(2515, 'CONSTRAINT_NOT_SATISFIED', 'A type argument of a call or datatype instruction lacks a required ability.'),
  SHIFT_AMOUNT_NOT_U8: s(2516, 'SHIFT_AMOUNT_NOT_U8', 'The shift amount of Shl or Shr is not a u8.'),
  ABORT_CODE_NOT_U64: s(2517, 'ABORT_CODE_NOT_U64', 'Abort gets something other than a u64.'),
  VARIANT_SWITCH_TYPE_MISMATCH: s(2518, 'VARIANT_SWITCH_TYPE_MISMATCH', 'VariantSwitch gets something other than a reference to the named enum.'),

  // 7. Locals safety ----------------------------------------------------------------------------
  COPYLOC_UNAVAILABLE: s(2600, 'COPYLOC_UNAVAILABLE', 'CopyLoc of a local that is (or may be) unassigned or moved.'),
  MOVELOC_UNAVAILABLE: s(2601, 'MOVELOC_UNAVAILABLE', 'MoveLoc of a local that is (or may be) unassigned or moved: use after move.'),
  BORROWLOC_UNAVAILABLE: s(2602, 'BORROWLOC_UNAVAILABLE', 'A borrow of a local that is (or may be) unassigned or moved.'),
  STLOC_UNSAFE_TO_DESTROY: s(2603, 'STLOC_UNSAFE_TO_DESTROY', 'StLoc overwrites a value (perhaps) still held whose type lacks `drop`.'),
  RET_UNSAFE_TO_DESTROY: s(2604, 'RET_UNSAFE_TO_DESTROY', 'Ret leaves a local (perhaps) holding a value whose type lacks `drop`.'),

  // 8. Reference safety -------------------------------------------------------------------------
  BORROW_LOC_CONFLICT: s(2700, 'BORROW_LOC_CONFLICT', 'A borrow of a local that is mutably borrowed (or, for `&mut`, borrowed at all).'),
  BORROW_FIELD_CONFLICT: s(2701, 'BORROW_FIELD_CONFLICT', 'A field borrow that overlaps a live conflicting borrow.'),
  READ_REF_CONFLICT: s(2702, 'READ_REF_CONFLICT', 'ReadRef through a reference whose target is mutably borrowed elsewhere.'),
  WRITE_REF_CONFLICT: s(2703, 'WRITE_REF_CONFLICT', 'WriteRef through a reference whose target is borrowed elsewhere.'),
  FREEZE_REF_CONFLICT: s(2704, 'FREEZE_REF_CONFLICT', 'FreezeRef of a reference whose target is mutably borrowed elsewhere.'),
  CALL_ARGUMENT_CONFLICT: s(2705, 'CALL_ARGUMENT_CONFLICT', 'A `&mut` argument overlaps another live borrow (another argument included).'),
  VECTOR_ACCESS_CONFLICT: s(2706, 'VECTOR_ACCESS_CONFLICT', 'A vector instruction through a reference whose target is borrowed elsewhere.'),
  VARIANT_ACCESS_CONFLICT: s(2707, 'VARIANT_ACCESS_CONFLICT', 'A variant switch or unpack through a reference whose target is borrowed elsewhere.'),
  MOVELOC_BORROWED: s(2708, 'MOVELOC_BORROWED', 'MoveLoc of a local that a live reference points into.'),
  STLOC_BORROWED: s(2709, 'STLOC_BORROWED', 'StLoc overwrites a local that a live reference points into.'),
  COPYLOC_MUTABLY_BORROWED: s(2710, 'COPYLOC_MUTABLY_BORROWED', 'CopyLoc of a local that a live `&mut` points into.'),
  RET_REFERENCE_TO_LOCAL: s(2711, 'RET_REFERENCE_TO_LOCAL', 'Ret returns a reference into a local of the function (it would dangle).'),
  RET_ALIASED_MUTABLE_REFERENCES: s(2712, 'RET_ALIASED_MUTABLE_REFERENCES', 'Ret returns a `&mut` that overlaps another returned reference.'),
  EQUALITY_CONFLICT: s(2713, 'EQUALITY_CONFLICT', 'Eq or Neq reads through a reference whose target is mutably borrowed elsewhere.'),

  // 9. Visibility (within the module) and linking (against dependencies) ------------------------
  DATATYPE_NOT_IN_MODULE: s(2800, 'DATATYPE_NOT_IN_MODULE', 'Pack, unpack, field borrow or variant instruction on a datatype of another module.'),
  LINK_MISSING_MODULE: s(2850, 'LINK_MISSING_MODULE', 'A module handle names a module that is not among the dependencies.'),
  LINK_MISSING_DATATYPE: s(2851, 'LINK_MISSING_DATATYPE', 'A datatype handle names a datatype its module does not define.'),
  LINK_DATATYPE_MISMATCH: s(2852, 'LINK_DATATYPE_MISMATCH', 'A datatype handle disagrees with the definition on abilities or type parameters.'),
  LINK_MISSING_FUNCTION: s(2853, 'LINK_MISSING_FUNCTION', 'A function handle names a function its module does not define.'),
  LINK_FUNCTION_MISMATCH: s(2854, 'LINK_FUNCTION_MISMATCH', 'A function handle disagrees with the definition on type parameters, parameters or returns.'),
  CALL_PRIVATE_FUNCTION: s(2855, 'CALL_PRIVATE_FUNCTION', 'A call to a private (or private `entry`) function of another module.'),
  CALL_PACKAGE_FUNCTION: s(2856, 'CALL_PACKAGE_FUNCTION', 'A call to a `public(package)` function from a module at another address.'),
  CALL_FRIEND_FUNCTION: s(2857, 'CALL_FRIEND_FUNCTION', 'A call to a `public(friend)` function from a module its module does not list as a friend.'),
  CYCLIC_DEPENDENCY: s(2858, 'CYCLIC_DEPENDENCY', 'Modules of a package depend on each other in a cycle, or a module on itself.'),
  DUPLICATE_MODULE_IN_PACKAGE: s(2859, 'DUPLICATE_MODULE_IN_PACKAGE', 'A package lists two modules with the same id, or redefines a dependency.'),

  // 10. Sui object rules ------------------------------------------------------------------------
  KEY_STRUCT_WITHOUT_ID: s(2900, 'KEY_STRUCT_WITHOUT_ID', 'A `key` struct whose first field is not `id: 0x2::object::UID`.'),
  ENUM_WITH_KEY: s(2901, 'ENUM_WITH_KEY', 'An enum declares `key`.'),
  PRIVATE_GENERICS_FOREIGN_TYPE: s(2902, 'PRIVATE_GENERICS_FOREIGN_TYPE', 'transfer::{transfer,freeze_object,share_object,receive,party_transfer} or event::emit on a type not defined in the calling module.'),
  INIT_NOT_PRIVATE: s(2910, 'INIT_NOT_PRIVATE', '`init` is not private.'),
  INIT_IS_ENTRY: s(2911, 'INIT_IS_ENTRY', '`init` is an `entry` function.'),
  INIT_HAS_TYPE_PARAMS: s(2912, 'INIT_HAS_TYPE_PARAMS', '`init` has type parameters.'),
  INIT_RETURNS_VALUES: s(2913, 'INIT_RETURNS_VALUES', '`init` returns values.'),
  INIT_BAD_PARAMS: s(2914, 'INIT_BAD_PARAMS', '`init` does not take ([one-time witness,] &TxContext or &mut TxContext).'),
  INIT_CALLED: s(2915, 'INIT_CALLED', 'Code calls `init`; only publishing runs it.'),
  OTW_INVALID: s(2920, 'OTW_INVALID', 'The one-time witness `init` takes has abilities other than `drop`, type parameters, or fields other than one bool.'),
  OTW_PACKED: s(2921, 'OTW_PACKED', 'Code packs the one-time witness; only publishing creates it.'),
  INIT_FIRST_PARAM_NOT_OTW: s(2922, 'INIT_FIRST_PARAM_NOT_OTW', "`init`'s first of two parameters is not the module's one-time witness by value."),
  ENTRY_INVALID_PARAM: s(2930, 'ENTRY_INVALID_PARAM', 'An `entry` parameter is not a value a transaction can supply.'),
  ENTRY_INVALID_RETURN: s(2931, 'ENTRY_INVALID_RETURN', 'An `entry` function returns a reference or a value without `drop`.'),
  ID_NOT_FRESH: s(2940, 'ID_NOT_FRESH', 'A `key` struct is packed with a UID that does not come straight from `object::new`.'),
} as const satisfies Record<string, StatusInfo>;

export type VerificationStatusName = keyof typeof VERIFICATION_STATUSES;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[VerificationStatusName];
