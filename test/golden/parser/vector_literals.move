module 0x42::vector_literals {
    public struct Item has copy, drop { n: u64 }

    public fun empty_untyped(): vector<u64> { vector[] }

    public fun empty_typed(): vector<u8> { vector<u8>[] }

    public fun numbers(): vector<u64> { vector[1, 2, 3] }

    public fun typed_numbers(): vector<u16> { vector<u16>[1, 2, 3,] }

    public fun nested(): vector<vector<u8>> {
        vector[vector[1, 2], vector[], b"raw", x"0a0b"]
    }

    public fun nested_typed(): vector<vector<vector<u64>>> {
        vector<vector<vector<u64>>>[vector[vector[1]], vector<vector<u64>>[]]
    }

    public fun of_structs(): vector<Item> {
        vector[Item { n: 1 }, Item { n: 2 }]
    }

    public fun of_addresses(): vector<address> { vector[@0x1, @0x2] }

    public fun of_bools(): vector<bool> { vector[true, false, true] }

    public fun of_expressions(x: u64): vector<u64> {
        vector[x, x + 1, if (x > 0) x - 1 else 0, { let y = x * 2; y }]
    }

    public fun std_functions(): u64 {
        let mut v = vector::empty<u64>();
        vector::push_back(&mut v, 5);
        v.push_back(6);
        let last = v.pop_back();
        let single = vector::singleton(9u64);
        v.length() + last + single[0]
    }
}
