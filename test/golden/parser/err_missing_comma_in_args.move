// Error: call arguments and struct fields must be separated by commas.
module 0x42::err_missing_comma_in_args {
    public struct P has drop { a: u64, b: u64 }

    fun add(a: u64, b: u64): u64 { a + b }

    public fun run(): u64 {
        let p = P { a: 1 b: 2 };
        add(p.a p.b)
    }
}
