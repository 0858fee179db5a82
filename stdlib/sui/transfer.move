/// Ownership changes of objects: transferring an object to an address, sharing it, freezing it,
/// and receiving an object that was sent to another object.
///
/// The plain functions (`transfer`, `share_object`, `freeze_object`, `receive`) may only be called
/// from the module that defines `T`, which can so enforce its own rules; the `public_*` variants
/// work on any `T: key + store` from anywhere.
module sui::transfer;

/// A shared object was not created in the current transaction: only new objects can be shared.
/// Raised by the `share_object_impl` native.
#[allow(unused_const)]
const ESharedNonNewObject: u64 = 0;

/// A `Receiving` argument could not be deserialized.
#[allow(unused_const)]
const EBCSSerializationFailure: u64 = 1;

/// The object named by a `Receiving<T>` is not of type `T`.
#[allow(unused_const)]
const EReceivingObjectTypeMismatch: u64 = 2;

/// The object named by a `Receiving<T>` is not owned by the parent, or not at that version.
#[allow(unused_const)]
const EUnableToReceiveObject: u64 = 3;

/// Shared objects cannot be wrapped, transferred, frozen or deleted except as allowed.
#[allow(unused_const)]
const ESharedObjectOperationNotSupported: u64 = 4;

/// The right to receive an object of type `T` that was sent to another object: its ID and the
/// version it had when the transaction was built.
public struct Receiving<phantom T: key> has drop {
    id: ID,
    version: u64,
}

/// Transfer ownership of `obj` to `recipient`. `obj` must have `key`; only the module that
/// defines `T` may call this (use `public_transfer` elsewhere). Sending to the address of an
/// object makes `obj` receivable by that object (`receive`).
public fun transfer<T: key>(obj: T, recipient: address) {
    transfer_impl(obj, recipient)
}

/// Transfer ownership of `obj` to `recipient`, from any module, for `T: key + store`.
public fun public_transfer<T: key + store>(obj: T, recipient: address) {
    transfer_impl(obj, recipient)
}

/// Make `obj` immutable: it can be read by anyone and never changed, transferred or deleted
/// again. Only the module that defines `T` may call this.
public fun freeze_object<T: key>(obj: T) {
    freeze_object_impl(obj)
}

/// Make `obj` immutable, from any module, for `T: key + store`.
public fun public_freeze_object<T: key + store>(obj: T) {
    freeze_object_impl(obj)
}

/// Make `obj` shared: anyone can read and write it in a transaction. Only the module that
/// defines `T` may call this. Aborts with `ESharedNonNewObject` unless `obj` was created in the
/// current transaction.
public fun share_object<T: key>(obj: T) {
    share_object_impl(obj)
}

/// Make `obj` shared, from any module, for `T: key + store`.
public fun public_share_object<T: key + store>(obj: T) {
    share_object_impl(obj)
}

/// Take the object named by `to_receive`, which was sent to `parent`, out of `parent`'s
/// ownership and return it. Only the module that defines `T` may call this. Aborts if the object
/// is not owned by `parent` at the expected version, or is not a `T`.
public fun receive<T: key>(parent: &mut UID, to_receive: Receiving<T>): T {
    let Receiving { id, version } = to_receive;
    receive_impl(parent.to_address(), id, version)
}

/// `receive`, from any module, for `T: key + store`.
public fun public_receive<T: key + store>(parent: &mut UID, to_receive: Receiving<T>): T {
    let Receiving { id, version } = to_receive;
    receive_impl(parent.to_address(), id, version)
}

/// The ID of the object that `receiving` lets one receive.
public fun receiving_object_id<T: key>(receiving: &Receiving<T>): ID {
    receiving.id
}

// === Natives ===

/// Make `obj` immutable.
public(package) native fun freeze_object_impl<T: key>(obj: T);

/// Make `obj` shared; aborts with `ESharedNonNewObject` if it is not new in this transaction.
public(package) native fun share_object_impl<T: key>(obj: T);

/// Make `recipient` the owner of `obj`.
public(package) native fun transfer_impl<T: key>(obj: T, recipient: address);

/// Load the object `to_receive` at `version`, owned by `parent`, as a `T`.
native fun receive_impl<T: key>(parent: address, to_receive: ID, version: u64): T;

// === Test-only ===

/// A `Receiving<T>` for the object `id` at `version`, for tests.
#[test_only]
public fun make_receiver<T: key>(id: ID, version: u64): Receiving<T> {
    Receiving { id, version }
}

/// The ID inside `receiving`.
#[test_only]
public fun receiving_id<T: key>(receiving: &Receiving<T>): ID {
    receiving.id
}
