// Error: 'dup_box' copies 'Box<T>' ('*b'), but 'Box<T>' only has 'copy' when 'T: copy', and 'T' is unconstrained in 'dup_box'
module 0x42::generic_field_ability_missing_constraint {
    public struct Box<T> has copy, drop { v: T }

    public fun new<T>(v: T): Box<T> { Box { v } }

    public fun dup_box<T>(b: &Box<T>): Box<T> {
        *b
    }

    public fun get<T: copy>(b: &Box<T>): T { b.v }
}
