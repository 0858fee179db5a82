// Error: unbound local 'total' in function 'sum' (the body only binds 'a', 'b' and 's')
module 0x42::unbound_local {
    public fun sum(a: u64, b: u64): u64 {
        let s = a + b;
        s + total
    }
}
