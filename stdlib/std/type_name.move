/// Run-time names of Move types: `TypeName` holds the source-syntax name of a type (`u64`,
/// `vector<u8>`, `0000...0002::coin::Coin<0000...0002::sui::SUI>`), obtained natively, with
/// accessors for its package address, module and datatype name. Use with care!
module std::type_name;

use std::address;
use std::ascii::{Self, String};

/// ASCII Character code for the `:` (colon) symbol.
const ASCII_COLON: u8 = 58;
/// ASCII Character code for the `<` (less than) symbol.
const ASCII_LESS_THAN: u8 = 60;

/// The type is not from a package/module. It is a primitive type.
const ENonModuleType: u64 = 0;

public struct TypeName has copy, drop, store {
    /// The type written in source syntax. Primitive types are `bool`, `u8`, `u16`, `u32`, `u64`,
    /// `u128`, `u256`, `address` and `vector<...>`. Datatypes are fully qualified, their package
    /// address written as lowercase hex without `0x`, padded to `address::length()` bytes, e.g.
    /// `0000000000000000000000000000000000000000000000000000000000000001::string::String`; type
    /// arguments follow in `<...>`.
    name: String,
}

/// The name of type `T`, in which package IDs are defining IDs (the ID of the package version
/// that introduced the type).
public native fun with_defining_ids<T>(): TypeName;

/// The name of type `T`, in which package IDs are original IDs (the ID of the first version of
/// the package, even for types introduced by a later upgrade).
public native fun with_original_ids<T>(): TypeName;

/// The defining ID of the package of type `T` (see `with_defining_ids`).
public native fun defining_id<T>(): address;

/// The original ID of the package of type `T` (see `with_original_ids`).
public native fun original_id<T>(): address;

/// Whether `self` names a primitive type: `bool`, an integer type, `address` or a `vector`.
public fun is_primitive(self: &TypeName): bool {
    let name = self.name.as_bytes();
    name == &b"bool" ||
        name == &b"u8" ||
        name == &b"u16" ||
        name == &b"u32" ||
        name == &b"u64" ||
        name == &b"u128" ||
        name == &b"u256" ||
        name == &b"address" ||
        starts_with(name, &b"vector")
}

/// A reference to the name held by `self`.
public fun as_string(self: &TypeName): &String {
    &self.name
}

/// The package address part of the name (hex, without `0x`). Aborts for a primitive type.
public fun address_string(self: &TypeName): String {
    assert!(!self.is_primitive(), ENonModuleType);
    let name = self.name.as_bytes();
    let end = address::length() * 2;
    let mut out = vector[];
    let mut i = 0;
    while (i < end) {
        out.push_back(name[i]);
        i = i + 1;
    };
    ascii::string(out)
}

/// The module part of the name. Aborts for a primitive type.
public fun module_string(self: &TypeName): String {
    assert!(!self.is_primitive(), ENonModuleType);
    let name = self.name.as_bytes();
    // The module name starts after `<address>::` and ends at the next `:`.
    let mut i = address::length() * 2 + 2;
    let mut out = vector[];
    while (name[i] != ASCII_COLON) {
        out.push_back(name[i]);
        i = i + 1;
    };
    ascii::string(out)
}

/// The datatype (struct or enum) part of the name, without type arguments. Aborts for a
/// primitive type.
public fun datatype_string(self: &TypeName): String {
    assert!(!self.is_primitive(), ENonModuleType);
    let name = self.name.as_bytes();
    let n = name.length();
    // Skip `<address>::<module>::`.
    let mut i = address::length() * 2 + 2;
    while (name[i] != ASCII_COLON) i = i + 1;
    i = i + 2;
    // The datatype name runs to the `<` of its type arguments, or to the end.
    let mut out = vector[];
    while (i < n && name[i] != ASCII_LESS_THAN) {
        out.push_back(name[i]);
        i = i + 1;
    };
    ascii::string(out)
}

/// Consumes `self` and returns the name it holds.
public fun into_string(self: TypeName): String {
    let TypeName { name } = self;
    name
}

/// Whether `bytes` begins with `prefix`.
fun starts_with(bytes: &vector<u8>, prefix: &vector<u8>): bool {
    let m = prefix.length();
    if (bytes.length() < m) return false;
    let mut i = 0;
    while (i < m && bytes[i] == prefix[i]) i = i + 1;
    i == m
}

// === Deprecated ===

#[deprecated(note = b"Renamed to `with_defining_ids` for clarity.")]
/// The old name of `with_defining_ids`.
public fun get<T>(): TypeName {
    with_defining_ids<T>()
}

#[deprecated(note = b"Renamed to `with_original_ids` for clarity.")]
/// The old name of `with_original_ids`.
public fun get_with_original_ids<T>(): TypeName {
    with_original_ids<T>()
}

#[deprecated(note = b"Renamed to `as_string` for consistency.")]
/// The old name of `as_string`.
public fun borrow_string(self: &TypeName): &String {
    &self.name
}

#[deprecated(note = b"Renamed to `address_string` for consistency.")]
/// The old name of `address_string`.
public fun get_address(self: &TypeName): String {
    self.address_string()
}

#[deprecated(note = b"Renamed to `module_string` for consistency.")]
/// The old name of `module_string`.
public fun get_module(self: &TypeName): String {
    self.module_string()
}
