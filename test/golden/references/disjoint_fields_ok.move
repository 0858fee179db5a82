// Valid: two live '&mut' borrows of disjoint fields ('pair.left' and 'pair.right') of the same struct are allowed at once
module 0x42::disjoint_fields_ok {
    public struct Pair has drop { left: u64, right: u64 }

    public fun new(left: u64, right: u64): Pair { Pair { left, right } }

    public fun rebalance(pair: &mut Pair) {
        let l = &mut pair.left;
        let r = &mut pair.right;
        let moved = *l / 2;
        *l = *l - moved;
        *r = *r + moved;
    }

    public fun sum(pair: &Pair): u64 {
        pair.left + pair.right
    }
}
