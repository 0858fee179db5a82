// Error: '*count = *count + 1' in 'increment' writes through 'count: &u64', an immutable reference
module 0x42::mutate_through_imm_ref {
    public fun increment(count: &u64) {
        *count = *count + 1;
    }
}
