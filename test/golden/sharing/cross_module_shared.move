// Valid: sharing analysis across modules: 'Market' is declared and always shared by 0x42::market; 0x42::trader takes it as a parameter
// Expect: fun market::create -> fast (no object parameters; the Market is shared at line 13)
// Expect: fun market::record -> consensus (parameter m: &mut Market, shared at line 13)
// Expect: fun market::volume -> consensus (parameter m: &Market, shared at line 13)
// Expect: fun trader::trade -> consensus (parameter m: &mut Market, shared at line 13)
module 0x42::market {
    public struct Market has key {
        id: UID,
        volume: u64,
    }

    public fun create(ctx: &mut TxContext) {
        transfer::share_object(Market { id: object::new(ctx), volume: 0 });
    }

    public fun record(m: &mut Market, amount: u64) {
        m.volume = m.volume + amount;
    }

    public fun volume(m: &Market): u64 {
        m.volume
    }
}

module 0x42::trader {
    use 0x42::market::Market;

    public fun trade(m: &mut Market, amount: u64) {
        m.record(amount * 2);
    }
}
