// Error: pack of 'Account' in 'open' names the field 'nickname', which 'Account' does not have
module 0x42::pack_extra_field {
    public struct Account has drop { owner: address, balance: u64 }

    public fun open(owner: address): Account {
        Account { owner, balance: 0, nickname: b"anon" }
    }

    public fun balance(a: &Account): u64 { if (a.owner == @0x0) 0 else a.balance }
}
