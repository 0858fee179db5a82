// Valid: a user type with '#[syntax(index)]' borrow and borrow_mut functions, used as 'm[r, c]' and '&mut m[r, c]'
module 0x42::matrix {
    public struct Matrix has copy, drop {
        cols: u64,
        cells: vector<u64>,
    }

    public fun zeros(rows: u64, cols: u64): Matrix { Matrix { cols, cells: vector::tabulate!(rows * cols, |_| 0) } }

    #[syntax(index)]
    public fun borrow(m: &Matrix, row: u64, col: u64): &u64 {
        &m.cells[row * m.cols + col]
    }

    #[syntax(index)]
    public fun borrow_mut(m: &mut Matrix, row: u64, col: u64): &mut u64 {
        &mut m.cells[row * m.cols + col]
    }

    public fun identity(n: u64): Matrix {
        let mut m = zeros(n, n);
        let mut i = 0;
        while (i < n) {
            let cell = &mut m[i, i];
            *cell = 1;
            i = i + 1;
        };
        m
    }

    public fun trace(m: &Matrix): u64 {
        let mut t = 0;
        let mut i = 0;
        while (i < m.cols) {
            t = t + m[i, i];
            i = i + 1;
        };
        t
    }
}
