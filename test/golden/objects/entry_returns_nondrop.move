// Error: 'entry fun mint' returns a 'Token' (key only, no 'drop'); an entry function's return values must have 'drop'
module 0x42::entry_returns_nondrop {
    public struct Token has key { id: UID, power: u64 }

    public fun power(t: &Token): u64 { t.power }

    entry fun mint(power: u64, ctx: &mut TxContext): Token {
        Token { id: object::new(ctx), power }
    }
}
