// Error: `u7` is not an integer type suffix (only u8/u16/u32/u64/u128/u256).
module 0x42::err_invalid_number_suffix {
    public fun seven(): u8 {
        let x = 10u7;
        x
    }
}
