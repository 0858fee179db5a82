// Error: field 'balance' of 'wallet::Wallet' is read in module 0x42::spy (in 'peek'); fields are only accessible inside the defining module
module 0x42::wallet {
    public struct Wallet has drop { balance: u64 }

    public fun new(balance: u64): Wallet { Wallet { balance } }

    public fun balance(w: &Wallet): u64 { w.balance }
}

module 0x42::spy {
    use 0x42::wallet::Wallet;

    public fun peek(w: &Wallet): u64 {
        w.balance
    }
}
