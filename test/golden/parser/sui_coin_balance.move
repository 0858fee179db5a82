/// Coin and Balance handling: a simple piggy bank holding SUI.
module deed_examples::sui_coin_balance;

use sui::balance::{Self, Balance};
use sui::coin::{Self, Coin};
use sui::sui::SUI;

const EInsufficient: u64 = 0;
const ENotOwner: u64 = 1;

public struct PiggyBank has key {
    id: UID,
    owner: address,
    savings: Balance<SUI>,
    deposits: u64,
}

public fun create(ctx: &mut TxContext) {
    let bank = PiggyBank {
        id: object::new(ctx),
        owner: ctx.sender(),
        savings: balance::zero(),
        deposits: 0,
    };
    transfer::share_object(bank);
}

public fun deposit(bank: &mut PiggyBank, payment: Coin<SUI>) {
    let amount = payment.value();
    assert!(amount > 0, EInsufficient);
    coin::put(&mut bank.savings, payment);
    bank.deposits = bank.deposits + 1;
}

public fun deposit_balance(bank: &mut PiggyBank, b: Balance<SUI>) {
    balance::join(&mut bank.savings, b);
}

public fun withdraw(bank: &mut PiggyBank, amount: u64, ctx: &mut TxContext): Coin<SUI> {
    assert!(bank.owner == ctx.sender(), ENotOwner);
    assert!(bank.savings.value() >= amount, EInsufficient);
    coin::take(&mut bank.savings, amount, ctx)
}

public fun withdraw_all(bank: &mut PiggyBank, ctx: &mut TxContext): Coin<SUI> {
    assert!(bank.owner == ctx.sender(), ENotOwner);
    let all = bank.savings.withdraw_all();
    coin::from_balance(all, ctx)
}

public fun split_and_send(mut c: Coin<SUI>, amount: u64, to: address, ctx: &mut TxContext) {
    let part = c.split(amount, ctx);
    transfer::public_transfer(part, to);
    transfer::public_transfer(c, ctx.sender());
}

public fun merge(mut a: Coin<SUI>, b: Coin<SUI>): Coin<SUI> {
    a.join(b);
    a
}

public fun balance_ops(mut b: Balance<SUI>): (u64, Balance<SUI>) {
    let half = b.value() / 2;
    let taken = b.split(half);
    let remaining = b.value();
    b.join(taken);
    (remaining, b)
}

public fun total(bank: &PiggyBank): u64 { balance::value(&bank.savings) }

public fun close(bank: PiggyBank, ctx: &mut TxContext) {
    let PiggyBank { id, owner, savings, deposits: _ } = bank;
    assert!(owner == ctx.sender(), ENotOwner);
    id.delete();
    if (savings.value() == 0) {
        savings.destroy_zero();
    } else {
        transfer::public_transfer(coin::from_balance(savings, ctx), owner);
    }
}
