// Valid: bitwise '&', '|', '^', shifts with 'u8' amounts, and flag packing in a u64
module 0x42::flags {
    const FLAG_ACTIVE: u64 = 1;
    const FLAG_ADMIN: u64 = 2;
    const FLAG_BANNED: u64 = 4;

    public fun set(flags: u64, mask: u64): u64 { flags | mask }

    public fun clear(flags: u64, mask: u64): u64 { flags & (0xFFFF_FFFF_FFFF_FFFF ^ mask) }

    public fun has(flags: u64, mask: u64): bool { (flags & mask) == mask }

    public fun can_act(flags: u64): bool {
        has(flags, FLAG_ACTIVE) && !has(flags, FLAG_BANNED)
    }

    public fun promote(flags: u64): u64 { set(flags, FLAG_ADMIN) }

    public fun pack(hi: u32, lo: u32): u64 {
        ((hi as u64) << 32) | (lo as u64)
    }

    public fun high_half(x: u64): u32 {
        ((x >> 32) as u32)
    }

    public fun bit(x: u64, n: u8): bool {
        ((x >> n) & 1) == 1
    }
}
