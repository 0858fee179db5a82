/// Lock an object behind a key.
///
/// `lock` puts an object in a `Locked` wrapper and returns the matching `Key`; only that
/// key can `unlock` it again, and unlocking consumes the key. An escrow can then promise
/// "the object locked by key K" by the key's ID: as long as the key exists, the object
/// it guards cannot have been swapped for another one.
module escrow::lock;

use sui::dynamic_object_field as dof;
use sui::event;

// === Errors ===

/// The key does not belong to this lock.
const ELockKeyMismatch: u64 = 0;

/// The dynamic object field under which the locked object is kept.
public struct LockedObjectKey has copy, drop, store {}

/// A locked object: the object itself is a dynamic object field of `id`, so it stays
/// visible (and keeps its ID) while it is locked.
public struct Locked<phantom T: key + store> has key, store {
    id: UID,
    key: ID,
}

/// Opens the `Locked` whose `key` field is this key's ID.
public struct Key has key, store { id: UID }

// === Events ===

public struct LockCreated has copy, drop {
    lock_id: ID,
    key_id: ID,
    creator: address,
    item_id: ID,
}

public struct LockDestroyed has copy, drop {
    lock_id: ID,
}

/// Lock `obj`; returns the lock and its key.
public fun lock<T: key + store>(obj: T, ctx: &mut TxContext): (Locked<T>, Key) {
    let key = Key { id: object::new(ctx) };
    let mut lock = Locked { id: object::new(ctx), key: object::id(&key) };
    event::emit(LockCreated {
        lock_id: object::id(&lock),
        key_id: object::id(&key),
        creator: ctx.sender(),
        item_id: object::id(&obj),
    });
    dof::add(&mut lock.id, LockedObjectKey {}, obj);
    (lock, key)
}

/// Unlock with its key: the key is destroyed and the object is returned.
public fun unlock<T: key + store>(mut locked: Locked<T>, key: Key): T {
    assert!(locked.key == object::id(&key), ELockKeyMismatch);
    let Key { id } = key;
    id.delete();

    let obj = dof::remove<LockedObjectKey, T>(&mut locked.id, LockedObjectKey {});
    event::emit(LockDestroyed { lock_id: object::id(&locked) });
    let Locked { id, key: _ } = locked;
    id.delete();
    obj
}

/// The ID of the key that opens `locked`.
public fun key_id<T: key + store>(locked: &Locked<T>): ID { locked.key }
