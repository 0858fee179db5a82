// Error: field 'balance' of 'Account' has type 'u64' but is given the 'bool' value 'false' in 'open'
module 0x42::pack_field_wrong_type {
    public struct Account has drop { owner: address, balance: u64 }

    public fun open(owner: address): Account {
        Account { owner, balance: false }
    }

    public fun balance(a: &Account): u64 { if (a.owner == @0x0) 0 else a.balance }
}
