/// The `Option<Element>` type, a value that may or may not be present, with the functions to build,
/// inspect, update and consume one, and the macros (`map!`, `do!`, `destroy_or!`, ...) that take
/// lambdas.
module std::option;

/// Either no value (`none`) or exactly one (`some`). Stored as a vector of length zero or one, as
/// Move bytecode has no built-in sum types.
public struct Option<Element> has copy, drop, store {
    vec: vector<Element>,
}

/// The `Option` is in an invalid state for the operation attempted.
/// The `Option` is `Some` while it should be `None`.
const EOPTION_IS_SET: u64 = 0x40000;
/// The `Option` is in an invalid state for the operation attempted.
/// The `Option` is `None` while it should be `Some`.
const EOPTION_NOT_SET: u64 = 0x40001;

/// An `Option` holding no value.
public fun none<Element>(): Option<Element> {
    Option { vec: vector[] }
}

/// An `Option` holding `e`.
public fun some<Element>(e: Element): Option<Element> {
    Option { vec: vector[e] }
}

/// Whether `t` holds no value.
public fun is_none<Element>(t: &Option<Element>): bool {
    t.vec.length() == 0
}

/// Whether `t` holds a value.
public fun is_some<Element>(t: &Option<Element>): bool {
    t.vec.length() != 0
}

/// Whether `t` holds a value equal to `e_ref` (always `false` for `none`).
public fun contains<Element>(t: &Option<Element>, e_ref: &Element): bool {
    t.is_some() && &t.vec[0] == e_ref
}

/// A reference to the value in `t`. Aborts if `t` holds none.
public fun borrow<Element>(t: &Option<Element>): &Element {
    assert!(t.is_some(), EOPTION_NOT_SET);
    &t.vec[0]
}

/// A reference to the value in `t`, or `default_ref` if `t` holds none.
public fun borrow_with_default<Element>(t: &Option<Element>, default_ref: &Element): &Element {
    if (t.is_some()) &t.vec[0] else default_ref
}

/// A copy of the value in `t`, or `default` if `t` holds none.
public fun get_with_default<Element: copy + drop>(t: &Option<Element>, default: Element): Element {
    if (t.is_some()) t.vec[0] else default
}

/// Puts `e` into the empty option `t`. Aborts if `t` already holds a value.
public fun fill<Element>(t: &mut Option<Element>, e: Element) {
    assert!(t.is_none(), EOPTION_IS_SET);
    t.vec.push_back(e);
}

/// Takes the value out of `t`, leaving it empty. Aborts if `t` holds none.
public fun extract<Element>(t: &mut Option<Element>): Element {
    assert!(t.is_some(), EOPTION_NOT_SET);
    t.vec.pop_back()
}

/// A mutable reference to the value in `t`. Aborts if `t` holds none.
public fun borrow_mut<Element>(t: &mut Option<Element>): &mut Element {
    assert!(t.is_some(), EOPTION_NOT_SET);
    &mut t.vec[0]
}

/// Replaces the value in `t` with `e` and returns the old one. Aborts if `t` holds none.
public fun swap<Element>(t: &mut Option<Element>, e: Element): Element {
    let old = t.extract();
    t.vec.push_back(e);
    old
}

/// Puts `e` into `t` and returns what `t` held before (`none` if it was empty). Unlike `swap`, `t`
/// may be empty.
public fun swap_or_fill<Element>(t: &mut Option<Element>, e: Element): Option<Element> {
    let old = if (t.is_some()) some(t.vec.pop_back()) else none();
    t.vec.push_back(e);
    old
}

/// Consumes `t`, returning its value, or `default` if it holds none.
public fun destroy_with_default<Element: drop>(t: Option<Element>, default: Element): Element {
    let mut v = t.to_vec();
    if (v.is_empty()) default else v.pop_back()
}

/// Consumes `t` and returns its value. Aborts if `t` holds none.
public fun destroy_some<Element>(t: Option<Element>): Element {
    assert!(t.is_some(), EOPTION_NOT_SET);
    let mut v = t.to_vec();
    let e = v.pop_back();
    v.destroy_empty();
    e
}

/// Consumes the empty option `t`. Aborts if `t` holds a value.
public fun destroy_none<Element>(t: Option<Element>) {
    assert!(t.is_none(), EOPTION_IS_SET);
    t.to_vec().destroy_empty();
}

/// Consumes `t`: a vector with its value, or an empty vector if it holds none.
public fun to_vec<Element>(t: Option<Element>): vector<Element> {
    let Option { vec } = t;
    vec
}

// === Macros ===

/// Consumes `$o`, calling `$f` on its value if it holds one.
public macro fun destroy<$T, $R: drop>($o: Option<$T>, $f: |$T| -> $R) {
    let o = $o;
    if (o.is_some()) {
        $f(o.destroy_some());
    } else {
        o.destroy_none();
    }
}

/// Consumes `$o`, calling `$f` on its value if it holds one.
public macro fun do<$T, $R: drop>($o: Option<$T>, $f: |$T| -> $R) {
    let o = $o;
    if (o.is_some()) {
        $f(o.destroy_some());
    } else {
        o.destroy_none();
    }
}

/// Calls `$f` on a reference to the value in `$o`, if it holds one.
public macro fun do_ref<$T, $R: drop>($o: &Option<$T>, $f: |&$T| -> $R) {
    let o = $o;
    if (o.is_some()) {
        $f(o.borrow());
    }
}

/// Calls `$f` on a mutable reference to the value in `$o`, if it holds one.
public macro fun do_mut<$T, $R: drop>($o: &mut Option<$T>, $f: |&mut $T| -> $R) {
    let o = $o;
    if (o.is_some()) {
        $f(o.borrow_mut());
    }
}

/// `$o` if it holds a value, otherwise `$default` (evaluated only then). Rust's `a.or(b)`.
public macro fun or<$T>($o: Option<$T>, $default: Option<$T>): Option<$T> {
    let o = $o;
    if (o.is_none()) {
        o.destroy_none();
        $default
    } else {
        o
    }
}

/// `$f` applied to the value of `$o`, or `none` if it holds none. Rust's `t.and_then(f)`.
public macro fun and<$T, $U>($o: Option<$T>, $f: |$T| -> Option<$U>): Option<$U> {
    let o = $o;
    if (o.is_none()) {
        o.destroy_none();
        std::option::none()
    } else {
        $f(o.destroy_some())
    }
}

/// `$f` applied to a reference to the value of `$o`, or `none` if it holds none; `$o` is kept.
public macro fun and_ref<$T, $U>($o: &Option<$T>, $f: |&$T| -> Option<$U>): Option<$U> {
    let o = $o;
    if (o.is_none()) std::option::none() else $f(o.borrow())
}

/// Consumes `$o`: `some($f(value))` if it holds a value, otherwise `none`. Rust's `t.map(f)`.
public macro fun map<$T, $U>($o: Option<$T>, $f: |$T| -> $U): Option<$U> {
    let o = $o;
    if (o.is_none()) {
        o.destroy_none();
        std::option::none()
    } else {
        std::option::some($f(o.destroy_some()))
    }
}

/// `some($f(&value))` if `$o` holds a value, otherwise `none`; `$o` is kept.
public macro fun map_ref<$T, $U>($o: &Option<$T>, $f: |&$T| -> $U): Option<$U> {
    let o = $o;
    if (o.is_none()) std::option::none() else std::option::some($f(o.borrow()))
}

/// `some($f(&mut value))` if `$o` holds a value, otherwise `none`; `$o` is kept, though `$f` may
/// have changed its value.
public macro fun map_mut<$T, $U>($o: &mut Option<$T>, $f: |&mut $T| -> $U): Option<$U> {
    let o = $o;
    if (o.is_none()) std::option::none() else std::option::some($f(o.borrow_mut()))
}

/// Consumes `$o`: itself if it holds a value satisfying `$f`, otherwise `none`.
public macro fun filter<$T: drop>($o: Option<$T>, $f: |&$T| -> bool): Option<$T> {
    let o = $o;
    let keep = o.is_some() && $f(o.borrow());
    if (keep) o else std::option::none()
}

/// Whether `$o` holds a value that satisfies `$f` (`false` for `none`).
public macro fun is_some_and<$T>($o: &Option<$T>, $f: |&$T| -> bool): bool {
    let o = $o;
    if (o.is_none()) false else $f(o.borrow())
}

/// Whether `$o` holds no value or a value that satisfies `$f` (`true` for `none`).
public macro fun is_none_or<$T>($o: &Option<$T>, $f: |&$T| -> bool): bool {
    let o = $o;
    if (o.is_none()) true else $f(o.borrow())
}

/// Consumes `$o`: `$some(value)` if it holds a value, otherwise `$none` (evaluated only then).
public macro fun fold<$T, $R>($o: Option<$T>, $none: $R, $some: |$T| -> $R): $R {
    let o = $o;
    if (o.is_none()) {
        o.destroy_none();
        $none
    } else {
        $some(o.destroy_some())
    }
}

/// `$some(&value)` if `$o` holds a value, otherwise `$none` (evaluated only then); `$o` is kept.
public macro fun fold_ref<$T, $R>($o: &Option<$T>, $none: $R, $some: |&$T| -> $R): $R {
    let o = $o;
    if (o.is_none()) $none else $some(o.borrow())
}

/// `$some(&mut value)` if `$o` holds a value, otherwise `$none` (evaluated only then).
public macro fun fold_mut<$T, $R>($o: &mut Option<$T>, $none: $R, $some: |&mut $T| -> $R): $R {
    let o = $o;
    if (o.is_none()) $none else $some(o.borrow_mut())
}

/// Takes the value out of `$o`, leaving it empty, or returns `$default` (evaluated only then) if
/// it holds none. Like `destroy_or!`, through a mutable reference.
public macro fun extract_or<$T>($o: &mut Option<$T>, $default: $T): $T {
    let o = $o;
    if (o.is_none()) $default else o.extract()
}

/// Consumes `$o`, returning its value, or `$default` (evaluated only then) if it holds none.
/// Rust's `t.unwrap_or(default)`; unlike `destroy_with_default`, `$T` need not have `drop`.
public macro fun destroy_or<$T>($o: Option<$T>, $default: $T): $T {
    let o = $o;
    if (o.is_none()) {
        o.destroy_none();
        $default
    } else {
        o.destroy_some()
    }
}
