// Error: the parameter type '& &u64' of 'deep' is a reference to a reference; reference types must point to a non-reference type
module 0x42::ref_to_ref {
    public fun deep(x: & &u64): u64 {
        **x
    }
}
