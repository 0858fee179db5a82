// Error: `init` with type parameters, a result, no `TxContext`, or `TxContext` by value.
module test::init_a {
    fun init<T>(_ctx: &mut TxContext) {}
}

module test::init_b {
    fun init(_ctx: &mut TxContext): u64 { 0 }
}

module test::init_c {
    fun init() {}
}

module test::init_d {
    fun init(_ctx: TxContext) {}
}

module test::init_e {
    fun init(_n: u64, _ctx: &mut TxContext, _extra: u64) {}
}
