// Valid: legacy Move has no 'mut' on locals: 'count' and 'i' are reassigned without it
// Edition: legacy
module 0x42::reassign_without_mut_ok {
    use std::vector;

    public fun tally(v: &vector<u64>): u64 {
        let count = 0;
        let i = 0;
        while (i < vector::length(v)) {
            if (*vector::borrow(v, i) > 0) count = count + 1;
            i = i + 1;
        };
        count
    }
}
