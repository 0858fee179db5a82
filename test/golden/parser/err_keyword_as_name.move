// Error: keywords cannot be used as variable or function names.
module 0x42::err_keyword_as_name {
    public fun run(): u64 {
        let fun = 1;
        fun
    }

    public fun while(): u64 { 2 }
}
