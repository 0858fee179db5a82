// Valid: vector index syntax for reads, writes through 'v[i] = ...', '&mut v[i]', and nested 'grid[r][c]'
module 0x42::vector_index {
    public fun transpose_first(grid: &vector<vector<u64>>): vector<u64> {
        let mut out = vector[];
        let mut r = 0;
        while (r < grid.length()) {
            out.push_back(grid[r][0]);
            r = r + 1;
        };
        out
    }

    public fun set(v: &mut vector<u64>, i: u64, x: u64) {
        v[i] = x;
    }

    public fun incr(v: &mut vector<u64>, i: u64) {
        let slot = &mut v[i];
        *slot = *slot + 1;
    }

    public fun swap_ends(mut v: vector<u64>): vector<u64> {
        let last = v.length() - 1;
        let tmp = v[0];
        v[0] = v[last];
        v[last] = tmp;
        v
    }
}
