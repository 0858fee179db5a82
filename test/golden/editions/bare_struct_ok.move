// Valid: legacy Move declares structs without a visibility ('struct Counter'), they are implicitly public as types
// Edition: legacy
module 0x42::bare_struct_ok {
    struct Counter has drop { value: u64 }

    public fun zero(): Counter { Counter { value: 0 } }

    public fun increment(c: &mut Counter) { c.value = c.value + 1 }

    public fun value(c: &Counter): u64 { c.value }
}
