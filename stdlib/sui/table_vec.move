/// A vector whose elements are stored in a `Table` (as dynamic fields), keyed by index, so that it
/// can grow beyond the size limits of an object.
module sui::table_vec;

use sui::table::{Self, Table};

/// The index is not that of an element.
const EIndexOutOfBound: u64 = 0;

/// The vector is not empty and cannot be destroyed.
const ETableNonEmpty: u64 = 1;

/// A vector of `Element`s stored in a table under the keys `0` to `length - 1`.
public struct TableVec<phantom Element: store> has store {
    /// The elements, keyed by index.
    contents: Table<u64, Element>,
}

/// An empty vector.
public fun empty<Element: store>(ctx: &mut TxContext): TableVec<Element> {
    TableVec { contents: table::new(ctx) }
}

/// A vector holding only `e`.
public fun singleton<Element: store>(e: Element, ctx: &mut TxContext): TableVec<Element> {
    let mut t = empty(ctx);
    t.push_back(e);
    t
}

/// The number of elements.
public fun length<Element: store>(t: &TableVec<Element>): u64 {
    t.contents.length()
}

/// Whether the vector has no elements.
public fun is_empty<Element: store>(t: &TableVec<Element>): bool {
    t.length() == 0
}

/// A reference to the element at `i`. Aborts with `EIndexOutOfBound` if there is none.
#[syntax(index)]
public fun borrow<Element: store>(t: &TableVec<Element>, i: u64): &Element {
    assert!(i < t.length(), EIndexOutOfBound);
    t.contents.borrow(i)
}

/// Add `e` at the end.
public fun push_back<Element: store>(t: &mut TableVec<Element>, e: Element) {
    let key = t.length();
    t.contents.add(key, e);
}

/// A mutable reference to the element at `i`. Aborts with `EIndexOutOfBound` if there is none.
#[syntax(index)]
public fun borrow_mut<Element: store>(t: &mut TableVec<Element>, i: u64): &mut Element {
    assert!(i < t.length(), EIndexOutOfBound);
    t.contents.borrow_mut(i)
}

/// Remove the last element and return it. Aborts with `EIndexOutOfBound` if the vector is empty.
public fun pop_back<Element: store>(t: &mut TableVec<Element>): Element {
    let len = t.length();
    assert!(len > 0, EIndexOutOfBound);
    t.contents.remove(len - 1)
}

/// Destroy an empty vector. Aborts with `ETableNonEmpty` if it has elements.
public fun destroy_empty<Element: store>(t: TableVec<Element>) {
    assert!(t.length() == 0, ETableNonEmpty);
    let TableVec { contents } = t;
    contents.destroy_empty();
}

/// Destroy a vector and all its elements, which must have `drop`.
public fun drop<Element: drop + store>(t: TableVec<Element>) {
    let TableVec { contents } = t;
    contents.drop()
}

/// Exchange the elements at `i` and `j`. Aborts with `EIndexOutOfBound` if either does not exist.
public fun swap<Element: store>(t: &mut TableVec<Element>, i: u64, j: u64) {
    let len = t.length();
    assert!(i < len, EIndexOutOfBound);
    assert!(j < len, EIndexOutOfBound);
    if (i == j) {
        return
    };
    let element_i = t.contents.remove(i);
    let element_j = t.contents.remove(j);
    t.contents.add(i, element_j);
    t.contents.add(j, element_i);
}

/// Remove the element at `i`, moving the last element into its place, and return it. O(1), but
/// does not keep the order. Aborts with `EIndexOutOfBound` if there is no element at `i`.
public fun swap_remove<Element: store>(t: &mut TableVec<Element>, i: u64): Element {
    let len = t.length();
    assert!(i < len, EIndexOutOfBound);
    t.swap(i, len - 1);
    t.pop_back()
}
