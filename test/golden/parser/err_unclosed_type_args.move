// Error: a `<` opening type arguments is never closed with `>`.
module 0x42::err_unclosed_type_args {
    public fun empty(): vector<u64> {
        let v = vector::empty<u64();
        v
    }

    public fun broken(v: vector<u8): u64 { v.length() }
}
