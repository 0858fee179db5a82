/// A fungible token created with a one-time witness.
///
/// Publishing the package runs `init`, which registers the currency, freezes its
/// metadata and hands the `TreasuryCap` to the publisher. Whoever holds the cap can
/// mint (up to a fixed maximum supply) and burn. Every mint and burn emits an event.
module token::token;

use sui::coin::{Self, Coin, TreasuryCap};
use sui::event;

// === Errors ===

const EZeroAmount: u64 = 0;
const EMaxSupplyExceeded: u64 = 1;

// === Constants ===

const DECIMALS: u8 = 6;
/// One million whole tokens, in base units.
const MAX_SUPPLY: u64 = 1_000_000 * 1_000_000;

/// The one-time witness: the module name in upper case, `drop` only, no fields.
public struct TOKEN has drop {}

// === Events ===

public struct Minted has copy, drop {
    amount: u64,
    recipient: address,
    total_supply: u64,
}

public struct Burned has copy, drop {
    amount: u64,
    total_supply: u64,
}

#[allow(deprecated_usage)]
fun init(otw: TOKEN, ctx: &mut TxContext) {
    let (treasury, metadata) = coin::create_currency(
        otw,
        DECIMALS,
        b"DEED",
        b"Deed Token",
        b"Example token for the Deed runtime",
        option::none(),
        ctx,
    );
    transfer::public_freeze_object(metadata);
    transfer::public_transfer(treasury, ctx.sender());
}

/// Mint `amount` base units to `recipient`.
public fun mint(
    treasury: &mut TreasuryCap<TOKEN>,
    amount: u64,
    recipient: address,
    ctx: &mut TxContext,
) {
    assert!(amount > 0, EZeroAmount);
    assert!(treasury.total_supply() + amount <= MAX_SUPPLY, EMaxSupplyExceeded);
    let minted = treasury.mint(amount, ctx);
    transfer::public_transfer(minted, recipient);
    event::emit(Minted { amount, recipient, total_supply: treasury.total_supply() });
}

/// Burn a coin and return how many base units were destroyed.
public fun burn(treasury: &mut TreasuryCap<TOKEN>, c: Coin<TOKEN>): u64 {
    let amount = treasury.burn(c);
    event::emit(Burned { amount, total_supply: treasury.total_supply() });
    amount
}

/// Split `amount` off `c` and send it to `to`; the rest stays in `c`.
public fun send(c: &mut Coin<TOKEN>, amount: u64, to: address, ctx: &mut TxContext) {
    assert!(amount > 0, EZeroAmount);
    transfer::public_transfer(c.split(amount, ctx), to);
}

public fun max_supply(): u64 { MAX_SUPPLY }

public fun decimals(): u8 { DECIMALS }

#[test_only]
/// Tests cannot publish, so they call `init` through this helper.
public fun init_for_testing(ctx: &mut TxContext) {
    init(TOKEN {}, ctx);
}
