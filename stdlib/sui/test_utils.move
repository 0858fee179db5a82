/// Helpers for unit tests: equality assertions that print both sides on failure, a way to
/// dispose of any value, and a way to make a one-time witness outside `init`.
#[test_only]
module sui::test_utils;

/// Abort (with code 0) unless `t1 == t2`, printing both values first.
public fun assert_eq<T: drop>(t1: T, t2: T) {
    assert_ref_eq(&t1, &t2)
}

/// Abort (with code 0) unless `*t1 == *t2`, printing both values first.
public fun assert_ref_eq<T>(t1: &T, t2: &T) {
    if (t1 != t2) {
        print(b"Assertion failed:");
        std::debug::print(t1);
        print(b"!=");
        std::debug::print(t2);
        abort 0
    }
}

/// Abort (with code 0) unless `t1` and `t2` hold the same elements the same number of times,
/// in any order.
public fun assert_same_elems<T: drop>(t1: vector<T>, t2: vector<T>) {
    let n = t1.length();
    if (n != t2.length()) {
        print(b"Assertion failed: lengths do not match");
        let m = t2.length();
        std::debug::print(&n);
        print(b"!=");
        std::debug::print(&m);
        abort 0
    };
    // pair each element of `t1` with a distinct, not yet used, equal element of `t2`
    let mut used = vector<bool>[];
    let mut k = 0;
    while (k < n) {
        used.push_back(false);
        k = k + 1;
    };
    let mut i = 0;
    while (i < n) {
        let mut j = 0;
        let mut matched = false;
        while (!matched && j < n) {
            if (!used[j] && &t1[i] == &t2[j]) {
                *vector::borrow_mut(&mut used, j) = true;
                matched = true;
            };
            j = j + 1;
        };
        if (!matched) {
            print(b"Assertion failed: elements do not match");
            std::debug::print(&t1);
            print(b"!=");
            std::debug::print(&t2);
            abort 0
        };
        i = i + 1;
    };
}

/// Print `str` as an ASCII string.
public fun print(str: vector<u8>) {
    std::debug::print(&std::ascii::string(str))
}

/// Dispose of any value, whatever its abilities.
public native fun destroy<T>(x: T);

/// A one-time witness of type `T`, for tests of code that needs one.
public native fun create_one_time_witness<T: drop>(): T;
