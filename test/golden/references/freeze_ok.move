// Valid: 'freeze(m)' turns a '&mut u64' (after it was used to write) into a '&u64'; the frozen reference and the local can then be read
module 0x42::freeze_ok {
    public fun peek(x: &u64): u64 { *x }

    public fun run(): u64 {
        let mut n = 41;
        let m = &mut n;
        *m = *m + 1;
        let r: &u64 = freeze(m);
        let a = peek(r);
        a + n
    }
}
