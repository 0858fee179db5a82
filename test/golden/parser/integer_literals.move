module 0x42::integer_literals {
    public fun decimals(): vector<u64> {
        vector[0, 1, 42, 1_000_000, 1_0_0, 18446744073709551615]
    }

    public fun hex(): vector<u64> {
        vector[0x0, 0xFF, 0xff, 0xDEAD_BEEF, 0x1_00u64, 0xFFFFFFFFFFFFFFFF]
    }

    public fun suffixes(): (u8, u16, u32, u64, u128, u256) {
        (255u8, 65535u16, 4294967295u32, 7u64, 1u128, 0u256)
    }

    public fun hex_suffixes(): (u8, u16, u32, u64, u128, u256) {
        (0xFFu8, 0xFFFFu16, 0xABCDEF01u32, 0x10u64, 0x1u128, 0xABCu256)
    }

    public fun suffix_with_underscores(): (u64, u128, u8) {
        (1_000u64, 1_000_000u128, 1_28u8)
    }

    public fun maxima(): (u128, u256) {
        (
            340282366920938463463374607431768211455u128,
            115792089237316195423570985008687907853269984665640564039457584007913129639935u256,
        )
    }

    public fun hex_maxima(): (u128, u256) {
        (
            0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF,
            0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFu256,
        )
    }

    public fun minima(): (u8, u256) { (0u8, 0x0u256) }

    public fun inferred(x: u16): u16 { x + 1 }

    public fun untyped_large(): u256 {
        let v = 115792089237316195423570985008687907853269984665640564039457584007913129639935;
        v
    }
}
