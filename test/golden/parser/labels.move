/// Labelled `loop` and `while`, with labelled `break` (with and without a value) and `continue`.
module 0x42::labels {
    public fun find_pair(grid: &vector<vector<u64>>, target: u64): (u64, u64) {
        let mut i = 0;
        let mut found = (0, 0);
        'outer: while (i < grid.length()) {
            let row = &grid[i];
            let mut j = 0;
            while (j < row.length()) {
                if (row[j] == target) {
                    found = (i, j);
                    break 'outer
                };
                j = j + 1;
            };
            i = i + 1;
        };
        found
    }

    public fun sum_capped(grid: &vector<vector<u64>>, cap: u64): u64 {
        let mut sum = 0;
        let mut i = 0;
        'rows: loop {
            if (i >= grid.length()) break 'rows sum;
            let mut j = 0;
            'cols: loop {
                if (j >= grid[i].length()) break 'cols;
                let x = grid[i][j];
                if (sum + x > cap) break 'rows sum;
                sum = sum + x;
                j = j + 1;
            };
            i = i + 1;
        }
    }

    public fun skip_rows_with_zero(grid: &vector<vector<u64>>): u64 {
        let mut count = 0;
        let mut i = 0;
        'outer: while (i < grid.length()) {
            let row = &grid[i];
            i = i + 1;
            let mut j = 0;
            while (j < row.length()) {
                if (row[j] == 0) continue 'outer;
                j = j + 1;
            };
            count = count + 1;
        };
        count
    }
}
