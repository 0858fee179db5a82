module 0x42::method_calls {
    use std::string::String;

    public struct Counter has copy, drop { n: u64, history: vector<u64> }

    public struct Pair(Counter, Counter) has copy, drop;

    public fun new(): Counter { Counter { n: 0, history: vector[] } }

    public fun inc(self: &mut Counter): &mut Counter {
        self.history.push_back(self.n);
        self.n = self.n + 1;
        self
    }

    public fun value(self: &Counter): u64 { self.n }

    public fun history(self: &Counter): &vector<u64> { &self.history }

    public fun reset(self: Counter): Counter { let Counter { n: _, history } = self; Counter { n: 0, history } }

    public fun add_typed<T: drop>(self: &mut Counter, _marker: T, amount: u64) { self.n = self.n + amount }

    public fun pair(self: Counter): Pair { Pair(self, new()) }

    public fun use_methods(): u64 {
        let mut c = new();
        c.inc();
        c.inc().inc();
        c.add_typed<bool>(true, 10);
        c.add_typed(0u8, 1);
        let len = c.history().length();
        let last = *c.history().borrow(len - 1);
        let reset_n = c.reset().n;
        let p = c.reset().pair();
        let first_value = p.0.value();
        c.value() + len + last + first_value + p.1.n + reset_n
    }

    public fun builtin_methods(v: vector<u64>, s: String): u64 {
        let mut w = v;
        w.push_back(1);
        w.reverse();
        let (found, idx) = w.index_of(&1);
        let n = s.length() + w.length();
        if (found) n + idx else n
    }

    public fun chained_fields(p: &Pair): u64 {
        p.0.history.length() + p.1.history().length()
    }

    public fun call_on_literal(): u64 {
        vector[1, 2, 3].length() + b"xyz".length()
    }

    public fun call_on_paren(): bool {
        (vector<u64>[]).is_empty()
    }

    public fun uid_methods(ctx: &mut TxContext): address {
        let uid = object::new(ctx);
        let addr = uid.to_address();
        uid.delete();
        addr
    }
}
