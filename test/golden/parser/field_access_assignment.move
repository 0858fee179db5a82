module 0x42::field_access_assignment {
    public struct Inner has copy, drop, store { count: u64, flags: vector<bool> }

    public struct Outer has copy, drop, store { inner: Inner, name: vector<u8>, score: u64 }

    public fun read(o: &Outer): u64 {
        o.inner.count + o.score
    }

    public fun write(o: &mut Outer) {
        o.score = 10;
        o.inner.count = o.inner.count + 1;
        o.inner.flags = vector[true, false];
        o.name = b"renamed";
    }

    public fun by_value(mut o: Outer): Outer {
        o.score = o.score * 2;
        o.inner.count = 0;
        o
    }

    public fun deref_assign(r: &mut u64, value: u64) {
        *r = value;
        *r = *r + 1;
    }

    public fun field_ref_assign(o: &mut Outer) {
        let c = &mut o.inner.count;
        *c = 42;
        let s: &mut u64 = &mut o.score;
        *s = *s + *c;
    }

    public fun index_assign(v: &mut vector<u64>, o: &mut Outer) {
        v[0] = 7;
        v[1] = v[0] + 1;
        o.inner.flags[0] = false;
        o.name[0] = 65;
    }

    public fun whole_struct_assign(o: &mut Outer, i: Inner) {
        o.inner = i;
        *o = Outer { inner: i, name: b"", score: 0 };
    }

    public fun read_through_copy(o: Outer): vector<u8> {
        let Outer { inner: _, name, score: _ } = o;
        name
    }

    public fun parenthesized(o: &Outer): u64 {
        (o.inner).count + (*o).score
    }
}
