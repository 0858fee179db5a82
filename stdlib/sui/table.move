/// A map-like collection whose entries are stored as dynamic fields of the table's `UID`
/// rather than inside the `Table` value. All keys have type `K` and all values type `V`.
/// Because the entries live in the object system, two tables holding the same entries are not
/// `==`: each table is its own object. A `Table` can only be destroyed once it is empty (or,
/// with `drop`, when its values can be dropped).
module sui::table;

use sui::dynamic_field as field;

/// The table still has entries.
const ETableNotEmpty: u64 = 0;

public struct Table<phantom K: copy + drop + store, phantom V: store> has key, store {
    /// The table's ID; the entries are dynamic fields of it.
    id: UID,
    /// How many entries the table holds.
    size: u64,
}

/// A new, empty table.
public fun new<K: copy + drop + store, V: store>(ctx: &mut TxContext): Table<K, V> {
    Table { id: object::new(ctx), size: 0 }
}

/// Add the entry `k -> v`.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the table already has key `k`.
public fun add<K: copy + drop + store, V: store>(table: &mut Table<K, V>, k: K, v: V) {
    field::add(&mut table.id, k, v);
    table.size = table.size + 1;
}

#[syntax(index)]
/// Read access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow<K: copy + drop + store, V: store>(table: &Table<K, V>, k: K): &V {
    field::borrow(&table.id, k)
}

#[syntax(index)]
/// Write access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow_mut<K: copy + drop + store, V: store>(table: &mut Table<K, V>, k: K): &mut V {
    field::borrow_mut(&mut table.id, k)
}

/// Remove the entry under `k` and return its value.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun remove<K: copy + drop + store, V: store>(table: &mut Table<K, V>, k: K): V {
    let v: V = field::remove(&mut table.id, k);
    table.size = table.size - 1;
    v
}

/// True iff the table has an entry under `k`.
public fun contains<K: copy + drop + store, V: store>(table: &Table<K, V>, k: K): bool {
    field::exists_with_type<K, V>(&table.id, k)
}

/// The number of entries.
public fun length<K: copy + drop + store, V: store>(table: &Table<K, V>): u64 {
    table.size
}

/// True iff the table has no entries.
public fun is_empty<K: copy + drop + store, V: store>(table: &Table<K, V>): bool {
    table.size == 0
}

/// Destroy an empty table.
/// Aborts with `ETableNotEmpty` if it still has entries.
public fun destroy_empty<K: copy + drop + store, V: store>(table: Table<K, V>) {
    let Table { id, size } = table;
    assert!(size == 0, ETableNotEmpty);
    object::delete(id)
}

/// Destroy a table whatever it holds. Its values must be droppable; any entries left behind
/// become unreachable.
public fun drop<K: copy + drop + store, V: drop + store>(table: Table<K, V>) {
    let Table { id, size: _ } = table;
    object::delete(id)
}
