module 0x42::generic_calls {
    use std::type_name;

    public struct Box<T> has copy, drop, store { v: T }

    public struct Tagged<phantom Tag, T> has copy, drop { v: T }

    public fun make<T>(v: T): Box<T> { Box { v } }

    public fun make_tagged<Tag, T>(v: T): Tagged<Tag, T> { Tagged<Tag, T> { v } }

    public fun id<T>(x: T): T { x }

    public fun explicit(): u64 {
        let a = id<u64>(5);
        let b = make<u8>(1);
        let c = Self::id<bool>(true);
        let d = 0x42::generic_calls::make<vector<u8>>(b"x");
        let e = vector::empty<Box<u64>>();
        let f = make_tagged<bool, u64>(7);
        if (c) a + (b.v as u64) + d.v.length() + e.length() + f.v else 0
    }

    public fun nested_type_args(): Box<Box<vector<u64>>> {
        make<Box<vector<u64>>>(make<vector<u64>>(vector<u64>[1]))
    }

    public fun inferred(): Box<u128> {
        make(3)
    }

    public fun pack_with_type_args(): Box<u8> {
        Box<u8> { v: 9 }
    }

    public fun type_names(): (std::ascii::String, std::ascii::String) {
        (
            type_name::get<Box<u64>>().into_string(),
            type_name::get<Tagged<address, bool>>().into_string(),
        )
    }

    public fun option_generic(): Option<u64> {
        let none = option::none<u64>();
        if (none.is_none()) option::some<u64>(1) else none
    }

    public fun method_with_type_args(v: vector<u64>): u64 {
        let b = make(v);
        b.v.length()
    }

    public fun unpack_with_type_args(b: Box<u64>): u64 {
        let Box<u64> { v } = b;
        v
    }
}
