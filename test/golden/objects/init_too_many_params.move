// Error: 'init' takes three parameters (witness, extra 'u64', ctx); module initializers take at most the one-time witness and the TxContext
module 0x42::init_too_many_params {
    public struct INIT_TOO_MANY_PARAMS has drop {}

    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    fun init(_otw: INIT_TOO_MANY_PARAMS, fee: u64, ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee });
    }
}
