/// The SUI coin: the native currency of the chain, used to pay for gas.
///
/// `SUI` is the one-time witness of this module and the type of the currency (`Coin<SUI>`). The
/// whole supply is minted once, at genesis, by the system.
module sui::sui;

use sui::balance::Balance;
use sui::coin;

/// `new` was called after genesis.
const EAlreadyMinted: u64 = 0;

/// The sender is not `@0x0`, the system address.
const ENotSystemAddress: u64 = 1;

/// The number of MIST in one SUI.
#[allow(unused_const)]
const MIST_PER_SUI: u64 = 1_000_000_000;

/// The total supply of SUI, in SUI.
#[allow(unused_const)]
const TOTAL_SUPPLY_SUI: u64 = 10_000_000_000;

/// The total supply of SUI, in MIST.
const TOTAL_SUPPLY_MIST: u64 = 10_000_000_000_000_000_000;

/// The type of the SUI coin, and the one-time witness of this module.
public struct SUI has drop {}

/// Create the SUI currency and mint its whole supply, as one balance. Called once, by the system
/// at genesis (sender `@0x0`, epoch 0); the metadata is frozen and the supply is destroyed, so no
/// SUI can be minted or burned afterwards.
#[allow(unused_function)]
fun new(ctx: &mut TxContext): Balance<SUI> {
    assert!(ctx.sender() == @0x0, ENotSystemAddress);
    assert!(ctx.epoch() == 0, EAlreadyMinted);
    let (treasury, metadata) = coin::create_currency(
        SUI {},
        9,
        b"SUI",
        b"Sui",
        // The description and icon are left empty.
        b"",
        option::none(),
        ctx,
    );
    transfer::public_freeze_object(metadata);
    let mut supply = treasury.treasury_into_supply();
    let total_sui = supply.increase_supply(TOTAL_SUPPLY_MIST);
    supply.destroy_supply();
    total_sui
}

/// Transfer the SUI coin `c` to `recipient`.
public entry fun transfer(c: coin::Coin<SUI>, recipient: address) {
    transfer::public_transfer(c, recipient)
}
