/// SILVER, a currency made the standard Sui way.
///
/// Publishing runs `init` with the module's one-time witness: `coin::create_currency`
/// registers the currency and returns its `TreasuryCap` and `CoinMetadata`. The metadata
/// is frozen (anyone can read it, nobody can change it) and the treasury cap goes to the
/// publisher, who alone can mint and burn. The cap holder may also give up minting for
/// good: `renounce` turns the cap into a frozen `FixedSupply` that only records the total.
module coin::silver;

use sui::balance::Supply;
use sui::coin::{Self, Coin, TreasuryCap};
use sui::url;

// === Errors ===

const EZeroAmount: u64 = 0;

// === Constants ===

const DECIMALS: u8 = 9;

/// The one-time witness: the module name in upper case, `drop` only, no fields.
public struct SILVER has drop {}

/// The supply of SILVER after `renounce`: frozen, so its total can never change again.
public struct FixedSupply has key {
    id: UID,
    supply: Supply<SILVER>,
}

fun init(otw: SILVER, ctx: &mut TxContext) {
    let (treasury, metadata) = coin::create_currency(
        otw,
        DECIMALS,
        b"SILVER",
        b"Silver",
        b"An example currency for the Deed runtime",
        option::some(url::new_unsafe_from_bytes(b"https://example.com/silver.png")),
        ctx,
    );
    transfer::public_freeze_object(metadata);
    transfer::public_transfer(treasury, ctx.sender());
}

/// Mint a coin worth `amount` base units.
public fun mint(treasury: &mut TreasuryCap<SILVER>, amount: u64, ctx: &mut TxContext): Coin<SILVER> {
    assert!(amount > 0, EZeroAmount);
    treasury.mint(amount, ctx)
}

/// Mint a coin worth `amount` base units and send it to `recipient`.
public fun mint_to(
    treasury: &mut TreasuryCap<SILVER>,
    amount: u64,
    recipient: address,
    ctx: &mut TxContext,
) {
    transfer::public_transfer(mint(treasury, amount, ctx), recipient);
}

/// Burn `c`; returns the amount destroyed.
public fun burn(treasury: &mut TreasuryCap<SILVER>, c: Coin<SILVER>): u64 {
    treasury.burn(c)
}

/// Give up minting and burning for good: the cap is destroyed and its supply is frozen.
public fun renounce(treasury: TreasuryCap<SILVER>, ctx: &mut TxContext) {
    transfer::freeze_object(FixedSupply {
        id: object::new(ctx),
        supply: treasury.treasury_into_supply(),
    });
}

/// The amount of SILVER in circulation after minting was renounced.
public fun fixed_total(fixed: &FixedSupply): u64 {
    fixed.supply.supply_value()
}

public fun decimals(): u8 { DECIMALS }

#[test_only]
/// Tests cannot publish, so they call `init` through this helper.
public fun init_for_testing(ctx: &mut TxContext) {
    init(SILVER {}, ctx);
}
