// Error: 'vector::take' requires 'T: drop' (it discards the tail), but 'names' has element type 'Receipt', which lacks 'drop' (in 'first_two')
module 0x42::vector_of_nondrop_dropped_via_constraint {
    public struct Receipt has store { amount: u64 }

    public fun first_two(names: vector<Receipt>): vector<Receipt> {
        names.take(2)
    }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun amount(r: &Receipt): u64 { r.amount }
}
