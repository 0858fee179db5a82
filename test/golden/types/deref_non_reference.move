// Error: '*n' in 'read' dereferences 'n: u64', which is not a reference
module 0x42::deref_non_reference {
    public fun read(n: u64): u64 {
        *n
    }
}
