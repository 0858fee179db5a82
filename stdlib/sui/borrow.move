/// Borrowing a stored object by value for the length of a transaction, with a guarantee that the
/// same object is put back.
///
/// A `Referent<T>` holds an object. `borrow` takes the object out together with a `Borrow`, a
/// "hot potato" (no abilities) that must be returned to `put_back` along with the very same object
/// (checked by ID), so the holder of the `Referent` cannot lose or swap it.
module sui::borrow;

/// The `Borrow` does not come from this `Referent`.
const EWrongBorrow: u64 = 0;

/// The object put back is not the one that was borrowed.
const EWrongValue: u64 = 1;

/// A holder of an object of type `T` that can be lent out by value.
public struct Referent<T: key + store> has store {
    /// A unique address identifying this referent.
    id: address,
    /// The object; none while it is borrowed.
    value: Option<T>,
}

/// The obligation to return a borrowed object to its `Referent`.
public struct Borrow {
    /// The `id` of the referent the object came from.
    ref: address,
    /// The ID of the borrowed object.
    obj: ID,
}

/// A new `Referent` holding `value`.
public fun new<T: key + store>(value: T, ctx: &mut TxContext): Referent<T> {
    Referent { id: ctx.fresh_object_address(), value: option::some(value) }
}

/// Take the object out of `self`, with the `Borrow` that must bring it back. Aborts if it is
/// already borrowed.
public fun borrow<T: key + store>(self: &mut Referent<T>): (T, Borrow) {
    let value = self.value.extract();
    let obj = object::id(&value);
    (value, Borrow { ref: self.id, obj })
}

/// Return the borrowed object `value` to `self`, settling `borrow`. Aborts with `EWrongBorrow` if
/// `borrow` comes from another referent and with `EWrongValue` if `value` is not the object that
/// was borrowed.
public fun put_back<T: key + store>(self: &mut Referent<T>, value: T, borrow: Borrow) {
    let Borrow { ref, obj } = borrow;
    assert!(object::id(&value) == obj, EWrongValue);
    assert!(self.id == ref, EWrongBorrow);
    self.value.fill(value);
}

/// Destroy `self` and return its object. Aborts if the object is borrowed.
public fun destroy<T: key + store>(self: Referent<T>): T {
    let Referent { id: _, value } = self;
    value.destroy_some()
}
