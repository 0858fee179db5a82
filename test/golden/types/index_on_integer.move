// Error: index expression 'mask[3]' in 'bit' on a 'u64'; only vectors and types with '#[syntax(index)]' functions can be indexed
module 0x42::index_on_integer {
    public fun bit(mask: u64): u64 {
        mask[3]
    }
}
