// Error: 'init' is declared 'public(package)'; module initializers must be private
module 0x42::init_public_package {
    public struct Config has key { id: UID, fee: u64 }

    public fun fee(c: &Config): u64 { c.fee }

    public(package) fun init(ctx: &mut TxContext) {
        transfer::freeze_object(Config { id: object::new(ctx), fee: 5 });
    }
}
