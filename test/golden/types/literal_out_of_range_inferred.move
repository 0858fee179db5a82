// Error: integer literal '70000' in 'port' is inferred to be 'u16' (from the annotation) and is out of range for it (0..=65535)
module 0x42::literal_out_of_range_inferred {
    public fun port(): u16 {
        let p: u16 = 70000;
        p
    }
}
