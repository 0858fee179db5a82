// Error: the module's closing `}` is missing; the file ends inside the module.
module 0x42::err_missing_rbrace_at_eof {
    public struct Counter has drop { value: u64 }

    public fun new(): Counter { Counter { value: 0 } }

    public fun inc(c: &mut Counter) {
        c.value = c.value + 1;
    }
