// Edition: legacy
// Valid: legacy rules need neither `public struct` nor `let mut`.
module test::m {
    struct Counter has drop { v: u64 }
    public fun bump(c: &mut Counter) {
        let n = c.v;
        n = n + 1;
        c.v = n;
    }
    public fun make(): Counter { Counter { v: 0 } }
}
