module 0x42::deeply_nested_generics {
    use sui::table::Table;
    use sui::vec_map::VecMap;

    public struct Pair<A, B> has copy, drop, store { a: A, b: B }

    public struct Wrapper<T> has copy, drop, store { inner: T }

    public struct Registry<phantom T> has key {
        id: UID,
        by_owner: Table<address, vector<Pair<ID, Option<Wrapper<vector<u8>>>>>>,
        names: VecMap<vector<u8>, Pair<u64, vector<vector<address>>>>,
    }

    public fun deep(): Wrapper<Wrapper<Wrapper<Wrapper<u8>>>> {
        Wrapper { inner: Wrapper { inner: Wrapper { inner: Wrapper { inner: 1 } } } }
    }

    public fun deep_vec(): vector<vector<vector<vector<u64>>>> {
        vector[vector[vector[vector[1, 2], vector[]], vector[]]]
    }

    public fun pairs(): Pair<Pair<u8, u16>, Pair<vector<Pair<bool, address>>, Option<Option<u64>>>> {
        Pair {
            a: Pair { a: 1, b: 2 },
            b: Pair {
                a: vector[Pair { a: true, b: @0x1 }],
                b: option::some(option::none<u64>()),
            },
        }
    }

    public fun explicit<T: copy + drop>(x: T): Pair<Wrapper<T>, vector<Wrapper<Pair<T, T>>>> {
        Pair<Wrapper<T>, vector<Wrapper<Pair<T, T>>>> {
            a: Wrapper<T> { inner: x },
            b: vector<Wrapper<Pair<T, T>>>[Wrapper { inner: Pair { a: x, b: x } }],
        }
    }

    public fun ref_to_nested(r: &Pair<vector<Wrapper<u64>>, u64>): u64 {
        r.a.length()
    }

    public fun fun_of_nested<K: copy + drop + store, V: store>(
        t: &Table<K, vector<Pair<K, Wrapper<V>>>>,
        k: K,
    ): u64 {
        t.borrow(k).length()
    }

    public fun unwrap_all(w: Wrapper<Wrapper<Wrapper<Wrapper<u8>>>>): u8 {
        let Wrapper { inner: Wrapper { inner: Wrapper { inner: Wrapper { inner } } } } = w;
        inner
    }

    public fun shift_after_generic(x: Wrapper<Wrapper<u64>>): u64 {
        x.inner.inner >> 2
    }
}
