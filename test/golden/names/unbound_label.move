// Error: unbound loop label 'outer' in 'find': the only enclosing loop is labelled 'rows'
module 0x42::unbound_label {
    public fun find(grid: &vector<vector<u64>>, needle: u64): bool {
        let mut found = false;
        let mut i = 0;
        'rows: while (i < grid.length()) {
            let row = &grid[i];
            let mut j = 0;
            while (j < row.length()) {
                if (row[j] == needle) {
                    found = true;
                    break 'outer
                };
                j = j + 1;
            };
            i = i + 1;
        };
        found
    }
}
