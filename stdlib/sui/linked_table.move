/// A table like `sui::table` whose entries also form a doubly linked list in insertion order
/// (or any order built with `push_front` / `push_back`), so they can be walked from either end
/// with `front` / `back` and `next` / `prev`, and popped from either end.
module sui::linked_table;

use sui::dynamic_field as field;

/// The table still has entries.
const ETableNotEmpty: u64 = 0;
/// The table has no entries to pop.
const ETableIsEmpty: u64 = 1;

public struct LinkedTable<K: copy + drop + store, phantom V: store> has key, store {
    /// The table's ID; the entries are dynamic fields of it.
    id: UID,
    /// How many entries the table holds.
    size: u64,
    /// The first key, if any.
    head: Option<K>,
    /// The last key, if any.
    tail: Option<K>,
}

/// One entry: the value and the keys of its neighbours.
public struct Node<K: copy + drop + store, V: store> has store {
    /// The key before this one, if any.
    prev: Option<K>,
    /// The key after this one, if any.
    next: Option<K>,
    /// The stored value.
    value: V,
}

/// A new, empty table.
public fun new<K: copy + drop + store, V: store>(ctx: &mut TxContext): LinkedTable<K, V> {
    LinkedTable { id: object::new(ctx), size: 0, head: option::none(), tail: option::none() }
}

/// The first key, or `none` if the table is empty.
public fun front<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>): &Option<K> {
    &table.head
}

/// The last key, or `none` if the table is empty.
public fun back<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>): &Option<K> {
    &table.tail
}

/// Insert `k -> value` at the front.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the table already has key `k`.
public fun push_front<K: copy + drop + store, V: store>(
    table: &mut LinkedTable<K, V>,
    k: K,
    value: V,
) {
    let next = table.head;
    if (next.is_some()) {
        node_mut<K, V>(table, *next.borrow()).prev = option::some(k);
    } else {
        table.tail = option::some(k);
    };
    field::add(&mut table.id, k, Node { prev: option::none(), next, value });
    table.head = option::some(k);
    table.size = table.size + 1;
}

/// Insert `k -> value` at the back.
/// Aborts with `sui::dynamic_field::EFieldAlreadyExists` if the table already has key `k`.
public fun push_back<K: copy + drop + store, V: store>(
    table: &mut LinkedTable<K, V>,
    k: K,
    value: V,
) {
    let prev = table.tail;
    if (prev.is_some()) {
        node_mut<K, V>(table, *prev.borrow()).next = option::some(k);
    } else {
        table.head = option::some(k);
    };
    field::add(&mut table.id, k, Node { prev, next: option::none(), value });
    table.tail = option::some(k);
    table.size = table.size + 1;
}

#[syntax(index)]
/// Read access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>, k: K): &V {
    &node<K, V>(table, k).value
}

#[syntax(index)]
/// Write access to the value under `k`.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun borrow_mut<K: copy + drop + store, V: store>(
    table: &mut LinkedTable<K, V>,
    k: K,
): &mut V {
    &mut node_mut<K, V>(table, k).value
}

/// The key before `k`, or `none` if `k` is the first.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun prev<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>, k: K): &Option<K> {
    &node<K, V>(table, k).prev
}

/// The key after `k`, or `none` if `k` is the last.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun next<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>, k: K): &Option<K> {
    &node<K, V>(table, k).next
}

/// Remove the entry under `k`, wherever it is in the list, and return its value.
/// Aborts with `sui::dynamic_field::EFieldDoesNotExist` if the table has no key `k`.
public fun remove<K: copy + drop + store, V: store>(table: &mut LinkedTable<K, V>, k: K): V {
    let Node<K, V> { prev, next, value } = field::remove(&mut table.id, k);
    table.size = table.size - 1;
    // unlink: the neighbours (or the ends of the list) now point past `k`
    if (prev.is_some()) {
        node_mut<K, V>(table, *prev.borrow()).next = next;
    } else {
        table.head = next;
    };
    if (next.is_some()) {
        node_mut<K, V>(table, *next.borrow()).prev = prev;
    } else {
        table.tail = prev;
    };
    value
}

/// Remove the first entry and return its key and value.
/// Aborts with `ETableIsEmpty` if the table is empty.
public fun pop_front<K: copy + drop + store, V: store>(table: &mut LinkedTable<K, V>): (K, V) {
    assert!(table.head.is_some(), ETableIsEmpty);
    let k = *table.head.borrow();
    let value = remove(table, k);
    (k, value)
}

/// Remove the last entry and return its key and value.
/// Aborts with `ETableIsEmpty` if the table is empty.
public fun pop_back<K: copy + drop + store, V: store>(table: &mut LinkedTable<K, V>): (K, V) {
    assert!(table.tail.is_some(), ETableIsEmpty);
    let k = *table.tail.borrow();
    let value = remove(table, k);
    (k, value)
}

/// True iff the table has an entry under `k`.
public fun contains<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>, k: K): bool {
    field::exists_with_type<K, Node<K, V>>(&table.id, k)
}

/// The number of entries.
public fun length<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>): u64 {
    table.size
}

/// True iff the table has no entries.
public fun is_empty<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>): bool {
    table.size == 0
}

/// Destroy an empty table.
/// Aborts with `ETableNotEmpty` if it still has entries.
public fun destroy_empty<K: copy + drop + store, V: store>(table: LinkedTable<K, V>) {
    let LinkedTable { id, size, head: _, tail: _ } = table;
    assert!(size == 0, ETableNotEmpty);
    object::delete(id)
}

/// Destroy a table whatever it holds. Its values must be droppable; any entries left behind
/// become unreachable.
public fun drop<K: copy + drop + store, V: drop + store>(table: LinkedTable<K, V>) {
    let LinkedTable { id, size: _, head: _, tail: _ } = table;
    object::delete(id)
}

fun node<K: copy + drop + store, V: store>(table: &LinkedTable<K, V>, k: K): &Node<K, V> {
    field::borrow(&table.id, k)
}

fun node_mut<K: copy + drop + store, V: store>(
    table: &mut LinkedTable<K, V>,
    k: K,
): &mut Node<K, V> {
    field::borrow_mut(&mut table.id, k)
}
