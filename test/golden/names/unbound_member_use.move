// Error: `use` of a member the module does not declare.
module test::m {
    use sui::coin::{Coin, NoSuchThing};
    public fun value(c: &Coin<u64>): u64 { c.value() }
}
