/// Testing helpers, available to test code only: `assert_eq!` and `assert_ref_eq!`, which print
/// both values when they differ; `destroy`, which consumes any value whatever its abilities; and
/// `poison`, which marks modules compiled for tests so they cannot be published.
#[test_only]
module std::unit_test;

/// Marks a module compiled in test mode: linking it outside a unit-test VM fails, so test builds
/// cannot be published by mistake.
public native fun poison();

/// Consumes any value `v`, even one without `drop`.
public native fun destroy<T>(v: T);

/// Asserts that `$t1` and `$t2` are equal; if not, prints both and aborts.
public macro fun assert_eq<$T: drop>($t1: $T, $t2: $T) {
    let left = $t1;
    let right = $t2;
    std::unit_test::assert_ref_eq!(&left, &right)
}

/// Asserts that the values behind `$t1` and `$t2` are equal; if not, prints both and aborts.
public macro fun assert_ref_eq<$T>($t1: &$T, $t2: &$T) {
    let left = $t1;
    let right = $t2;
    let equal = left == right;
    if (!equal) {
        std::debug::print(&std::string::utf8(b"Assertion failed:"));
        std::debug::print(left);
        std::debug::print(&std::string::utf8(b"!="));
        std::debug::print(right);
    };
    assert!(equal);
}
