// Error: non-exhaustive 'match' in 'points': variant 'Grade::C' is not covered
module 0x42::match_non_exhaustive {
    public enum Grade has copy, drop {
        A,
        B,
        C,
    }

    public fun c(): Grade { Grade::C }

    public fun points(g: Grade): u64 {
        match (g) {
            Grade::A => 4,
            Grade::B => 3,
        }
    }
}
