/// Every shape of `use` declaration at module level.
module 0x42::use_forms {
    use std::vector;
    use std::option::{Self, Option};
    use std::string::{Self as str, String as Text, utf8};
    use sui::{balance::{Self, Balance}, coin};
    use sui::{table, bag::{Bag}};
    use sui::vec_map as vm;
    use sui::tx_context::sender as who;
    use sui::sui::SUI;
    use 0x1::ascii::{Self, String as Ascii};

    public struct Vault has key {
        id: UID,
        funds: Balance<SUI>,
        names: vm::VecMap<Text, u64>,
        extra: Bag,
    }

    public fun label(raw: vector<u8>): Text {
        utf8(raw)
    }

    public fun maybe_label(raw: vector<u8>): Option<Text> {
        if (vector::length(&raw) == 0) option::none() else option::some(str::utf8(raw))
    }

    public fun as_ascii(raw: vector<u8>): Ascii {
        ascii::string(raw)
    }

    public fun deposit(v: &mut Vault, c: coin::Coin<SUI>) {
        balance::join(&mut v.funds, coin::into_balance(c));
    }

    public fun owner_tag(ctx: &TxContext): address {
        who(ctx)
    }

    public fun fresh_table(ctx: &mut TxContext): table::Table<u64, u64> {
        table::new(ctx)
    }
}
