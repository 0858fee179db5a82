// Valid: an immutable configuration object created and frozen in 'init', then read by reference
module 0x42::fees {
    public struct FeeConfig has key {
        id: UID,
        bps: u64,
        collector: address,
    }

    fun init(ctx: &mut TxContext) {
        let config = FeeConfig { id: object::new(ctx), bps: 25, collector: ctx.sender() };
        transfer::freeze_object(config);
    }

    public fun fee(config: &FeeConfig, amount: u64): u64 {
        amount * config.bps / 10_000
    }

    public fun collector(config: &FeeConfig): address {
        config.collector
    }
}
