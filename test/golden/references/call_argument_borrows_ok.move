// Valid: borrows passed to one call are disjoint or shared; a reference returned by a call is dead before its arguments are used again; a loop rebinds its borrow each iteration
module 0x42::call_argument_borrows_ok {
    public struct Pair has drop { left: u64, right: u64, items: vector<u64> }

    public fun new(): Pair { Pair { left: 0, right: 0, items: vector[] } }

    public fun swap_values(a: &mut u64, b: &mut u64) {
        let t = *a;
        *a = *b;
        *b = t;
    }

    public fun sum(a: &u64, b: &u64): u64 { *a + *b }

    public fun left_mut(p: &mut Pair): &mut u64 { &mut p.left }

    public fun set_right(p: &mut Pair, v: u64) { p.right = v }

    public fun shuffle(p: &mut Pair): u64 {
        swap_values(&mut p.left, &mut p.right);
        let total = sum(&p.left, &p.left);
        let l = left_mut(p);
        *l = *l + 1;
        p.right = total;
        p.set_right(p.left + 1);
        let mut i = 0;
        while (i < p.items.length()) {
            let e = &mut p.items[i];
            *e = *e + 1;
            p.left = p.left + p.items.length();
            i = i + 1;
        };
        p.right
    }
}
