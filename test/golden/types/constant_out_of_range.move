// Error: the value of constant 'MAX_PERCENT' (300) does not fit its declared type 'u8'
module 0x42::constant_out_of_range {
    const MAX_PERCENT: u8 = 300;

    public fun max_percent(): u8 { MAX_PERCENT }
}
