module 0x42::use_in_function_body {
    public fun sum(v: vector<u64>): u64 {
        use std::vector;
        let mut total = 0;
        let mut i = 0;
        while (i < vector::length(&v)) {
            total = total + *vector::borrow(&v, i);
            i = i + 1;
        };
        total
    }

    public fun greeting(): std::string::String {
        use std::string::{Self, String};
        let s: String = string::utf8(b"hi");
        s
    }

    public fun nested_block(x: u64): u64 {
        let doubled = {
            use std::u64;
            u64::max(x, 1) * 2
        };
        {
            use std::u64::min as smallest;
            smallest(doubled, 100)
        }
    }

    #[test]
    fun body_uses() {
        use std::unit_test::assert_eq;
        assert_eq!(sum(vector[1, 2, 3]), 6);
        assert_eq!(nested_block(3), 6);
    }
}
