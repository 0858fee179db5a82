// Valid: generic structs and functions with ability constraints, conditional abilities of a generic struct
module 0x42::generics_constraints {
    public struct Pair<T> has copy, drop, store {
        first: T,
        second: T,
    }

    public fun pair<T>(first: T, second: T): Pair<T> {
        Pair { first, second }
    }

    public fun swap<T>(p: Pair<T>): Pair<T> {
        let Pair { first, second } = p;
        Pair { first: second, second: first }
    }

    public fun first<T: copy>(p: &Pair<T>): T {
        p.first
    }

    public fun both<T: copy>(p: &Pair<T>): vector<T> {
        vector[p.first, p.second]
    }

    public fun replicate<T: copy + drop>(x: T, n: u64): vector<T> {
        let mut out = vector[];
        let mut i = 0;
        while (i < n) {
            out.push_back(x);
            i = i + 1;
        };
        out
    }

    public fun max_pair(p: Pair<u64>): u64 {
        let Pair { first, second } = p;
        if (first > second) first else second
    }
}
