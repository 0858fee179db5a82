// Valid: a one-time witness 'GEM' (named after the module, only 'drop', no fields) consumed by 'init' to create a currency
module 0x42::gem {
    use sui::coin::{Self, TreasuryCap};

    public struct GEM has drop {}

    fun init(witness: GEM, ctx: &mut TxContext) {
        let (treasury, metadata) = coin::create_currency(
            witness,
            6,
            b"GEM",
            b"Gem",
            b"A shiny test coin",
            option::none(),
            ctx,
        );
        transfer::public_freeze_object(metadata);
        transfer::public_transfer(treasury, ctx.sender());
    }

    public fun mint(cap: &mut TreasuryCap<GEM>, amount: u64, recipient: address, ctx: &mut TxContext) {
        let c = coin::mint(cap, amount, ctx);
        transfer::public_transfer(c, recipient);
    }
}
