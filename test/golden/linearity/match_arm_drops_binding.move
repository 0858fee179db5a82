// Error: in the 'Slot::Full(_token)' arm of 'describe', the binding '_token' (type 'Token', no 'drop') is never consumed, so it would be dropped (a leading '_' only silences the unused warning)
module 0x42::match_arm_drops_binding {
    public struct Token { value: u64 }

    public enum Slot {
        Empty,
        Full(Token),
    }

    public fun full(value: u64): Slot { Slot::Full(Token { value }) }

    public fun burn(t: Token): u64 {
        let Token { value } = t;
        value
    }

    public fun describe(s: Slot): u64 {
        match (s) {
            Slot::Empty => 0,
            Slot::Full(_token) => 1,
        }
    }
}
