// Error: 'match ((a, b))' in 'both' matches on a tuple; tuples are not values and cannot be the subject of 'match'
module 0x42::match_on_tuple {
    public fun both(a: bool, b: bool): bool {
        match ((a, b)) {
            (true, true) => true,
            _ => false,
        }
    }
}
