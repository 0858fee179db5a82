/// Convenience functions for wallets: splitting, merging and sending `Coin`s.
module sui::pay;

use sui::coin::Coin;

/// An empty vector of coins was given to a join function.
const ENoCoins: u64 = 0;

/// Transfer `c` to the sender of the current transaction.
#[allow(lint(self_transfer))]
public fun keep<T>(c: Coin<T>, ctx: &TxContext) {
    transfer::public_transfer(c, ctx.sender())
}

/// Split a coin worth `split_amount` off `coin` and send it to the sender; the rest stays in
/// `coin`.
public entry fun split<T>(coin: &mut Coin<T>, split_amount: u64, ctx: &mut TxContext) {
    keep(coin.split(split_amount, ctx), ctx)
}

/// Split coins worth each of `split_amounts`, in order, off `self` and send them to the sender;
/// the rest stays in `self`.
public entry fun split_vec<T>(self: &mut Coin<T>, split_amounts: vector<u64>, ctx: &mut TxContext) {
    let len = split_amounts.length();
    let mut i = 0;
    while (i < len) {
        split(self, split_amounts[i], ctx);
        i = i + 1;
    };
}

/// Split a coin worth `amount` off `c` and send it to `recipient`. Aborts if `c` holds less.
public entry fun split_and_transfer<T>(
    c: &mut Coin<T>,
    amount: u64,
    recipient: address,
    ctx: &mut TxContext,
) {
    transfer::public_transfer(c.split(amount, ctx), recipient)
}

/// Divide `self` into `n` coins of (nearly) equal value and send the `n - 1` new ones to the
/// sender; the remainder stays in `self`.
#[allow(lint(self_transfer))]
public entry fun divide_and_keep<T>(self: &mut Coin<T>, n: u64, ctx: &mut TxContext) {
    let mut coins = self.divide_into_n(n, ctx);
    coins.reverse();
    while (!coins.is_empty()) {
        transfer::public_transfer(coins.pop_back(), ctx.sender());
    };
    coins.destroy_empty();
}

/// Merge `coin` into `self`.
public entry fun join<T>(self: &mut Coin<T>, coin: Coin<T>) {
    self.join(coin)
}

/// Merge every coin of `coins` into `self`.
public entry fun join_vec<T>(self: &mut Coin<T>, mut coins: vector<Coin<T>>) {
    coins.reverse();
    while (!coins.is_empty()) {
        self.join(coins.pop_back());
    };
    coins.destroy_empty();
}

/// Merge all of `coins` into one coin and send it to `receiver`. Aborts with `ENoCoins` if
/// `coins` is empty.
public entry fun join_vec_and_transfer<T>(mut coins: vector<Coin<T>>, receiver: address) {
    assert!(coins.length() > 0, ENoCoins);
    let mut self = coins.pop_back();
    join_vec(&mut self, coins);
    transfer::public_transfer(self, receiver)
}
