// Error: `init` must be private and not `entry`.
module test::setup_a {
    public fun init(_ctx: &mut TxContext) {}
}

module test::setup_b {
    entry fun init(_ctx: &mut TxContext) {}
}

module test::setup_c {
    public(package) fun init(_ctx: &TxContext) {}
}
