/// An escrowed swap through a shared object, with no third party.
///
/// Bob locks the object he offers (module `escrow::lock`) and tells Alice the ID of its
/// key. Alice calls `create` with her object, Bob's key ID and Bob's address: her object
/// goes into a shared `Escrow`. Bob calls `swap` with his key and lock: he receives
/// Alice's object and Alice receives his, in one atomic transaction. Until then, Alice
/// may cancel with `return_to_sender`. Bob cannot swap in a different object, since the
/// escrow only accepts the lock opened by the key it names.
///
/// `Escrow` is always shared, so `swap` and `return_to_sender` go through consensus.
module escrow::shared;

use escrow::lock::{Locked, Key};
use sui::dynamic_object_field as dof;
use sui::event;

// === Errors ===

/// The caller is not the escrow's recipient (for `swap`) or sender (for a cancel).
const EMismatchedSenderRecipient: u64 = 0;
/// The key is not the one the escrow asks for.
const EMismatchedExchangeObject: u64 = 1;

/// The dynamic object field under which the escrowed object is kept.
public struct EscrowedObjectKey has copy, drop, store {}

/// A shared offer of an object of type `T` (kept as a dynamic object field of `id`).
public struct Escrow<phantom T: key + store> has key {
    id: UID,
    sender: address,
    recipient: address,
    /// The ID of the key that locked the object the sender wants in return.
    exchange_key: ID,
}

// === Events ===

public struct EscrowCreated has copy, drop {
    escrow_id: ID,
    key_id: ID,
    sender: address,
    recipient: address,
    item_id: ID,
}

public struct EscrowSwapped has copy, drop {
    escrow_id: ID,
}

public struct EscrowCancelled has copy, drop {
    escrow_id: ID,
}

/// Offer `escrowed` to `recipient` in exchange for the object locked by `exchange_key`.
public fun create<T: key + store>(
    escrowed: T,
    exchange_key: ID,
    recipient: address,
    ctx: &mut TxContext,
) {
    let mut escrow = Escrow<T> {
        id: object::new(ctx),
        sender: ctx.sender(),
        recipient,
        exchange_key,
    };
    event::emit(EscrowCreated {
        escrow_id: object::id(&escrow),
        key_id: exchange_key,
        sender: escrow.sender,
        recipient,
        item_id: object::id(&escrowed),
    });
    dof::add(&mut escrow.id, EscrowedObjectKey {}, escrowed);
    transfer::share_object(escrow);
}

/// The recipient accepts: their locked object goes to the sender, and they get the
/// escrowed object.
public fun swap<T: key + store, U: key + store>(
    mut escrow: Escrow<T>,
    key: Key,
    locked: Locked<U>,
    ctx: &TxContext,
): T {
    let escrowed = dof::remove<EscrowedObjectKey, T>(&mut escrow.id, EscrowedObjectKey {});
    let Escrow { id, sender, recipient, exchange_key } = escrow;

    assert!(recipient == ctx.sender(), EMismatchedSenderRecipient);
    assert!(exchange_key == object::id(&key), EMismatchedExchangeObject);

    transfer::public_transfer(locked.unlock(key), sender);
    event::emit(EscrowSwapped { escrow_id: id.to_inner() });
    id.delete();
    escrowed
}

/// The sender cancels and takes the escrowed object back.
public fun return_to_sender<T: key + store>(mut escrow: Escrow<T>, ctx: &TxContext): T {
    event::emit(EscrowCancelled { escrow_id: object::id(&escrow) });
    let escrowed = dof::remove<EscrowedObjectKey, T>(&mut escrow.id, EscrowedObjectKey {});
    let Escrow { id, sender, recipient: _, exchange_key: _ } = escrow;
    assert!(sender == ctx.sender(), EMismatchedSenderRecipient);
    id.delete();
    escrowed
}

/// Who may accept the escrow.
public fun recipient<T: key + store>(escrow: &Escrow<T>): address { escrow.recipient }

/// The key the escrow asks for.
public fun exchange_key<T: key + store>(escrow: &Escrow<T>): ID { escrow.exchange_key }
