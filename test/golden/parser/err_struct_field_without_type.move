// Error: every named struct field needs `: Type`.
module 0x42::err_struct_field_without_type {
    public struct Point has copy, drop {
        x,
        y: u64,
    }

    public fun origin(): Point { Point { x: 0, y: 0 } }
}
