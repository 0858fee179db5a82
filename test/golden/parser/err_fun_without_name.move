// Error: `fun` must be followed by the function name.
module 0x42::err_fun_without_name {
    public fun (x: u64): u64 {
        x + 1
    }

    public fun ok(): u64 { 1 }
}
