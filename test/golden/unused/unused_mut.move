// Error: [warning] unused 'mut' on local 'limit' in 'cap': it is never reassigned or mutably borrowed
module 0x42::unused_mut {
    public fun cap(x: u64): u64 {
        let mut limit = 100;
        if (x > limit) limit else x
    }
}
