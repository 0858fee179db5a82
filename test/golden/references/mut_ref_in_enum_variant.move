// Error: variant 'Cursor::At' of enum 'Cursor' has a field of reference type '&mut vector<u8>'; references cannot be stored in enums
module 0x42::mut_ref_in_enum_variant {
    public enum Cursor has drop {
        Start,
        At(&mut vector<u8>),
    }

    public fun start(): Cursor { Cursor::Start }
}
