module 0x42::structs_empty_and_postfix_abilities {
    /// Empty struct with brace body.
    public struct Witness has drop {}

    /// Empty struct with no abilities at all.
    public struct Marker {}

    /// Abilities written after the field list, terminated by `;`.
    public struct Config { fee_bps: u16, paused: bool } has copy, drop, store;

    public struct Holder<T> { value: T } has copy, drop;

    /// Positional struct with no fields and postfix abilities.
    public struct Unit() has copy, drop;

    public fun witness(): Witness { Witness {} }

    public fun use_marker(m: Marker) {
        let Marker {} = m;
    }

    public fun make_marker(): Marker { Marker {} }

    public fun config(): Config { Config { fee_bps: 30, paused: false } }

    public fun hold<T>(value: T): Holder<T> { Holder { value } }

    public fun unit(): Unit { Unit() }

    public fun toggle(c: &mut Config) { c.paused = !c.paused }
}
