// Error: 'init<T>' has a type parameter; module initializers cannot be generic
module 0x42::init_generic {
    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    fun init<T>(ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee: 5 });
    }
}
