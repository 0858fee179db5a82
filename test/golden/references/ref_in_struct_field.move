// Error: field 'target' of struct 'Pointer' has the reference type '&u64'; references cannot be stored in structs
module 0x42::ref_in_struct_field {
    public struct Pointer has drop {
        target: &u64,
    }

    public fun read(p: &Pointer): u64 {
        *p.target
    }
}
