// Error: local 'p' in 'swap' is annotated with the tuple type '(u64, bool)'; tuples can only be returned and destructured, not stored in a local
module 0x42::tuple_local_annotation {
    public fun swap(a: u64, b: bool): (bool, u64) {
        let p: (u64, bool) = (a, b);
        let (x, y) = p;
        (y, x)
    }
}
