// Error: 2024 requires `public struct`.
module test::m {
    struct Hidden has drop { v: u64 }
    public fun make(): Hidden { Hidden { v: 1 } }
}
