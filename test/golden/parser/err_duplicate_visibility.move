// Error: a visibility modifier may appear only once.
module 0x42::err_duplicate_visibility {
    public public fun twice(x: u64): u64 { x * 2 }

    public(package) public fun mixed(x: u64): u64 { x }
}
