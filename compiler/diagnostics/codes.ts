// The one table of diagnostic codes. Every diagnostic the compiler emits names a code here;
// the code fixes its severity, category and title, and the docs reference is generated from it.
// Codes are `E<category><number>` for errors and `W<category><number>` for warnings.

export type Severity = 'error' | 'warning';

export const CATEGORIES = {
  '00': 'internal',
  '01': 'syntax',
  '02': 'declarations',
  '03': 'names and visibility',
  '04': 'types',
  '05': 'abilities',
  '06': 'linearity (moves, drops, copies)',
  '07': 'references',
  '08': 'object rules',
  '09': 'unused',
  '10': 'lints',
  '11': 'package and manifest',
} as const;

export interface CodeInfo {
  /** Short title, shown as the diagnostic's message when no specific one is given. */
  readonly title: string;
  /** One or two sentences for the reference: when it fires and how to fix it. */
  readonly explanation: string;
}

export const CODES = {
  // 00: internal — bugs in Deed, never the user's fault.
  E00001: {
    title: 'internal compiler error',
    explanation: 'Deed hit a bug. The input is reported unchanged; please file the source that triggered it.',
  },

  // 01: syntax
  E01001: {
    title: 'unrecognized character',
    explanation: 'The lexer found a character that cannot start any token of the language.',
  },
  E01002: {
    title: 'unexpected token',
    explanation: 'The parser found a token that cannot appear here; the label says what it expected.',
  },
  E01003: {
    title: 'unterminated string literal',
    explanation: 'A `b"..."` or `x"..."` literal is missing its closing quote before the end of the line or file.',
  },
  E01004: {
    title: 'unterminated block comment',
    explanation: 'A `/*` comment has no matching `*/` before the end of the file.',
  },
  E01005: {
    title: 'invalid escape sequence',
    explanation: 'Byte strings accept `\\n`, `\\r`, `\\t`, `\\\\`, `\\0`, `\\"` and `\\xHH` escapes only.',
  },
  E01006: {
    title: 'invalid hex string',
    explanation: 'A `x"..."` literal must hold an even number of hexadecimal digits.',
  },
  E01007: {
    title: 'invalid number literal',
    explanation:
      'Integer literals are decimal or `0x` hexadecimal digits, with `_` separators and an optional suffix `u8`, `u16`, `u32`, `u64`, `u128` or `u256`.',
  },
  E01008: {
    title: 'unexpected end of file',
    explanation: 'The file ended in the middle of a declaration; something is missing, often a closing brace.',
  },
  E01009: {
    title: 'nesting too deep',
    explanation: 'Expressions, types or blocks are nested deeper than the compiler supports. Split them up.',
  },
  E01010: {
    title: 'invalid assignment target',
    explanation: 'The left side of `=` must be a local, a field, a dereference, an index, a tuple of targets or an unpack.',
  },
  E01011: {
    title: 'rest pattern not allowed here',
    explanation: '`..` may only appear in an unpack pattern, not in a pack or call expression.',
  },
  E01012: {
    title: 'misplaced module declaration',
    explanation: 'A file-level `module a::m;` must be the only module in its file and must come before its members.',
  },
  E01013: {
    title: 'invalid address',
    explanation: 'An address is a hexadecimal number of at most 32 bytes (`0x2`) or a named address (`std`).',
  },
  E01014: {
    title: 'invalid attribute',
    explanation: 'Attributes are `#[name]`, `#[name = value]` or `#[name(items)]`, with literal or path values.',
  },
  E01015: {
    title: 'invalid pattern',
    explanation: 'This expression cannot be used as a pattern.',
  },
  E01016: {
    title: 'duplicate modifier',
    explanation: 'A visibility, `entry`, `native` or `macro` modifier appears twice, or two visibilities are given.',
  },
  E01017: {
    title: 'ambiguous `as`',
    explanation:
      '`as` binds looser than arithmetic and tighter than comparisons. A cast of a binary, `!`, cast or control expression needs parentheses: `(a + b) as u64`.',
  },

  // 02: declarations
  E02001: {
    title: 'duplicate module',
    explanation: 'Two modules have the same address and name. Module names must be unique per address across a package and its dependencies.',
  },
  E02002: {
    title: 'duplicate module member',
    explanation: 'A module declares two structs, enums, functions or constants with the same name.',
  },
  E02003: {
    title: 'duplicate field',
    explanation: 'A struct or enum variant declares the same field twice.',
  },
  E02004: {
    title: 'duplicate variant',
    explanation: 'An enum declares the same variant twice.',
  },
  E02005: {
    title: 'duplicate type parameter',
    explanation: 'A struct, enum or function declares the same type parameter twice.',
  },
  E02006: {
    title: 'duplicate parameter',
    explanation: 'A function declares the same parameter name twice.',
  },
  E02007: {
    title: 'local not declared `mut`',
    explanation: 'In the 2024 edition a local that is reassigned or borrowed with `&mut` must be declared `let mut x` (or `mut x` for a parameter).',
  },
  E02008: {
    title: 'struct not declared `public`',
    explanation: 'In the 2024 edition structs and enums are declared `public struct` / `public enum`; their fields stay private to the module.',
  },
  E02009: {
    title: 'feature requires the 2024 edition',
    explanation:
      'Enums, `match`, method calls, index syntax, macros, lambdas, `mut` locals and `public struct` are Move 2024 features. Set `edition = "2024"` in Move.toml.',
  },

  // 03: names and visibility
  E03001: {
    title: 'unbound named address',
    explanation: 'A named address (`std`, `sui`, or one from `[addresses]` in Move.toml) is not defined. Add it to `[addresses]`.',
  },
  E03002: {
    title: 'unbound module',
    explanation: 'No module with this address and name is part of the package or its dependencies.',
  },
  E03003: {
    title: 'unbound module member',
    explanation: 'The module exists but declares no struct, enum, function or constant with this name.',
  },
  E03004: {
    title: 'unbound type',
    explanation: 'No type of this name is in scope: not a builtin type, a type parameter, a type of this module, or an imported type.',
  },
  E03005: {
    title: 'duplicate alias',
    explanation: 'Two `use` declarations introduce the same name in one scope.',
  },
  E03006: {
    title: 'unbound variable',
    explanation: 'No local variable, parameter or constant of this name is in scope.',
  },
  E03007: {
    title: 'unbound function',
    explanation: 'No function, struct, variant or macro of this name is in scope.',
  },
  E03008: {
    title: 'function not visible',
    explanation:
      'The function is private to its module, `public(package)` to its package, or `public(friend)` to the modules its module lists as friends.',
  },
  E03009: {
    title: 'datatype used outside its module',
    explanation: 'Structs and enums can be packed, unpacked and matched on only in the module that declares them; other modules use its public functions.',
  },
  E03010: {
    title: 'constant used outside its module',
    explanation: 'Constants are internal to the module that declares them. Expose the value through a public function.',
  },
  E03011: {
    title: 'not a macro',
    explanation: 'A call with `!` must name a macro (`assert!`, `assert_eq!`, or a `macro fun`), and a `macro fun` must be called with `!`.',
  },
  E03012: {
    title: 'unbound label',
    explanation: "`break`, `continue` and `return` may name only a label of an enclosing loop or block: `'outer: loop { ... break 'outer }`.",
  },

  // 04: types
  E04001: {
    title: 'type mismatch',
    explanation: 'An expression has a different type from the one its position requires. The label gives both.',
  },
  E04002: {
    title: 'wrong number of arguments',
    explanation: 'A call passes more or fewer arguments than the function declares.',
  },
  E04003: {
    title: 'wrong number of type arguments',
    explanation: 'A function, struct or enum is given more or fewer type arguments than it declares.',
  },
  E04004: {
    title: 'unknown field',
    explanation: 'The struct or variant has no field of this name.',
  },
  E04005: {
    title: 'missing fields',
    explanation: 'A pack must give every field of the struct or variant a value.',
  },
  E04006: {
    title: 'not a struct',
    explanation: 'Field access needs a struct value or a reference to one.',
  },
  E04007: {
    title: 'no such method',
    explanation: 'No function of this name is defined for the receiver\'s type, in its module or through `use fun`.',
  },
  E04008: {
    title: 'invalid operand',
    explanation: 'An operator was applied to values of the wrong kind, such as arithmetic on a `bool` or `*` on a non-reference.',
  },
  E04009: {
    title: 'invalid cast',
    explanation: 'Only integer types can be cast, and only to integer types.',
  },
  E04010: {
    title: 'integer literal out of range',
    explanation: 'The literal does not fit its type: u8 holds 0..255, u64 0..2^64-1, and so on.',
  },
  E04011: {
    title: 'invalid tuple',
    explanation: 'Tuples exist only as the values of calls returning several results; they cannot be stored, nested or passed.',
  },
  E04012: {
    title: 'cannot infer type',
    explanation: 'The type of this expression could not be determined. Add a type annotation or type arguments.',
  },
  E04013: {
    title: 'invalid index',
    explanation: 'Index syntax works on vectors and on types whose module marks functions `#[syntax(index)]`.',
  },
  E04014: {
    title: 'invalid pattern',
    explanation: 'A pattern does not fit the type of the value it matches.',
  },
  E04015: {
    title: 'non-exhaustive match',
    explanation: 'A `match` must cover every value of its subject: every variant of an enum, both `bool`s, or end with a `_` arm for integers.',
  },
  E04016: {
    title: '`break` or `continue` outside a loop',
    explanation: '`break` and `continue` only exist inside `while` and `loop` bodies.',
  },
  E04017: {
    title: 'lambda outside a macro call',
    explanation: 'Lambdas `|x| e` are arguments of macro calls such as `v.do!(|x| ...)`; they are not values.',
  },
  E04018: {
    title: 'invalid constant type',
    explanation: 'Constants hold primitive values, `address`, or vectors of those.',
  },
  E04019: {
    title: 'recursive datatype',
    explanation: 'A struct or enum may not contain itself, directly or through other types or vectors.',
  },
  E04020: {
    title: 'cannot infer type',
    explanation: 'Nothing in the function determines this type. Add a type annotation or type arguments, e.g. `vector::empty<u64>()`.',
  },
  E04021: {
    title: 'recursive macro expansion',
    explanation: 'Macros are expanded where they are called, so a macro that calls itself, directly or through other macros, would expand forever. Expansion stops after 64 nested levels. Write a function instead of a macro for the recursive part.',
  },
  E04022: {
    title: 'constant cannot be computed',
    explanation: 'Constants are computed when the module is compiled, from literals, other constants, operators and casts. An overflow, a division by zero, a shift past the bit width or a constant defined in terms of itself is an error here instead of an abort at run time.',
  },

  // 05: abilities
  E05001: {
    title: 'ability constraint not satisfied',
    explanation:
      'A type argument lacks an ability that the type parameter it instantiates requires (`T: store` needs a type with `store`). Add the ability to the argument\'s declaration, or a constraint to the type parameter it comes from.',
  },
  E05002: {
    title: 'field lacks a declared ability',
    explanation:
      'A struct or enum that declares `copy`, `drop` or `store` needs that ability of every field, and `key` needs `store` of every field. Type parameters count as having every ability here: an instance has the ability only when its type arguments do.',
  },
  E05003: {
    title: 'phantom type parameter in a non-phantom position',
    explanation:
      'A `phantom` type parameter may appear in field types only as an argument of another type\'s phantom parameter (as in `Balance<T>`), never as a field\'s type, a vector element or a non-phantom argument. Remove `phantom` or change the field.',
  },
  E05004: {
    title: 'equality on a type without `drop`',
    explanation: '`==` and `!=` consume their operands, so their type needs `drop`. Compare references (`&a == &b`) instead.',
  },

  // 06: linearity (moves, drops, copies)
  E06001: {
    title: 'use after move',
    explanation: 'A local is used after its value was moved away (by a call, an assignment, `move`, or on some path through a branch or an earlier loop iteration).',
  },
  E06002: {
    title: 'copy of a non-copy value',
    explanation: 'Only values whose type has `copy` can be copied: by `copy x`, by reading a field or a vector element, or by dereferencing `*r`.',
  },
  E06003: {
    title: 'value not consumed',
    explanation:
      'A value whose type lacks `drop` must be consumed on every path before its local goes out of scope or the function returns: moved, unpacked, transferred or returned.',
  },
  E06004: {
    title: 'value overwritten',
    explanation: 'Assigning to a local or through a reference discards the old value, which needs `drop`.',
  },
  E06005: {
    title: 'value discarded',
    explanation: 'A value whose type lacks `drop` cannot be ignored: not as an expression statement, not bound to `_`.',
  },
  // 07: references
  E07001: {
    title: 'reference in an invalid position',
    explanation: 'References may be parameter and return types and locals; they cannot be struct fields, type arguments, vector elements, or point to other references.',
  },
  E07002: {
    title: 'returned reference does not outlive the call',
    explanation: 'A function may return a reference only when it is derived from one of its reference parameters; references to locals and by-value parameters die with the call.',
  },
  E07003: {
    title: 'mutable access through an immutable reference',
    explanation: 'Writing to a field, or borrowing it `&mut`, needs a `&mut` reference or an owned value.',
  },
  E07004: {
    title: 'borrow conflict',
    explanation:
      'While a reference is live, the place it borrows cannot be moved or assigned, nor borrowed `&mut` again; while a `&mut` is live, the place cannot be read or borrowed at all. Disjoint fields are independent.',
  },

  // 08: object rules
  E08001: {
    title: 'invalid object declaration',
    explanation: 'A struct with `key` declares a Sui object: its first field must be `id: UID` (`sui::object::UID`).',
  },
  E08002: {
    title: 'enum with `key`',
    explanation: 'Only structs can be objects: an enum cannot have the `key` ability.',
  },
  E08003: {
    title: 'invalid `init` function',
    explanation:
      'A module initializer `init` is private, not `entry`, has no type parameters and returns nothing. It takes an optional one-time witness by value, then `&TxContext` or `&mut TxContext` last.',
  },
  E08004: {
    title: 'invalid one-time witness',
    explanation:
      'A struct named after its module in upper case (`MY_COIN` in module `my_coin`) is the module\'s one-time witness: it has only `drop`, no type parameters, and no fields or a single `bool` field.',
  },
  E08005: {
    title: 'invalid `entry` parameter',
    explanation:
      'Parameters of `entry` functions are primitives, `String`, `ascii::String`, `ID`, and options and vectors of these; objects by value or reference, vectors of objects, or `Receiving<T>`. `TxContext` may only come last, by reference. (`Clock` and `Random` taken other than by `&` make the function uncallable: lint W10001.)',
  },
  E08006: {
    title: 'invalid `entry` return type',
    explanation: 'A transaction discards what an `entry` function returns, so every returned value must have `drop` and none may be a reference.',
  },

  E08007: {
    title: 'private object operation on a foreign type',
    explanation:
      '`transfer::transfer`, `share_object`, `freeze_object`, `receive` and `event::emit` accept only types declared in the calling module. For `key + store` types use the `public_` variants.',
  },
  E08008: {
    title: '`init` called',
    explanation: '`init` runs once, when the package is published; no code may call it.',
  },
  E08009: {
    title: 'one-time witness packed',
    explanation: 'The one-time witness is created only by the runtime, for `init`. Tests use `sui::test_utils::create_one_time_witness`.',
  },
  E08010: {
    title: 'UID not fresh',
    explanation: 'An object must be packed with a fresh `UID` from `object::new`; a UID taken out of another object cannot be reused. Delete it with `object::delete`.',
  },

  // 09: unused
  W09001: {
    title: 'unused variable',
    explanation: 'A local variable or parameter is never used. Remove it, or start its name with `_`.',
  },
  W09002: {
    title: 'unused alias',
    explanation: 'A `use` introduces a name that is never used. Remove it.',
  },
  W09003: {
    title: 'unused constant',
    explanation: 'A constant is never used in its module. Remove it, or mark it `#[allow(unused_const)]`.',
  },
  W09004: {
    title: 'unused `mut`',
    explanation: 'A local is declared `mut` but never assigned, borrowed `&mut` or mutated in place. Remove `mut`.',
  },
  W09005: {
    title: 'unused function',
    explanation: 'A private function is never called in its module. Remove it, or mark it `#[allow(unused_function)]`.',
  },
  W09006: {
    title: 'unused type parameter',
    explanation:
      'A type parameter appears in no field, parameter, result or body. Remove it. On a struct or enum that uses it only as a marker, or only as an argument of other types\' phantom parameters (as in `Balance<T>`), declare it `phantom`.',
  },
  W09007: {
    title: 'unreachable code',
    explanation: 'Code after a `return`, `abort`, `break` or `continue` never runs. Remove it.',
  },
  W09008: {
    title: 'unreachable match arm',
    explanation: 'Earlier arms without guards already match every value this arm could match, alone or together.',
  },
  W09009: {
    title: 'unused assignment',
    explanation:
      'A value assigned to a local is never read: on every path the local is assigned again, or goes out of scope, first. Remove the assignment, or mark the function `#[allow(unused_assignment)]`.',
  },
  W09010: {
    title: 'unused struct field',
    explanation:
      'The module uses the struct, but no code packs, unpacks, reads or writes this field, so it only takes up space. (A struct nothing uses yet is left alone, and an object\'s `id` always counts as used.) Remove the field, or mark the struct `#[allow(unused_field)]`.',
  },
  W09011: {
    title: 'redundant alias',
    explanation:
      'A `use` imports what Move 2024 already imports implicitly (`std::vector`, `std::option::{Self, Option}`, `sui::object::{Self, ID, UID}`, `sui::transfer`, `sui::tx_context::{Self, TxContext}`). Remove it.',
  },

  // 10: lints
  W10001: {
    title: 'uncallable function',
    explanation:
      'No transaction can call this function: Sui passes the shared `Clock` and `Random` objects only by immutable reference, a `&mut TxContext` must be the only `TxContext` parameter, and `TxContext` is never passed by value. Take `&Clock` / `&Random`, and a single `&mut TxContext` or `&TxContext`.',
  },

  // 11: package and manifest
  E11001: {
    title: 'manifest not found',
    explanation: 'No `Move.toml` was found at the package root.',
  },
  E11002: {
    title: 'invalid manifest',
    explanation: '`Move.toml` is not valid TOML, or a section has the wrong shape.',
  },
  E11003: {
    title: 'missing package name',
    explanation: 'The `[package]` section must give a `name`.',
  },
  E11004: {
    title: 'unsupported edition',
    explanation: 'Supported editions are `2024`, `2024.beta`, `2024.alpha` and `legacy` (or none).',
  },
  E11005: {
    title: 'invalid named address',
    explanation: 'A named address in `[addresses]` must be a hexadecimal address of at most 32 bytes, or `"_"`.',
  },
  E11006: {
    title: 'unresolvable dependency',
    explanation:
      'Deed never fetches packages. Dependencies on the Sui framework or MoveStdlib map to the bundled library; local dependencies must exist on disk.',
  },
  E11007: {
    title: 'unreadable source file',
    explanation: 'A `.move` file of the package could not be read.',
  },
  E11008: {
    title: 'dependency cycle',
    explanation: 'Local dependencies refer back to a package that depends on them.',
  },
  W11001: {
    title: 'unknown manifest key',
    explanation: 'A key of `Move.toml` is not used by Deed; it is ignored.',
  },
  W11002: {
    title: 'no sources',
    explanation: 'The package has no `.move` files under `sources/`.',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function severityOf(code: DiagnosticCode): Severity {
  return code.startsWith('W') ? 'warning' : 'error';
}

export function categoryOf(code: DiagnosticCode): string {
  return CATEGORIES[code.slice(1, 3) as keyof typeof CATEGORIES];
}
