// Error: 'match (code)' in 'classify' matches a 'u64' against the enum-variant patterns of 'Level'; the pattern type does not match the subject type
module 0x42::match_variant_on_non_enum {
    public enum Level has copy, drop {
        Low,
        High,
    }

    public fun high(): Level { Level::High }

    public fun classify(code: u64): bool {
        match (code) {
            Level::Low => false,
            Level::High => true,
        }
    }
}
