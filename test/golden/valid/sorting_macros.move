// Valid: in-place sorting with vector::insertion_sort_by! and checking with is_sorted_by!, plus zip_map! on two vectors
module 0x42::sorting_macros {
    public fun sort_desc(v: &mut vector<u64>) {
        v.insertion_sort_by!(|a, b| *a >= *b);
    }

    public fun is_ascending(v: &vector<u64>): bool {
        v.is_sorted_by!(|a, b| *a <= *b)
    }

    public fun dot(a: vector<u64>, b: vector<u64>): u64 {
        let products = a.zip_map!(b, |x, y| x * y);
        products.fold!(0, |acc, p| acc + p)
    }
}
