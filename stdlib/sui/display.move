/// Display templates: how wallets and explorers should show objects of a type `T`.
///
/// A `Display<T>` holds named template strings (`name`, `image_url`, `description`, ...) in which
/// `{field}` refers to a field of the object. Only the publisher of `T`'s package can create one
/// (proven by a `Publisher`). Changes become visible off-chain when `update_version` is called,
/// which emits a `VersionUpdated` event with the current fields.
module sui::display;

use std::string::String;
use sui::event;
use sui::package::Publisher;
use sui::vec_map::{Self, VecMap};

/// The `Publisher` does not belong to the package of `T`.
const ENotOwner: u64 = 0;

/// The vectors of field names and values have different lengths.
const EVecLengthMismatch: u64 = 1;

/// The display template of type `T`: field names to template strings, and a version increased
/// by every `update_version`.
public struct Display<phantom T: key> has key, store {
    id: UID,
    /// Field names and their template strings.
    fields: VecMap<String, String>,
    /// Increased by `update_version`; 0 when created.
    version: u16,
}

/// Emitted when a `Display<T>` is created, so that indexers can follow it.
public struct DisplayCreated<phantom T: key> has copy, drop {
    id: ID,
}

/// Emitted by `update_version`: the new version and the fields it publishes.
public struct VersionUpdated<phantom T: key> has copy, drop {
    id: ID,
    version: u16,
    fields: VecMap<String, String>,
}

/// A new, empty `Display<T>`. Aborts with `ENotOwner` unless `pub` is from `T`'s package.
public fun new<T: key>(pub: &Publisher, ctx: &mut TxContext): Display<T> {
    assert!(is_authorized<T>(pub), ENotOwner);
    create_internal(ctx)
}

/// A new `Display<T>` with the given fields, in order. Aborts with `ENotOwner` unless `pub` is
/// from `T`'s package and with `EVecLengthMismatch` if the vectors differ in length.
public fun new_with_fields<T: key>(
    pub: &Publisher,
    fields: vector<String>,
    values: vector<String>,
    ctx: &mut TxContext,
): Display<T> {
    assert!(fields.length() == values.length(), EVecLengthMismatch);
    let mut display = new<T>(pub, ctx);
    display.add_multiple(fields, values);
    display
}

/// Create an empty `Display<T>` and send it to the sender.
#[allow(lint(self_transfer))]
public entry fun create_and_keep<T: key>(pub: &Publisher, ctx: &mut TxContext) {
    transfer::public_transfer(new<T>(pub, ctx), ctx.sender())
}

/// Publish the current fields: increase the version and emit `VersionUpdated`.
public entry fun update_version<T: key>(display: &mut Display<T>) {
    display.version = display.version + 1;
    event::emit(VersionUpdated<T> {
        id: display.id.to_inner(),
        version: display.version,
        fields: display.fields,
    })
}

/// Add the field `name` with the template `value`. Aborts if the field exists.
public entry fun add<T: key>(self: &mut Display<T>, name: String, value: String) {
    self.add_internal(name, value)
}

/// Add several fields, in order. Aborts with `EVecLengthMismatch` if the vectors differ in
/// length, or if a field exists.
public entry fun add_multiple<T: key>(
    self: &mut Display<T>,
    fields: vector<String>,
    values: vector<String>,
) {
    let len = fields.length();
    assert!(len == values.length(), EVecLengthMismatch);
    let mut i = 0;
    while (i < len) {
        self.add_internal(fields[i], values[i]);
        i = i + 1;
    };
}

/// Replace the template of the field `name`. Aborts if the field does not exist.
public entry fun edit<T: key>(self: &mut Display<T>, name: String, value: String) {
    let (_, _) = self.fields.remove(&name);
    self.add_internal(name, value)
}

/// Remove the field `name`. Aborts if it does not exist.
public entry fun remove<T: key>(self: &mut Display<T>, name: String) {
    let (_, _) = self.fields.remove(&name);
}

/// Whether `pub` is from the package that defines `T`.
public fun is_authorized<T: key>(pub: &Publisher): bool {
    pub.from_package<T>()
}

/// The version of `d`.
public fun version<T: key>(d: &Display<T>): u16 {
    d.version
}

/// The fields of `d`.
public fun fields<T: key>(d: &Display<T>): &VecMap<String, String> {
    &d.fields
}

/// A new, empty `Display<T>`; emits `DisplayCreated`.
fun create_internal<T: key>(ctx: &mut TxContext): Display<T> {
    let uid = object::new(ctx);
    event::emit(DisplayCreated<T> { id: uid.to_inner() });
    Display { id: uid, fields: vec_map::empty(), version: 0 }
}

/// Add a field, without any check beyond the map's.
fun add_internal<T: key>(display: &mut Display<T>, name: String, value: String) {
    display.fields.insert(name, value)
}
