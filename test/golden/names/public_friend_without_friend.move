// Error: 'ledger::credit' is public(friend) and 0x42::outsider is not in ledger's friend list (call in 'cheat'); 0x42::bank is
// Edition: legacy
module 0x42::ledger {
    friend 0x42::bank;

    struct Account has drop { balance: u64 }

    public fun open(): Account { Account { balance: 0 } }

    public fun balance(a: &Account): u64 { a.balance }

    public(friend) fun credit(a: &mut Account, amount: u64) {
        a.balance = a.balance + amount;
    }
}

module 0x42::bank {
    use 0x42::ledger::{Self, Account};

    public fun deposit(a: &mut Account, amount: u64) {
        ledger::credit(a, amount)
    }
}

module 0x42::outsider {
    use 0x42::ledger::{Self, Account};

    public fun cheat(a: &mut Account) {
        ledger::credit(a, 1000)
    }
}
