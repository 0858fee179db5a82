// Valid: labelled 'while' and 'loop' with 'break' and 'continue' to an outer label, and a labelled block left with 'return'
module 0x42::labelled_loops {
    public fun find(grid: &vector<vector<u64>>, needle: u64): Option<u64> {
        let mut found = option::none();
        let mut row = 0;
        'rows: while (row < grid.length()) {
            let mut col = 0;
            while (col < grid[row].length()) {
                if (grid[row][col] == needle) {
                    found = option::some(row);
                    break 'rows
                };
                col = col + 1;
            };
            row = row + 1;
        };
        found
    }

    public fun count_until_zero(rows: &vector<vector<u64>>): u64 {
        let mut count = 0;
        let mut r = 0;
        'outer: loop {
            if (r >= rows.length()) break;
            let row = &rows[r];
            r = r + 1;
            let mut c = 0;
            while (c < row.length()) {
                if (row[c] == 0) continue 'outer;
                count = count + 1;
                c = c + 1;
            };
        };
        count
    }

    public fun clamp_label(x: u64): u64 {
        'done: { if (x > 100) return 'done 100; x }
    }
}
