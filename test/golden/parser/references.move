module 0x42::references {
    public struct Cell has copy, drop { v: u64 }

    public fun borrow_imm(c: &Cell): &u64 { &c.v }

    public fun borrow_mut(c: &mut Cell): &mut u64 { &mut c.v }

    public fun read(c: &Cell): u64 { *&c.v }

    public fun swap(a: &mut u64, b: &mut u64) {
        let tmp = *a;
        *a = *b;
        *b = tmp;
    }

    public fun freeze_like(c: &mut Cell): u64 {
        let frozen: &Cell = c;
        frozen.v
    }

    public fun freeze_call(c: &mut Cell): &Cell {
        freeze(c)
    }

    public fun local_refs(): u64 {
        let mut x = 10;
        let mut y = 20;
        swap(&mut x, &mut y);
        let rx = &x;
        let ry: &u64 = &y;
        *rx + *ry
    }

    public fun ref_to_ref_params(c: &Cell, cs: &vector<Cell>): bool {
        let first: &Cell = &cs[0];
        c.v == first.v
    }

    public fun mut_ref_chain(cs: &mut vector<Cell>) {
        let c = &mut cs[0];
        let v = &mut c.v;
        *v = *v * 2;
    }

    public fun deref_copy(c: &Cell): Cell { *c }

    public fun equality_on_refs(a: &Cell, b: &Cell): bool { a == b }

    public fun immutable_from_mut(c: &mut Cell): u64 {
        let r = &*c;
        r.v
    }

    public fun ref_of_vector_of_vectors(r: &vector<vector<u64>>): &vector<u64> { &r[0] }
}
