// Valid: a generic Stack<T> whose abilities follow T; it holds non-copy values (Balance) as well as plain u64s
module 0x42::stack {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public struct Stack<T> has copy, drop, store {
        items: vector<T>,
    }

    public fun empty<T>(): Stack<T> {
        Stack { items: vector[] }
    }

    public fun push<T>(s: &mut Stack<T>, x: T) {
        s.items.push_back(x);
    }

    public fun pop<T>(s: &mut Stack<T>): Option<T> {
        if (s.items.is_empty()) option::none() else option::some(s.items.pop_back())
    }

    public fun size<T>(s: &Stack<T>): u64 {
        s.items.length()
    }

    public fun into_vector<T>(s: Stack<T>): vector<T> {
        let Stack { items } = s;
        items
    }

    public fun stash(b: Balance<SUI>): Stack<Balance<SUI>> {
        let mut s = empty();
        s.push(b);
        s
    }
}
