/// Sui object identifiers.
///
/// `UID` is the identity of an object: every `key` struct starts with an `id: UID` field, a `UID`
/// is only ever made fresh from a `TxContext` (or, for the system singletons, from a fixed
/// address) and it is never copied or dropped, only deleted. `ID` is the copyable, droppable
/// name of an object, used to refer to one without any authority over it.
module sui::object;

use std::bcs;
use sui::address;

/// The fixed ID of the singleton Sui System State object.
const SUI_SYSTEM_STATE_OBJECT_ID: address = @0x5;

/// The fixed ID of the singleton `Clock` object.
const SUI_CLOCK_OBJECT_ID: address = @0x6;

/// The fixed ID of the singleton authenticator state object.
const SUI_AUTHENTICATOR_STATE_ID: address = @0x7;

/// The fixed ID of the singleton `Random` object.
const SUI_RANDOM_ID: address = @0x8;

/// The fixed ID of the bridge object.
const SUI_BRIDGE_ID: address = @0x9;

/// The fixed ID of the coin registry object.
const SUI_COIN_REGISTRY_OBJECT_ID: address = @0xc;

/// The fixed ID of the accumulator root object.
const SUI_ACCUMULATOR_ROOT_OBJECT_ID: address = @0xacc;

/// The fixed ID of the singleton `DenyList` object.
const SUI_DENY_LIST_OBJECT_ID: address = @0x403;

/// The sender is not `@0x0`, the system address.
const ENotSystemAddress: u64 = 0;

/// The name of an object. Anyone can make an `ID` (from a `UID`, an object or an address), so an
/// `ID` value is not unique: it is a reference, and copying or dropping it is harmless.
public struct ID has copy, drop, store {
    // An `address` rather than `vector<u8>`: it has a fixed length of 32 bytes.
    bytes: address,
}

/// The globally unique identity of an object in storage. Any struct with the `key` ability has
/// `id: UID` as its first field. No two `UID` values are ever equal; a `UID` can only be derived
/// from a `TxContext`, and it has no `drop`, so it must be deleted explicitly with `delete`.
public struct UID has store {
    id: ID,
}

/// Allows calling `.to_address()` on an `ID`.
public use fun id_to_address as ID.to_address;

/// Allows calling `.to_bytes()` on an `ID`.
public use fun id_to_bytes as ID.to_bytes;

/// Allows calling `.to_address()` on a `UID`.
public use fun uid_to_address as UID.to_address;

/// Allows calling `.to_bytes()` on a `UID`.
public use fun uid_to_bytes as UID.to_bytes;

/// Allows calling `.to_inner()` on a `UID`.
public use fun uid_to_inner as UID.to_inner;

/// Allows calling `.as_inner()` on a `UID`.
public use fun uid_as_inner as UID.as_inner;

// === ID ===

/// The raw bytes of `id` (its BCS encoding: the 32 bytes of the address).
public fun id_to_bytes(id: &ID): vector<u8> {
    bcs::to_bytes(&id.bytes)
}

/// The address underlying `id`.
public fun id_to_address(id: &ID): address {
    id.bytes
}

/// An `ID` from 32 raw bytes. Aborts if `bytes` is not 32 bytes long.
public fun id_from_bytes(bytes: vector<u8>): ID {
    id_from_address(address::from_bytes(bytes))
}

/// An `ID` naming the object at `bytes`.
public fun id_from_address(bytes: address): ID {
    ID { bytes }
}

// === Well-known system objects ===

/// The `UID` of the Sui System State object. Only the system (sender `@0x0`) creates it, once, at
/// genesis.
#[allow(unused_function)]
fun sui_system_state(ctx: &TxContext): UID {
    assert!(ctx.sender() == @0x0, ENotSystemAddress);
    system_uid(SUI_SYSTEM_STATE_OBJECT_ID)
}

/// The `UID` of the singleton `Clock` object (`0x6`).
public(package) fun clock(): UID {
    system_uid(SUI_CLOCK_OBJECT_ID)
}

/// The `UID` of the singleton authenticator state object (`0x7`).
public(package) fun authenticator_state(): UID {
    system_uid(SUI_AUTHENTICATOR_STATE_ID)
}

/// The `UID` of the singleton `Random` object (`0x8`).
public(package) fun randomness_state(): UID {
    system_uid(SUI_RANDOM_ID)
}

/// The `UID` of the singleton `DenyList` object (`0x403`).
public(package) fun sui_deny_list_object_id(): UID {
    system_uid(SUI_DENY_LIST_OBJECT_ID)
}

/// The `UID` of the accumulator root object (`0xacc`).
public(package) fun sui_accumulator_root_object_id(): UID {
    system_uid(SUI_ACCUMULATOR_ROOT_OBJECT_ID)
}

/// The address of the accumulator root object.
public(package) fun sui_accumulator_root_address(): address {
    SUI_ACCUMULATOR_ROOT_OBJECT_ID
}

/// The `UID` of the coin registry object (`0xc`).
public(package) fun sui_coin_registry_object_id(): UID {
    system_uid(SUI_COIN_REGISTRY_OBJECT_ID)
}

/// The address of the coin registry object.
public(package) fun sui_coin_registry_address(): address {
    SUI_COIN_REGISTRY_OBJECT_ID
}

/// The `UID` of the bridge object (`0x9`).
#[allow(unused_function)]
fun bridge(): UID {
    system_uid(SUI_BRIDGE_ID)
}

/// A `UID` at a fixed system address.
fun system_uid(bytes: address): UID {
    UID { id: ID { bytes } }
}

// === UID ===

/// A reference to the `ID` inside `uid`.
public fun uid_as_inner(uid: &UID): &ID {
    &uid.id
}

/// A copy of the `ID` inside `uid`.
public fun uid_to_inner(uid: &UID): ID {
    uid.id
}

/// The raw bytes of `uid`.
public fun uid_to_bytes(uid: &UID): vector<u8> {
    bcs::to_bytes(&uid.id.bytes)
}

/// The address of `uid`.
public fun uid_to_address(uid: &UID): address {
    uid.id.bytes
}

/// A fresh `UID`, derived from the transaction digest and the number of IDs the transaction has
/// created so far. This is the only way for user code to obtain a `UID`.
public fun new(ctx: &mut TxContext): UID {
    let bytes = ctx.fresh_object_address();
    record_new_uid(bytes);
    UID { id: ID { bytes } }
}

/// Delete `id`, ending the life of the object it identified. Every object must be unpacked and
/// its `UID` deleted to be destroyed; a deleted `UID` never comes back.
public fun delete(id: UID) {
    let UID { id: ID { bytes } } = id;
    delete_impl(bytes)
}

/// The `ID` of `obj`.
public fun id<T: key>(obj: &T): ID {
    borrow_uid(obj).id
}

/// A reference to the `ID` of `obj`.
public fun borrow_id<T: key>(obj: &T): &ID {
    &borrow_uid(obj).id
}

/// The raw bytes of the ID of `obj`.
public(package) fun id_bytes<T: key>(obj: &T): vector<u8> {
    bcs::to_bytes(&borrow_uid(obj).id.bytes)
}

/// The address of the ID of `obj`.
public(package) fun id_address<T: key>(obj: &T): address {
    borrow_uid(obj).id.bytes
}

/// A reference to the `UID` of `obj`, which is always its first field. Native: the generic `T`
/// gives Move code no other way to reach the field.
public(package) native fun borrow_uid<T: key>(obj: &T): &UID;

/// A `UID` for an address computed by hashing (dynamic fields, derived objects); it is recorded as
/// a new object ID of the transaction. The caller guarantees the hash is fresh.
public(package) fun new_uid_from_hash(bytes: address): UID {
    record_new_uid(bytes);
    UID { id: ID { bytes } }
}

// === Natives ===

/// Tell the runtime that the object `id` was deleted.
native fun delete_impl(id: address);

/// Tell the runtime that the object `id` was created by this transaction.
native fun record_new_uid(id: address);

// === Test-only ===

/// A fresh `UID`, as `new` makes one; for tests.
#[test_only]
public fun new_for_testing(ctx: &mut TxContext): UID {
    new(ctx)
}

/// The ID of the object created most recently with `ctx`. Aborts if none was.
#[test_only]
public fun last_created(ctx: &TxContext): ID {
    ID { bytes: ctx.last_created_object_id() }
}
