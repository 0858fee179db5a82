// Error: constants must declare their type.
module 0x42::err_const_without_type {
    const LIMIT = 100;

    public fun limit(): u64 { LIMIT }
}
