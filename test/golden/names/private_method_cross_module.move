// Error: method call 'c.bump()' in module 0x42::user resolves to the private function 'counter::bump' of module 0x42::counter
module 0x42::counter {
    public struct Counter has drop { n: u64 }

    public fun zero(): Counter { Counter { n: 0 } }

    public fun value(c: &Counter): u64 { c.n }

    public fun increment(c: &mut Counter) { c.bump() }

    fun bump(c: &mut Counter) { c.n = c.n + 1 }
}

module 0x42::user {
    use 0x42::counter;

    public fun twice(): u64 {
        let mut c = counter::zero();
        c.increment();
        c.bump();
        c.value()
    }
}
