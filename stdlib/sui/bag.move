/// A heterogeneous map-like collection: like `sui::table`, its entries are dynamic fields of
/// the bag's `UID` rather than part of the `Bag` value, but each entry may have its own key and
/// value types. Two bags with the same entries are not `==`: each bag is its own object.
/// A `Bag` can only be destroyed once it is empty, so its values are never stranded.
module sui::bag;

use sui::dynamic_field as field;

/// The bag still has entries.
const EBagNotEmpty: u64 = 0;

public struct Bag has key, store {
    /// The bag's ID; the entries are dynamic fields of it.
    id: UID,
    /// How many entries the bag holds.
    size: u64,
}

/// A new, empty bag.
public fun new(ctx: &mut TxContext): Bag {
    Bag { id: object::new(ctx), size: 0 }
}

/// Add the entry `k -> v`.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the bag already has key `k`.
public fun add<K: copy + drop + store, V: store>(bag: &mut Bag, k: K, v: V) {
    field::add(&mut bag.id, k, v);
    bag.size = bag.size + 1;
}

#[syntax(index)]
/// Read access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the value there is not a `V`.
public fun borrow<K: copy + drop + store, V: store>(bag: &Bag, k: K): &V {
    field::borrow(&bag.id, k)
}

#[syntax(index)]
/// Write access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the value there is not a `V`.
public fun borrow_mut<K: copy + drop + store, V: store>(bag: &mut Bag, k: K): &mut V {
    field::borrow_mut(&mut bag.id, k)
}

/// Remove the entry under `k` and return its value.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the bag has no key `k`, and with
/// `sui::dynamic_field::EFieldTypeMismatch` if the value there is not a `V`.
public fun remove<K: copy + drop + store, V: store>(bag: &mut Bag, k: K): V {
    let v: V = field::remove(&mut bag.id, k);
    bag.size = bag.size - 1;
    v
}

/// True iff the bag has an entry under `k`, whatever its value type.
public fun contains<K: copy + drop + store>(bag: &Bag, k: K): bool {
    field::exists_<K>(&bag.id, k)
}

/// True iff the bag has an entry under `k` whose value is a `V`.
public fun contains_with_type<K: copy + drop + store, V: store>(bag: &Bag, k: K): bool {
    field::exists_with_type<K, V>(&bag.id, k)
}

/// The number of entries.
public fun length(bag: &Bag): u64 {
    bag.size
}

/// True iff the bag has no entries.
public fun is_empty(bag: &Bag): bool {
    bag.size == 0
}

/// Destroy an empty bag.
/// Aborts with `EBagNotEmpty` if it still has entries.
public fun destroy_empty(bag: Bag) {
    let Bag { id, size } = bag;
    assert!(size == 0, EBagNotEmpty);
    object::delete(id)
}
