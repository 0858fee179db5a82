// Error: enum 'Slot' declares 'copy' but variant 'Full' holds a 'Token', which lacks 'copy'
module 0x42::enum_copy_noncopy_variant_field {
    public struct Token has drop { value: u64 }

    public enum Slot has copy, drop {
        Empty,
        Full(Token),
    }

    public fun full(value: u64): Slot { Slot::Full(Token { value }) }

    public fun value(s: &Slot): u64 {
        match (s) {
            Slot::Empty => 0,
            Slot::Full(t) => t.value,
        }
    }
}
