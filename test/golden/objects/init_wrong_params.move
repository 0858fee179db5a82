// Error: 'init(fee: u64, ctx: &mut TxContext)': with two parameters the first must be the module's one-time witness 'INIT_WRONG_PARAMS', not 'u64'
module 0x42::init_wrong_params {
    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    fun init(fee: u64, ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee });
    }
}
