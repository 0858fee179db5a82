// Error: [warning] unused alias 'String' from 'use std::string::String' (nothing in the module refers to it)
module 0x42::unused_use {
    use std::string::String;

    public fun double(x: u64): u64 {
        x * 2
    }
}
