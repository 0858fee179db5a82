// Error: 'vector[a, b]' in 'gather' builds a 'vector<&u64>'; vector elements cannot be references
module 0x42::ref_in_vector {
    public fun gather(a: &u64, b: &u64): u64 {
        let v = vector[a, b];
        v.length()
    }
}
