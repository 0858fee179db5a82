// Valid: 'use' forms: nested groups 'use sui::{a::{Self, T}, b}', aliases 'as', a function import, and 'use' inside a function body
module 0x42::use_forms {
    use std::string::{String, utf8 as text};
    use sui::{balance::{Self as bal, Balance}, sui::SUI};
    use sui::vec_set as set;

    public fun empty_purse(): Balance<SUI> {
        bal::zero()
    }

    public fun title(): String {
        text(b"purse")
    }

    public fun unique(items: vector<u64>): u64 {
        let mut s = set::empty();
        items.do!(|x| if (!s.contains(&x)) s.insert(x));
        s.length()
    }

    public fun max3(a: u64, b: u64, c: u64): u64 {
        use std::u64::max;
        max(max(a, b), c)
    }
}
