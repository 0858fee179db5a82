// Error: [warning] unused local variable 'fee' in 'net' (prefix it with '_' or remove it)
module 0x42::unused_local {
    public fun net(gross: u64): u64 {
        let fee = gross / 100;
        gross - 1
    }
}
