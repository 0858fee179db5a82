/// Growable, 0-indexed sequences of values of any type. The primitive operations (`empty`,
/// `length`, `borrow`, `push_back`, ...) are native; everything else (searching, inserting,
/// removing, reversing, slicing) is written on top of them, together with the higher-order
/// macros (`do!`, `map!`, `filter!`, `fold!`, `zip_do!`, sorting, ...).
#[defines_primitive(vector)]
module std::vector;

/// `.to_string()` on a `vector<u8>`: the UTF-8 `std::string::String` with those bytes.
public use fun std::string::utf8 as vector.to_string;

/// `.try_to_string()` on a `vector<u8>`: `None` if the bytes are not valid UTF-8.
public use fun std::string::try_utf8 as vector.try_to_string;

/// `.to_ascii_string()` on a `vector<u8>`: the `std::ascii::String` with those bytes.
public use fun std::ascii::string as vector.to_ascii_string;

/// `.try_to_ascii_string()` on a `vector<u8>`: `None` if some byte is not ASCII.
public use fun std::ascii::try_string as vector.try_to_ascii_string;

/// The index into the vector is out of bounds
const EINDEX_OUT_OF_BOUNDS: u64 = 0x20000;

// === Native operations ===

#[bytecode_instruction]
/// A new vector with no elements.
public native fun empty<Element>(): vector<Element>;

#[bytecode_instruction]
/// The number of elements in `v`.
public native fun length<Element>(v: &vector<Element>): u64;

#[syntax(index)]
#[bytecode_instruction]
/// A reference to the element at index `i`. Aborts if `i` is out of bounds.
public native fun borrow<Element>(v: &vector<Element>, i: u64): &Element;

#[bytecode_instruction]
/// Adds `e` after the last element of `v`.
public native fun push_back<Element>(v: &mut vector<Element>, e: Element);

#[syntax(index)]
#[bytecode_instruction]
/// A mutable reference to the element at index `i`. Aborts if `i` is out of bounds.
public native fun borrow_mut<Element>(v: &mut vector<Element>, i: u64): &mut Element;

#[bytecode_instruction]
/// Removes and returns the last element of `v`. Aborts if `v` is empty.
public native fun pop_back<Element>(v: &mut vector<Element>): Element;

#[bytecode_instruction]
/// Consumes the empty vector `v`. Aborts if `v` still has elements.
public native fun destroy_empty<Element>(v: vector<Element>);

#[bytecode_instruction]
/// Exchanges the elements at indices `i` and `j`. Aborts if either is out of bounds.
public native fun swap<Element>(v: &mut vector<Element>, i: u64, j: u64);

// === Functions ===

/// A vector holding exactly one element, `e`.
public fun singleton<Element>(e: Element): vector<Element> {
    vector[e]
}

/// Reverses the order of the elements of `v`, in place.
public fun reverse<Element>(v: &mut vector<Element>) {
    let n = v.length();
    if (n < 2) return;
    let mut lo = 0;
    let mut hi = n - 1;
    while (lo < hi) {
        v.swap(lo, hi);
        lo = lo + 1;
        hi = hi - 1;
    }
}

/// Moves every element of `other`, in order, to the end of `lhs`.
public fun append<Element>(lhs: &mut vector<Element>, mut other: vector<Element>) {
    other.reverse();
    while (!other.is_empty()) lhs.push_back(other.pop_back());
    other.destroy_empty();
}

/// Whether `v` has no elements.
public fun is_empty<Element>(v: &vector<Element>): bool {
    v.length() == 0
}

/// Whether some element of `v` is equal to `e`.
public fun contains<Element>(v: &vector<Element>, e: &Element): bool {
    let n = v.length();
    let mut i = 0;
    while (i < n && v.borrow(i) != e) i = i + 1;
    i < n
}

/// `(true, i)` for the first index `i` whose element equals `e`; `(false, 0)` if there is none.
public fun index_of<Element>(v: &vector<Element>, e: &Element): (bool, u64) {
    let n = v.length();
    let mut i = 0;
    while (i < n) {
        if (v.borrow(i) == e) return (true, i);
        i = i + 1;
    };
    (false, 0)
}

/// Removes and returns the element at index `i`, shifting the later elements one place to the
/// left: the order of the others is kept, at a cost linear in the length.
/// Aborts if `i` is out of bounds.
public fun remove<Element>(v: &mut vector<Element>, i: u64): Element {
    let n = v.length();
    if (i >= n) abort EINDEX_OUT_OF_BOUNDS;
    let mut at = i;
    while (at + 1 < n) {
        v.swap(at, at + 1);
        at = at + 1;
    };
    v.pop_back()
}

/// Inserts `e` at index `i`, shifting the elements from `i` on one place to the right. With
/// `i == v.length()` this is `push_back`. Aborts if `i > v.length()`.
public fun insert<Element>(v: &mut vector<Element>, e: Element, i: u64) {
    let n = v.length();
    if (i > n) abort EINDEX_OUT_OF_BOUNDS;
    v.push_back(e);
    let mut at = n;
    while (at > i) {
        v.swap(at - 1, at);
        at = at - 1;
    }
}

/// Removes and returns the element at index `i`, moving the last element into its place: constant
/// time, but the order of the elements is not kept. Aborts if `i` is out of bounds.
public fun swap_remove<Element>(v: &mut vector<Element>, i: u64): Element {
    let n = v.length();
    if (n == 0) abort EINDEX_OUT_OF_BOUNDS;
    v.swap(i, n - 1);
    v.pop_back()
}

/// Removes from `v` every element after the first `n` and returns them, in order; `v` keeps its
/// first `n` elements. Aborts if `n` is greater than the length of `v`.
public fun skip_mut<T>(v: &mut vector<T>, n: u64): vector<T> {
    let len = v.length();
    assert!(n <= len);
    let mut rest = vector[];
    while (v.length() > n) rest.push_back(v.pop_back());
    rest.reverse();
    rest
}

/// The elements of `v` after its first `n`, in order; the first `n` are dropped.
/// Aborts if `n` is greater than the length of `v`.
public fun skip<T: drop>(mut v: vector<T>, n: u64): vector<T> {
    v.skip_mut(n)
}

/// Removes the first `n` elements of `v` and returns them, in order; `v` keeps the rest.
/// Aborts if `n` is greater than the length of `v`.
public fun take_mut<T>(v: &mut vector<T>, n: u64): vector<T> {
    assert!(n <= v.length());
    let mut front = vector[];
    v.reverse();
    let mut k = 0;
    while (k < n) {
        front.push_back(v.pop_back());
        k = k + 1;
    };
    v.reverse();
    front
}

/// The first `n` elements of `v`, in order; the rest are dropped.
/// Aborts if `n` is greater than the length of `v`.
public fun take<T: drop>(mut v: vector<T>, n: u64): vector<T> {
    assert!(n <= v.length());
    while (v.length() > n) {
        v.pop_back();
    };
    v
}

/// All the elements of the inner vectors of `v`, in order, in one vector.
public fun flatten<T>(mut v: vector<vector<T>>): vector<T> {
    v.reverse();
    let mut out = vector[];
    while (!v.is_empty()) out.append(v.pop_back());
    v.destroy_empty();
    out
}

// === Macros ===

/// A vector of length `$n` whose element `i` is `$f(i)`; `$f` is called for `0`, `1`, ... in order.
public macro fun tabulate<$T>($n: u64, $f: |u64| -> $T): vector<$T> {
    let n = $n;
    let mut out = vector[];
    let mut i = 0;
    while (i < n) {
        out.push_back($f(i));
        i = i + 1;
    };
    out
}

/// Consumes `$v`, calling `$f` on each element from the last to the first.
public macro fun destroy<$T, $R: drop>($v: vector<$T>, $f: |$T| -> $R) {
    let mut v = $v;
    while (!v.is_empty()) {
        $f(v.pop_back());
    };
    v.destroy_empty();
}

/// Consumes `$v`, calling `$f` on each element from the first to the last.
public macro fun do<$T, $R: drop>($v: vector<$T>, $f: |$T| -> $R) {
    let mut v = $v;
    v.reverse();
    while (!v.is_empty()) {
        $f(v.pop_back());
    };
    v.destroy_empty();
}

/// Calls `$f` on a reference to each element of `$v`, first to last; `$v` is unchanged.
public macro fun do_ref<$T, $R: drop>($v: &vector<$T>, $f: |&$T| -> $R) {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n) {
        $f(&v[i]);
        i = i + 1;
    }
}

/// Calls `$f` on a mutable reference to each element of `$v`, first to last.
public macro fun do_mut<$T, $R: drop>($v: &mut vector<$T>, $f: |&mut $T| -> $R) {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n) {
        $f(&mut v[i]);
        i = i + 1;
    }
}

/// Consumes `$v` and returns the vector of `$f(e)` for its elements `e`, in order (`$f` is called
/// on the first element first).
public macro fun map<$T, $U>($v: vector<$T>, $f: |$T| -> $U): vector<$U> {
    let mut v = $v;
    v.reverse();
    let mut out = vector[];
    while (!v.is_empty()) out.push_back($f(v.pop_back()));
    v.destroy_empty();
    out
}

/// The vector of `$f(&e)` for the elements `e` of `$v`, in order; `$v` is unchanged.
public macro fun map_ref<$T, $U>($v: &vector<$T>, $f: |&$T| -> $U): vector<$U> {
    let v = $v;
    let n = v.length();
    let mut out = vector[];
    let mut i = 0;
    while (i < n) {
        out.push_back($f(&v[i]));
        i = i + 1;
    };
    out
}

/// Consumes `$v` and returns its elements for which `$f` holds, in order; the others are dropped.
public macro fun filter<$T: drop>($v: vector<$T>, $f: |&$T| -> bool): vector<$T> {
    let mut v = $v;
    v.reverse();
    let mut kept = vector[];
    while (!v.is_empty()) {
        let e = v.pop_back();
        if ($f(&e)) kept.push_back(e);
    };
    v.destroy_empty();
    kept
}

/// Consumes `$v` and splits it in two, keeping the order: the elements for which `$f` holds and
/// the elements for which it does not.
public macro fun partition<$T>($v: vector<$T>, $f: |&$T| -> bool): (vector<$T>, vector<$T>) {
    let mut v = $v;
    v.reverse();
    let mut yes = vector[];
    let mut no = vector[];
    while (!v.is_empty()) {
        let e = v.pop_back();
        if ($f(&e)) yes.push_back(e) else no.push_back(e);
    };
    v.destroy_empty();
    (yes, no)
}

/// `some(i)` for the first index `i` whose element satisfies `$f`, `none()` if there is none.
public macro fun find_index<$T>($v: &vector<$T>, $f: |&$T| -> bool): Option<u64> {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && !$f(&v[i])) i = i + 1;
    if (i < n) std::option::some(i) else std::option::none()
}

/// The indices, in increasing order, of all the elements of `$v` that satisfy `$f`.
public macro fun find_indices<$T>($v: &vector<$T>, $f: |&$T| -> bool): vector<u64> {
    let v = $v;
    let n = v.length();
    let mut found = vector[];
    let mut i = 0;
    while (i < n) {
        if ($f(&v[i])) found.push_back(i);
        i = i + 1;
    };
    found
}

/// The number of elements of `$v` that satisfy `$f`.
public macro fun count<$T>($v: &vector<$T>, $f: |&$T| -> bool): u64 {
    let v = $v;
    let n = v.length();
    let mut hits = 0;
    let mut i = 0;
    while (i < n) {
        if ($f(&v[i])) hits = hits + 1;
        i = i + 1;
    };
    hits
}

/// Consumes `$v`, combining its elements from first to last into an accumulator that starts as
/// `$init`: `$f(...$f($f($init, e0), e1)..., en)`.
public macro fun fold<$T, $Acc>($v: vector<$T>, $init: $Acc, $f: |$Acc, $T| -> $Acc): $Acc {
    let mut v = $v;
    let mut acc = $init;
    v.reverse();
    while (!v.is_empty()) acc = $f(acc, v.pop_back());
    v.destroy_empty();
    acc
}

/// Whether some element of `$v` satisfies `$f` (`false` for an empty vector). Stops at the first.
public macro fun any<$T>($v: &vector<$T>, $f: |&$T| -> bool): bool {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && !$f(&v[i])) i = i + 1;
    i < n
}

/// Whether every element of `$v` satisfies `$f` (`true` for an empty vector). Stops at the first
/// that does not.
public macro fun all<$T>($v: &vector<$T>, $f: |&$T| -> bool): bool {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && $f(&v[i])) i = i + 1;
    i == n
}

/// Consumes `$v1` and `$v2`, calling `$f` on the pairs of elements at equal indices, first to
/// last. Aborts if the lengths differ.
public macro fun zip_do<$T1, $T2, $R: drop>(
    $v1: vector<$T1>,
    $v2: vector<$T2>,
    $f: |$T1, $T2| -> $R,
) {
    let mut a = $v1;
    let mut b = $v2;
    assert!(a.length() == b.length());
    a.reverse();
    b.reverse();
    while (!a.is_empty()) {
        $f(a.pop_back(), b.pop_back());
    };
    a.destroy_empty();
    b.destroy_empty();
}

/// Consumes `$v1` and `$v2`, calling `$f` on the pairs of elements at equal indices, last to
/// first. Aborts if the lengths differ.
public macro fun zip_do_reverse<$T1, $T2, $R: drop>(
    $v1: vector<$T1>,
    $v2: vector<$T2>,
    $f: |$T1, $T2| -> $R,
) {
    let mut a = $v1;
    let mut b = $v2;
    assert!(a.length() == b.length());
    while (!a.is_empty()) {
        $f(a.pop_back(), b.pop_back());
    };
    a.destroy_empty();
    b.destroy_empty();
}

/// Calls `$f` on references to the pairs of elements at equal indices of `$v1` and `$v2`, first
/// to last; the vectors are unchanged. Aborts if the lengths differ.
public macro fun zip_do_ref<$T1, $T2, $R: drop>(
    $v1: &vector<$T1>,
    $v2: &vector<$T2>,
    $f: |&$T1, &$T2| -> $R,
) {
    let a = $v1;
    let b = $v2;
    let n = a.length();
    assert!(n == b.length());
    let mut i = 0;
    while (i < n) {
        $f(&a[i], &b[i]);
        i = i + 1;
    }
}

/// Calls `$f` on mutable references to the pairs of elements at equal indices of `$v1` and `$v2`,
/// first to last. Aborts if the lengths differ.
public macro fun zip_do_mut<$T1, $T2, $R: drop>(
    $v1: &mut vector<$T1>,
    $v2: &mut vector<$T2>,
    $f: |&mut $T1, &mut $T2| -> $R,
) {
    let a = $v1;
    let b = $v2;
    let n = a.length();
    assert!(n == b.length());
    let mut i = 0;
    while (i < n) {
        $f(&mut a[i], &mut b[i]);
        i = i + 1;
    }
}

/// Consumes `$v1` and `$v2` and returns the vector of `$f` applied to the pairs of elements at
/// equal indices, in order. Aborts if the lengths differ.
public macro fun zip_map<$T1, $T2, $U>(
    $v1: vector<$T1>,
    $v2: vector<$T2>,
    $f: |$T1, $T2| -> $U,
): vector<$U> {
    let mut a = $v1;
    let mut b = $v2;
    assert!(a.length() == b.length());
    a.reverse();
    b.reverse();
    let mut out = vector[];
    while (!a.is_empty()) out.push_back($f(a.pop_back(), b.pop_back()));
    a.destroy_empty();
    b.destroy_empty();
    out
}

/// The vector of `$f` applied to references to the pairs of elements at equal indices of `$v1`
/// and `$v2`, in order; the vectors are unchanged. Aborts if the lengths differ.
public macro fun zip_map_ref<$T1, $T2, $U>(
    $v1: &vector<$T1>,
    $v2: &vector<$T2>,
    $f: |&$T1, &$T2| -> $U,
): vector<$U> {
    let a = $v1;
    let b = $v2;
    let n = a.length();
    assert!(n == b.length());
    let mut out = vector[];
    let mut i = 0;
    while (i < n) {
        out.push_back($f(&a[i], &b[i]));
        i = i + 1;
    };
    out
}

/// Sorts `$v` in place with insertion sort, `$le` being "less than or equal" (not "less than").
/// Stable: equal elements keep their relative order. Quadratic, but fast on short or nearly
/// sorted vectors.
public macro fun insertion_sort_by<$T>($v: &mut vector<$T>, $le: |&$T, &$T| -> bool) {
    let v = $v;
    let n = v.length();
    let mut i = 1;
    while (i < n) {
        let mut j = i;
        while (j > 0 && !$le(&v[j - 1], &v[j])) {
            v.swap(j - 1, j);
            j = j - 1;
        };
        i = i + 1;
    }
}

/// Sorts `$v` in place with a bottom-up merge sort, `$le` being "less than or equal" (not "less
/// than"). Stable: equal elements keep their relative order. `O(n log n)` comparisons; the
/// elements are moved, never copied.
public macro fun merge_sort_by<$T>($v: &mut vector<$T>, $le: |&$T, &$T| -> bool) {
    let v = $v;
    if (v.length() > 1) {
        // One single-element run per element, in the original order.
        let mut runs = vector[];
        while (!v.is_empty()) runs.push_back(vector[v.pop_back()]);
        runs.reverse();
        // Merge neighbouring runs pairwise until a single run is left.
        while (runs.length() > 1) {
            runs.reverse();
            let mut merged = vector[];
            while (runs.length() > 1) {
                let mut left = runs.pop_back();
                let mut right = runs.pop_back();
                left.reverse();
                right.reverse();
                let mut run = vector[];
                while (!left.is_empty() && !right.is_empty()) {
                    if ($le(&left[left.length() - 1], &right[right.length() - 1])) {
                        run.push_back(left.pop_back())
                    } else {
                        run.push_back(right.pop_back())
                    }
                };
                while (!left.is_empty()) run.push_back(left.pop_back());
                while (!right.is_empty()) run.push_back(right.pop_back());
                left.destroy_empty();
                right.destroy_empty();
                merged.push_back(run);
            };
            if (!runs.is_empty()) merged.push_back(runs.pop_back());
            runs.destroy_empty();
            runs = merged;
        };
        let mut sorted = runs.pop_back();
        runs.destroy_empty();
        sorted.reverse();
        while (!sorted.is_empty()) v.push_back(sorted.pop_back());
        sorted.destroy_empty();
    }
}

/// Whether `$v` is sorted in non-decreasing order by `$le` ("less than or equal"): `$le` holds for
/// every pair of neighbouring elements.
public macro fun is_sorted_by<$T>($v: &vector<$T>, $le: |&$T, &$T| -> bool): bool {
    let v = $v;
    let n = v.length();
    let mut i = 1;
    while (i < n && $le(&v[i - 1], &v[i])) i = i + 1;
    i >= n
}

/// Removes from `$v` its longest prefix whose elements all satisfy `$p` and returns it; `$v`
/// keeps the rest.
public macro fun take_mut_while<$T>($v: &mut vector<$T>, $p: |&$T| -> bool): vector<$T> {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && $p(&v[i])) i = i + 1;
    v.take_mut(i)
}

/// Consumes `$v` and returns its longest prefix whose elements all satisfy `$p`; the rest is
/// dropped.
public macro fun take_while<$T: drop>($v: vector<$T>, $p: |&$T| -> bool): vector<$T> {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && $p(&v[i])) i = i + 1;
    v.take(i)
}

/// Removes from `$v` everything after its longest prefix whose elements all satisfy `$p` and
/// returns it; `$v` keeps the prefix.
public macro fun skip_mut_while<$T>($v: &mut vector<$T>, $p: |&$T| -> bool): vector<$T> {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && $p(&v[i])) i = i + 1;
    v.skip_mut(i)
}

/// Consumes `$v` and returns what follows its longest prefix whose elements all satisfy `$p`; the
/// prefix is dropped.
public macro fun skip_while<$T: drop>($v: vector<$T>, $p: |&$T| -> bool): vector<$T> {
    let v = $v;
    let n = v.length();
    let mut i = 0;
    while (i < n && $p(&v[i])) i = i + 1;
    v.skip(i)
}
