// Error: non-exhaustive 'match' on a 'u8' in 'name_len': only the literals 0, 1 and 2 are covered and there is no wildcard arm
module 0x42::match_non_exhaustive_literal {
    public fun name_len(day: u8): u64 {
        match (day) {
            0 => 6,
            1 => 7,
            2 => 9,
        }
    }
}
