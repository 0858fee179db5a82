// Error: an inferred type argument lacks the ability its parameter requires.
module test::m {
    public struct Note has key { id: UID }
    public fun send(ctx: &mut TxContext) {
        transfer::public_transfer(Note { id: object::new(ctx) }, @0x1);
    }
}
