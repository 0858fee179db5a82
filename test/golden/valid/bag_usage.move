// Valid: a heterogeneous sui::bag::Bag inside an object: values of different types under different key types
module 0x42::settings {
    use std::string::String;
    use sui::bag::{Self, Bag};

    public struct Settings has key {
        id: UID,
        values: Bag,
    }

    public fun create(ctx: &mut TxContext): Settings {
        Settings { id: object::new(ctx), values: bag::new(ctx) }
    }

    public fun set_limit(s: &mut Settings, limit: u64) {
        if (s.values.contains(b"limit")) {
            *s.values.borrow_mut(b"limit") = limit;
        } else {
            s.values.add(b"limit", limit);
        }
    }

    public fun set_name(s: &mut Settings, name: String) {
        s.values.add(1u8, name);
    }

    public fun limit(s: &Settings): u64 {
        *s.values.borrow(b"limit")
    }

    public fun entries(s: &Settings): u64 {
        s.values.length()
    }
}
