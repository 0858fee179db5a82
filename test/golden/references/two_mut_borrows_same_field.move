// Error: 'let second = &mut acct.balance;' in 'transfer_within' borrows the path 'acct.balance' mutably while 'first' (same path) is still live
module 0x42::two_mut_borrows_same_field {
    public struct Account has drop { balance: u64, nonce: u64 }

    public fun new(): Account { Account { balance: 100, nonce: 0 } }

    public fun nonce(a: &Account): u64 { a.nonce }

    public fun transfer_within(acct: &mut Account, amount: u64) {
        let first = &mut acct.balance;
        let second = &mut acct.balance;
        *second = *second + amount;
        *first = *first - amount;
    }
}
