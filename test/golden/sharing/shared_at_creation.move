// Valid: sharing analysis: 'Counter' is key-only and is shared as soon as it is created (in 'init'); nothing ever transfers or freezes it
// Expect: fun increment -> consensus (parameter counter: &mut Counter, shared at line 12)
// Expect: fun value -> consensus (parameter counter: &Counter, shared at line 12; read-only access still needs ordering)
// Expect: fun add_to -> consensus (parameter counter: &mut Counter, shared at line 12)
module 0x42::counter {
    public struct Counter has key {
        id: UID,
        value: u64,
    }

    fun init(ctx: &mut TxContext) {
        transfer::share_object(Counter { id: object::new(ctx), value: 0 });
    }

    public fun increment(counter: &mut Counter) {
        counter.value = counter.value + 1;
    }

    public fun value(counter: &Counter): u64 {
        counter.value
    }

    public fun add_to(counter: &mut Counter, amount: u64) {
        counter.value = counter.value + amount;
    }
}
