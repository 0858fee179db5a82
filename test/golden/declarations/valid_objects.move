// Valid: objects start with `id: UID`; generic objects, conditional abilities, phantom coins.
module test::vault {
    use sui::balance::Balance;
    use sui::coin::Coin;

    public struct Vault<phantom T> has key {
        id: UID,
        reserve: Balance<T>,
        receipts: vector<Receipt<T>>,
    }

    public struct Receipt<phantom T> has store, drop {
        amount: u64,
    }

    public struct Locker<T: key + store> has key, store {
        id: UID,
        item: Option<T>,
    }

    public struct Box<T> has copy, drop, store {
        value: T,
    }

    public struct Pair<A, B> has copy, drop {
        first: Box<A>,
        second: Box<B>,
    }

    public fun deposit<T>(vault: &mut Vault<T>, coin: Coin<T>) {
        vault.receipts.push_back(Receipt { amount: coin.value() });
        vault.reserve.join(coin.into_balance());
    }

    public fun boxed(value: u64): Box<u64> { Box { value } }

    public fun pair<A: copy + drop, B: copy + drop>(a: A, b: B): Pair<A, B> {
        Pair { first: Box { value: a }, second: Box { value: b } }
    }
}
