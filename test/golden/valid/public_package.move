// Valid: 'public(package)' functions called from another module of the same package; private helpers stay private
module 0x42::accounts {
    public struct Account has key {
        id: UID,
        balance: u64,
    }

    public fun open(ctx: &mut TxContext): Account {
        Account { id: object::new(ctx), balance: 0 }
    }

    public fun balance(a: &Account): u64 { a.balance }

    public(package) fun credit(a: &mut Account, amount: u64) {
        a.balance = checked_add(a.balance, amount);
    }

    fun checked_add(a: u64, b: u64): u64 { a + b }
}

module 0x42::payroll {
    use 0x42::accounts::{Self, Account};

    public fun pay_bonus(a: &mut Account, amount: u64) {
        accounts::credit(a, amount);
    }

    public fun pay_twice(a: &mut Account, amount: u64) {
        a.credit(amount);
        a.credit(amount);
    }
}
