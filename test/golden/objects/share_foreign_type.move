// Error: 'transfer::share_object<Counter>' in module 0x42::launcher shares 'Counter', declared in 0x42::counter; share_object only accepts types of the calling module
module 0x42::counter {
    public struct Counter has key { id: UID, value: u64 }

    public fun create(ctx: &mut TxContext): Counter { Counter { id: object::new(ctx), value: 0 } }

    public fun value(c: &Counter): u64 { c.value }

    public fun share(c: Counter) { transfer::share_object(c) }
}

module 0x42::launcher {
    use 0x42::counter;

    public fun launch(ctx: &mut TxContext) {
        transfer::share_object(counter::create(ctx));
    }
}
