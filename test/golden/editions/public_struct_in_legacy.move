// Error: 'public struct Flag' uses struct visibility, a Move 2024 feature; legacy structs are declared without 'public'
// Edition: legacy
module 0x42::public_struct_in_legacy {
    public struct Flag has drop { on: bool }

    public fun on(): Flag { Flag { on: true } }

    public fun is_on(f: &Flag): bool { f.on }
}
