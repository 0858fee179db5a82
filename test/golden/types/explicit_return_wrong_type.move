// Error: 'return b"none"' in 'lookup' returns 'vector<u8>' where the declared return type is 'u64'
module 0x42::explicit_return_wrong_type {
    public fun lookup(v: &vector<u64>, i: u64): u64 {
        if (i >= v.length()) return b"none";
        v[i]
    }
}
