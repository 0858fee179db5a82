// Error: every declaration error of a module is reported in one run.
module test::many {
    use sui::table::Table;

    public struct Plain {}

    public struct Copyable has copy { inner: Plain }

    public struct Object has key { owner: address }

    public enum Kind has key { A }

    public struct Store has store { map: Table<Plain, u64> }

    public fun init(_ctx: &mut TxContext) {}

    entry fun run(_p: Plain): Plain { abort 0 }
}
