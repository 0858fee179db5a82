// Valid: widening and narrowing casts between integer widths; 'as' binds looser than '+', so '((a as u32) + b as u16)' casts the sum
module 0x42::casts {
    public fun widen(a: u8, b: u16, c: u32): u64 {
        (a as u64) + (b as u64) + (c as u64)
    }

    public fun mul_wide(a: u64, b: u64): u128 {
        (a as u128) * (b as u128)
    }

    public fun sum_wide(a: u64, b: u64): u128 {
        let s = (a + b) as u128;
        s
    }

    public fun low_byte(x: u64): u8 {
        ((x & 0xff) as u8)
    }

    public fun huge(x: u128): u256 {
        (x as u256) << 128
    }

    public fun mix(a: u8, b: u32): u16 {
        ((a as u32) + b as u16)
    }
}
