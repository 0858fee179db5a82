// Error: '*current = next' in 'swap_in' overwrites a 'Receipt' (no 'drop') behind '&mut'; the old receipt is lost (use a swap that returns it)
module 0x42::overwritten_through_ref {
    public struct Receipt has store { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun amount(r: &Receipt): u64 { r.amount }

    public fun swap_in(current: &mut Receipt, next: Receipt) {
        *current = next;
    }
}
