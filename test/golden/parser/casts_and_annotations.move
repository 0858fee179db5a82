module 0x42::casts_and_annotations {
    /// Parenthesized casts work in every edition.
    public fun widen(x: u8): u256 {
        let a = (x as u16);
        let b = (a as u32);
        let c = (b as u64);
        let d = (c as u128);
        (d as u256)
    }

    public fun narrow(x: u256): u8 {
        ((x % 256) as u8)
    }

    /// Move 2024 allows casts without parentheses.
    public fun unparenthesized(x: u64): u128 {
        let y = x as u128;
        y * 2
    }

    public fun as_argument(x: u8): u64 {
        sum(x as u64, 1)
    }

    public fun in_vector(a: u8, b: u16): vector<u64> {
        vector[a as u64, b as u64]
    }

    public fun return_cast(x: u64): u32 {
        return x as u32
    }

    public fun cast_of_call(v: &vector<u8>): u8 {
        (v.length() as u8)
    }

    public fun cast_in_arith(a: u8, b: u8): u64 {
        (a as u64) * (b as u64) + ((a + b) as u64)
    }

    /// Type annotations on expressions: `(e: T)`.
    public fun annotated(): u64 {
        let x = (5: u64);
        let v = (vector[]: vector<u8>);
        let z = ((x + 1): u64);
        z + v.length()
    }

    public fun annotated_literal_types(): (u8, u128) {
        ((1: u8), (2: u128))
    }

    public fun annotated_let(): vector<vector<u64>> {
        let outer: vector<vector<u64>> = vector[vector[1], vector[]];
        outer
    }

    fun sum(a: u64, b: u64): u64 { a + b }
}
