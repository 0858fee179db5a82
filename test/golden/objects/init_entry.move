// Error: 'init' is declared 'entry'; module initializers cannot be entry functions
module 0x42::init_entry {
    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    entry fun init(ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee: 5 });
    }
}
