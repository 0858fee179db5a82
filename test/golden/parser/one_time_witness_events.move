/// One-time witness in `init`, a currency with its treasury cap, and events.
module deed_examples::gems;

use sui::coin::{Self, TreasuryCap};
use sui::event;
use sui::types;

/// The one-time witness: named after the module in upper case, `drop` only, no fields.
public struct GEMS has drop {}

public struct AdminCap has key, store { id: UID }

/// Events need `copy + drop`.
public struct Minted has copy, drop {
    amount: u64,
    recipient: address,
}

public struct Burned has copy, drop { amount: u64 }

public struct Paused has copy, drop {}

#[allow(deprecated_usage)]
fun init(otw: GEMS, ctx: &mut TxContext) {
    assert!(types::is_one_time_witness(&otw), 0);
    let (treasury, metadata) = coin::create_currency(
        otw,
        6,
        b"GEM",
        b"Gems",
        b"Shiny test gems",
        option::none(),
        ctx,
    );
    transfer::public_freeze_object(metadata);
    transfer::public_transfer(treasury, ctx.sender());
    transfer::transfer(AdminCap { id: object::new(ctx) }, ctx.sender());
}

public fun mint(cap: &mut TreasuryCap<GEMS>, amount: u64, recipient: address, ctx: &mut TxContext) {
    let c = coin::mint(cap, amount, ctx);
    event::emit(Minted { amount, recipient });
    transfer::public_transfer(c, recipient);
}

public fun burn(cap: &mut TreasuryCap<GEMS>, c: coin::Coin<GEMS>) {
    let amount = coin::burn(cap, c);
    event::emit(Burned { amount });
}

public fun pause(_: &AdminCap) {
    event::emit(Paused {});
}

public fun supply(cap: &TreasuryCap<GEMS>): u64 { cap.total_supply() }

#[test_only]
public fun init_for_testing(ctx: &mut TxContext) {
    init(GEMS {}, ctx);
}
