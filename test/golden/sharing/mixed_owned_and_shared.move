// Valid: sharing analysis: a function with one owned-only parameter and one always-shared parameter is consensus
// Expect: fun open_pool -> fast (no object parameters; the Pool is shared at line 18)
// Expect: fun enter -> consensus (parameter pool: &mut Pool, shared at line 18; pass: Pass is owned-only, transferred at line 22)
// Expect: fun issue_pass -> fast (no object parameters)
// Expect: fun pass_level -> fast (parameter pass: &Pass; owned-only)
module 0x42::arena {
    public struct Pool has key {
        id: UID,
        entrants: u64,
    }

    public struct Pass has key {
        id: UID,
        level: u8,
    }

    public fun open_pool(ctx: &mut TxContext) {
        transfer::share_object(Pool { id: object::new(ctx), entrants: 0 });
    }

    public fun issue_pass(level: u8, recipient: address, ctx: &mut TxContext) {
        transfer::transfer(Pass { id: object::new(ctx), level }, recipient);
    }

    public fun enter(pool: &mut Pool, pass: &Pass) {
        pool.entrants = pool.entrants + (pass.level as u64);
    }

    public fun pass_level(pass: &Pass): u8 {
        pass.level
    }
}
