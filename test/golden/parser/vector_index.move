module 0x42::vector_index {
    public fun read(v: &vector<u64>, i: u64): u64 { v[i] }

    public fun read_by_value(v: vector<u64>): u64 { v[0] + v[v.length() - 1] }

    public fun borrow_imm(v: &vector<u64>, i: u64): &u64 { &v[i] }

    public fun borrow_mut(v: &mut vector<u64>, i: u64): &mut u64 { &mut v[i] }

    public fun write(v: &mut vector<u64>, i: u64, x: u64) {
        v[i] = x;
        *&mut v[i] = x + 1;
    }

    public fun nested(m: &vector<vector<u8>>, i: u64, j: u64): u8 { m[i][j] }

    public fun nested_write(m: &mut vector<vector<u8>>) {
        m[0][1] = 9;
        let row = &mut m[1];
        row[0] = row[0] + 1;
    }

    public fun index_expression(v: &vector<u64>): u64 {
        v[v.length() / 2] + v[if (v.length() > 1) 1 else 0]
    }

    public fun index_of_field(s: &Holder): u64 { s.items[0] + s.items[1] }

    public fun swap_first_two(v: &mut vector<u64>) {
        let tmp = v[0];
        v[0] = v[1];
        v[1] = tmp;
    }

    public struct Holder has drop { items: vector<u64> }
}
