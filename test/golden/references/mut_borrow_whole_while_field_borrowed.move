// Error: in 'bump', 'touch(acct)' re-borrows all of '*acct' mutably while 'bal' (a '&mut' to 'acct.balance') is still used afterwards
module 0x42::mut_borrow_whole_while_field_borrowed {
    public struct Account has drop { balance: u64, touched: u64 }

    public fun new(): Account { Account { balance: 0, touched: 0 } }

    public fun touch(a: &mut Account) { a.touched = a.touched + 1 }

    public fun balance(a: &Account): u64 { a.balance }

    public fun bump(acct: &mut Account) {
        let bal = &mut acct.balance;
        touch(acct);
        *bal = *bal + 1;
    }
}
