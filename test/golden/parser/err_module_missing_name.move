// Error: `module` must be followed by `address::name` (or a name) and `{` or `;`.
module 0x42:: {
    public fun f(): u64 { 1 }
}
