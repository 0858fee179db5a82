// Error: pack of 'Account' in 'open' is missing field 'frozen'
module 0x42::pack_missing_field {
    public struct Account has drop { owner: address, balance: u64, frozen: bool }

    public fun open(owner: address): Account {
        Account { owner, balance: 0 }
    }

    public fun is_frozen(a: &Account): bool { a.frozen && a.balance == 0 && a.owner != @0x0 }
}
