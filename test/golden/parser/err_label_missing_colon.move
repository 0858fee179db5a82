// Error: a loop label must be followed by `:`.
module 0x42::err_label_missing_colon {
    public fun spin(): u64 {
        let mut i = 0;
        'outer loop {
            i = i + 1;
            if (i > 3) break 'outer;
        };
        i
    }
}
