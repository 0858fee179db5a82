// Valid: method calls, auto-borrow, and a module-local use fun.
module test::m {
    use std::string::String;
    public struct Counter has drop { n: u64 }
    fun bump(c: &mut Counter) { c.n = c.n + 1; }
    fun get(c: &Counter): u64 { c.n }
    use fun get as Counter.value;
    public fun run(): u64 {
        let mut c = Counter { n: 0 };
        c.bump();
        let s: String = b"abc".to_string();
        c.value() + s.length()
    }
}
