// Error: constants must have an `= value`.
module 0x42::err_const_without_value {
    const LIMIT: u64;

    public fun limit(): u64 { LIMIT }
}
