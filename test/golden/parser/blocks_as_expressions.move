module 0x42::blocks_as_expressions {
    public fun simple(): u64 {
        let x = { 1 + 2 };
        x
    }

    public fun with_statements(a: u64): u64 {
        let y = {
            let doubled = a * 2;
            let tripled = a * 3;
            doubled + tripled
        };
        y
    }

    public fun unit_block() {
        let u = {};
        u
    }

    public fun nested(): u64 {
        {
            {
                { 7 }
            }
        }
    }

    public fun block_in_args(v: &mut vector<u64>) {
        v.push_back({ let t = 3; t * t });
    }

    public fun shadowing(x: u64): u64 {
        let x = x + 1;
        let z = {
            let x = x * 10;
            x + 1
        };
        x + z
    }

    public fun trailing_semicolon_gives_unit(x: u64) {
        let _unit: () = { x + 1; };
    }

    public fun statement_blocks(mut n: u64): u64 {
        { n = n + 1; };
        { n = n * 2 };
        n
    }

    public fun block_as_operand(a: u64): u64 {
        let product = { a + 1 } * { a - 1 };
        product
    }

    public fun block_with_tuple(): (u64, u64) {
        let (p, q) = { let base = 4; (base, base * base) };
        (q, p)
    }
}
