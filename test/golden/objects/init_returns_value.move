// Error: 'init' declares the return type 'u64'; module initializers must return '()'
module 0x42::init_returns_value {
    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    fun init(ctx: &mut TxContext): u64 {
        transfer::freeze_object(Config { id: object::new(ctx), fee: 5 });
        5
    }
}
