// Valid: sharing analysis: 'Config' is frozen at creation (immutable, never shared), so readers take the fast path
// Expect: fun fee_for -> fast (parameter config: &Config; Config is frozen at line 12 and never shared)
// Expect: fun max_fee -> fast (parameter config: &Config; immutable object)
module 0x42::config {
    public struct Config has key {
        id: UID,
        fee_bps: u64,
        max_fee: u64,
    }

    fun init(ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee_bps: 30, max_fee: 1_000 });
    }

    public fun fee_for(config: &Config, amount: u64): u64 {
        let fee = amount * config.fee_bps / 10_000;
        if (fee > config.max_fee) config.max_fee else fee
    }

    public fun max_fee(config: &Config): u64 {
        config.max_fee
    }
}
