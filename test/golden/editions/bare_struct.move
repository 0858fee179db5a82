// Error: struct 'Counter' is declared without 'public'; Move 2024 requires 'public struct' (struct visibility must be explicit)
module 0x42::bare_struct {
    struct Counter has drop { value: u64 }

    public fun zero(): Counter { Counter { value: 0 } }

    public fun value(c: &Counter): u64 { c.value }
}
