// Error: `public(...)` accepts only `package` or `friend`.
module 0x42::err_invalid_visibility {
    public(crate) fun internal(x: u64): u64 { x }
}
