// Valid: every form of `use`, used.
module test::m {
    use sui::coin;
    use sui::balance::{Self, Balance as Bal};
    use sui::{table, bag::Bag};
    use std::string::utf8 as s;
    public fun f(c: &coin::Coin<u64>, b: &Bal<u64>, t: &table::Table<u64, u64>, g: &Bag): u64 {
        let _name = s(b"x");
        coin::value(c) + balance::value(b) + t.length() + g.length()
    }
}
