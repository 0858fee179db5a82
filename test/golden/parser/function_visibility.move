module 0x42::function_visibility {
    public struct Stats has copy, drop { calls: u64 }

    /// Private: callable only inside this module.
    fun private_helper(x: u64): u64 { x + 1 }

    /// Public: callable from any module.
    public fun public_api(x: u64): u64 { private_helper(x) * 2 }

    /// Package-visible: callable from modules in the same package.
    public(package) fun package_only(s: &mut Stats) { s.calls = s.calls + 1 }

    /// Entry without public: callable from a transaction only.
    entry fun entry_only(value: u64) {
        let _ = public_api(value);
    }

    /// Public entry.
    public entry fun public_entry(value: u64, _ctx: &mut TxContext) {
        entry_only(value);
    }

    /// Generic with several constrained type parameters.
    public fun generic<T: copy + drop, U: store, V>(t: T, _u: &U, _v: &V): (T, T) {
        (t, t)
    }

    /// No parameters, no return type.
    public fun nothing() {}

    /// Explicit unit return type.
    public fun unit_return(): () {}

    /// Trailing comma in parameters and type parameters.
    public fun trailing<T: drop,>(a: T, b: u64,): u64 {
        let _ = a;
        b
    }

    public fun stats(): Stats { Stats { calls: 0 } }
}

module 0x42::function_visibility_caller {
    use 0x42::function_visibility as fv;

    public fun call_package(): u64 {
        let mut s = fv::stats();
        fv::package_only(&mut s);
        fv::public_api(s.calls)
    }
}
