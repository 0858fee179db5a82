/// An escrowed swap of two owned objects through a trusted custodian.
///
/// Alice and Bob each `lock` the object they offer (module `escrow::lock`) and tell each
/// other the ID of their key. Each then calls `create` with their own key and lock, the
/// other party's key ID, and the custodian's address: the object is unlocked and wrapped
/// in an `Escrow` sent to the custodian. The custodian `swap`s two matching escrows, or
/// `return_to_sender`s one. The custodian can only follow the rules written here: it can
/// delay a swap, but it cannot keep or redirect the objects.
///
/// No object here is ever shared, so every call takes the fast path.
module escrow::owned;

use escrow::lock::{Locked, Key};

// === Errors ===

/// The two escrows are not sender and recipient of each other.
const EMismatchedSenderRecipient: u64 = 0;
/// An escrow does not hold the object the other one asks for.
const EMismatchedExchangeObject: u64 = 1;

/// An object held by the custodian for a swap. No `store`: only this module moves it.
public struct Escrow<T: key + store> has key {
    id: UID,
    /// Who offered `escrowed`.
    sender: address,
    /// Who is meant to receive `escrowed`.
    recipient: address,
    /// The ID of the key that locked the object the sender wants in return.
    exchange_key: ID,
    /// The ID of the key that locked `escrowed`.
    escrowed_key: ID,
    escrowed: T,
}

/// Offer the object in `locked` to `recipient`, in exchange for the object locked by the
/// key with ID `exchange_key`; the escrow goes to `custodian`.
public fun create<T: key + store>(
    key: Key,
    locked: Locked<T>,
    exchange_key: ID,
    recipient: address,
    custodian: address,
    ctx: &mut TxContext,
) {
    let escrowed_key = object::id(&key);
    let escrowed = locked.unlock(key);
    transfer::transfer(
        Escrow {
            id: object::new(ctx),
            sender: ctx.sender(),
            recipient,
            exchange_key,
            escrowed_key,
            escrowed,
        },
        custodian,
    );
}

/// Swap two matching escrows: each object goes to the other escrow's sender. Called by
/// the custodian, who owns both.
public fun swap<T: key + store, U: key + store>(obj1: Escrow<T>, obj2: Escrow<U>) {
    let Escrow {
        id: id1,
        sender: sender1,
        recipient: recipient1,
        exchange_key: exchange_key1,
        escrowed_key: escrowed_key1,
        escrowed: escrowed1,
    } = obj1;
    let Escrow {
        id: id2,
        sender: sender2,
        recipient: recipient2,
        exchange_key: exchange_key2,
        escrowed_key: escrowed_key2,
        escrowed: escrowed2,
    } = obj2;
    id1.delete();
    id2.delete();

    assert!(sender1 == recipient2, EMismatchedSenderRecipient);
    assert!(sender2 == recipient1, EMismatchedSenderRecipient);
    assert!(escrowed_key1 == exchange_key2, EMismatchedExchangeObject);
    assert!(escrowed_key2 == exchange_key1, EMismatchedExchangeObject);

    transfer::public_transfer(escrowed1, recipient1);
    transfer::public_transfer(escrowed2, recipient2);
}

/// Cancel: the custodian sends the escrowed object back to its sender.
public fun return_to_sender<T: key + store>(obj: Escrow<T>) {
    let Escrow { id, sender, recipient: _, exchange_key: _, escrowed_key: _, escrowed } = obj;
    id.delete();
    transfer::public_transfer(escrowed, sender);
}
