/// Like `sui::table`, a map-like collection with keys of type `K` and values of type `V`, but
/// the values are objects (`key + store`) stored as dynamic object fields, so they remain
/// visible in storage under their own IDs. Inside Move the two behave the same.
module sui::object_table;

use sui::dynamic_object_field as ofield;

/// The table still has entries.
const ETableNotEmpty: u64 = 0;

public struct ObjectTable<phantom K: copy + drop + store, phantom V: key + store> has key, store {
    /// The table's ID; the entries are dynamic object fields of it.
    id: UID,
    /// How many entries the table holds.
    size: u64,
}

/// A new, empty table.
public fun new<K: copy + drop + store, V: key + store>(ctx: &mut TxContext): ObjectTable<K, V> {
    ObjectTable { id: object::new(ctx), size: 0 }
}

/// Add the entry `k -> v`.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the table already has key `k`.
public fun add<K: copy + drop + store, V: key + store>(table: &mut ObjectTable<K, V>, k: K, v: V) {
    ofield::add(&mut table.id, k, v);
    table.size = table.size + 1;
}

#[syntax(index)]
/// Read access to the object under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow<K: copy + drop + store, V: key + store>(table: &ObjectTable<K, V>, k: K): &V {
    ofield::borrow(&table.id, k)
}

#[syntax(index)]
/// Write access to the object under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow_mut<K: copy + drop + store, V: key + store>(
    table: &mut ObjectTable<K, V>,
    k: K,
): &mut V {
    ofield::borrow_mut(&mut table.id, k)
}

/// Remove the entry under `k` and return its object.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun remove<K: copy + drop + store, V: key + store>(table: &mut ObjectTable<K, V>, k: K): V {
    let v: V = ofield::remove(&mut table.id, k);
    table.size = table.size - 1;
    v
}

/// True iff the table has an entry under `k`.
public fun contains<K: copy + drop + store, V: key + store>(table: &ObjectTable<K, V>, k: K): bool {
    ofield::exists_<K>(&table.id, k)
}

/// The number of entries.
public fun length<K: copy + drop + store, V: key + store>(table: &ObjectTable<K, V>): u64 {
    table.size
}

/// True iff the table has no entries.
public fun is_empty<K: copy + drop + store, V: key + store>(table: &ObjectTable<K, V>): bool {
    table.size == 0
}

/// Destroy an empty table.
/// Aborts with `ETableNotEmpty` if it still has entries.
public fun destroy_empty<K: copy + drop + store, V: key + store>(table: ObjectTable<K, V>) {
    let ObjectTable { id, size } = table;
    assert!(size == 0, ETableNotEmpty);
    object::delete(id)
}

/// The ID of the object under `k`, or `none` if the table has no such key.
public fun value_id<K: copy + drop + store, V: key + store>(
    table: &ObjectTable<K, V>,
    k: K,
): Option<ID> {
    ofield::id(&table.id, k)
}
