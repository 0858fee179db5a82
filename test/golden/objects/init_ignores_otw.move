// Error: module 0x42::init_ignores_otw declares the one-time witness 'INIT_IGNORES_OTW' but 'init(ctx)' does not take it as its first parameter
module 0x42::init_ignores_otw {
    public struct INIT_IGNORES_OTW has drop {}

    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    fun init(ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee: 5 });
    }
}
