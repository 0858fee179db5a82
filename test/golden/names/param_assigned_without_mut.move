// Error: a parameter assigned in 2024 must be declared `mut`.
module test::m {
    public fun clamp(x: u64): u64 {
        if (x > 10) x = 10;
        x
    }
}
