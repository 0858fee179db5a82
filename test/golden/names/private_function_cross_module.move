// Error: 'vault::drain' is private to module 0x42::vault but is called from module 0x42::thief (in 'steal')
module 0x42::vault {
    public struct Vault has drop { amount: u64 }

    public fun new(amount: u64): Vault { Vault { amount } }

    public fun amount(v: &Vault): u64 { v.amount }

    public fun reset(v: &mut Vault) {
        let _ = drain(v);
    }

    fun drain(v: &mut Vault): u64 {
        let a = v.amount;
        v.amount = 0;
        a
    }
}

module 0x42::thief {
    use 0x42::vault;

    public fun steal(): u64 {
        let mut v = vault::new(10);
        vault::drain(&mut v)
    }
}
