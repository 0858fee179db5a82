/// Like `sui::bag`, a heterogeneous map-like collection, but the values are objects
/// (`key + store`) stored as dynamic object fields, so they remain visible in storage under
/// their own IDs. Inside Move the two behave the same.
module sui::object_bag;

use sui::dynamic_object_field as ofield;

/// The bag still has entries.
const EBagNotEmpty: u64 = 0;

public struct ObjectBag has key, store {
    /// The bag's ID; the entries are dynamic object fields of it.
    id: UID,
    /// How many entries the bag holds.
    size: u64,
}

/// A new, empty bag.
public fun new(ctx: &mut TxContext): ObjectBag {
    ObjectBag { id: object::new(ctx), size: 0 }
}

/// Add the entry `k -> v`.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the bag already has key `k`.
public fun add<K: copy + drop + store, V: key + store>(bag: &mut ObjectBag, k: K, v: V) {
    ofield::add(&mut bag.id, k, v);
    bag.size = bag.size + 1;
}

#[syntax(index)]
/// Read access to the object under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the object there is not a `V`.
public fun borrow<K: copy + drop + store, V: key + store>(bag: &ObjectBag, k: K): &V {
    ofield::borrow(&bag.id, k)
}

#[syntax(index)]
/// Write access to the object under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the object there is not a `V`.
public fun borrow_mut<K: copy + drop + store, V: key + store>(bag: &mut ObjectBag, k: K): &mut V {
    ofield::borrow_mut(&mut bag.id, k)
}

/// Remove the entry under `k` and return its object.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the object there is not a `V`.
public fun remove<K: copy + drop + store, V: key + store>(bag: &mut ObjectBag, k: K): V {
    let v: V = ofield::remove(&mut bag.id, k);
    bag.size = bag.size - 1;
    v
}

/// True iff the bag has an entry under `k`, whatever its object type.
public fun contains<K: copy + drop + store>(bag: &ObjectBag, k: K): bool {
    ofield::exists_<K>(&bag.id, k)
}

/// True iff the bag has an entry under `k` whose object is a `V`.
public fun contains_with_type<K: copy + drop + store, V: key + store>(bag: &ObjectBag, k: K): bool {
    ofield::exists_with_type<K, V>(&bag.id, k)
}

/// The number of entries.
public fun length(bag: &ObjectBag): u64 {
    bag.size
}

/// True iff the bag has no entries.
public fun is_empty(bag: &ObjectBag): bool {
    bag.size == 0
}

/// Destroy an empty bag.
/// Aborts with `EBagNotEmpty` if it still has entries.
public fun destroy_empty(bag: ObjectBag) {
    let ObjectBag { id, size } = bag;
    assert!(size == 0, EBagNotEmpty);
    object::delete(id)
}

/// The ID of the object under `k`, or `none` if the bag has no such key.
public fun value_id<K: copy + drop + store>(bag: &ObjectBag, k: K): Option<ID> {
    ofield::id(&bag.id, k)
}
