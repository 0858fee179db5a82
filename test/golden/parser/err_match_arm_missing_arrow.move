// Error: a match arm needs `=>` between the pattern and the expression.
module 0x42::err_match_arm_missing_arrow {
    public enum Coin has drop { Heads, Tails }

    public fun score(c: Coin): u64 {
        match (c) {
            Coin::Heads => 1,
            Coin::Tails 0,
        }
    }
}
