/// Standard-library macros on vectors and options, called with lambdas.
module 0x42::vector_option_macros {
    public struct Item has copy, drop { price: u64, sold: bool }

    public fun do_macros(v: vector<u64>): u64 {
        let mut total = 0;
        v.do!(|x| total = total + x);
        let w = vector[1, 2, 3];
        w.do_ref!(|x| total = total + *x);
        let mut items = vector[Item { price: 5, sold: false }];
        items.do_mut!(|it| it.sold = true);
        total
    }

    public fun map_filter(v: vector<u64>): vector<u64> {
        let doubled = v.map!(|x| x * 2);
        let big = doubled.filter!(|x| *x > 10);
        big.map_ref!(|x| *x + 1)
    }

    public fun folds(v: vector<u64>): u64 {
        v.fold!(0, |acc, x| acc + x)
    }

    public fun predicates(v: &vector<u64>): (bool, bool, u64) {
        let any_zero = v.any!(|x| *x == 0);
        let all_small = v.all!(|x| *x < 100);
        let count = v.count!(|x| *x % 2 == 1);
        (any_zero, all_small, count)
    }

    public fun tabulate(n: u64): vector<u64> {
        vector::tabulate!(n, |i| i * i)
    }

    public fun destroy_vector(v: vector<Item>): u64 {
        let mut sum = 0;
        v.destroy!(|it| sum = sum + it.price);
        sum
    }

    public fun find(v: &vector<Item>): Option<u64> {
        v.find_index!(|it| it.sold)
    }

    public fun option_macros(o: Option<u64>, p: Option<u64>): u64 {
        let a = o.destroy_or!(0);
        let b = p.map!(|x| x + 1).destroy_with_default(7);
        let c = option::some(3u64).is_some_and!(|x| *x > 2);
        let mut d = 0;
        option::some(4u64).do!(|x| d = x);
        a + b + d + if (c) 1 else 0
    }

    public fun option_destroy_or_abort(o: Option<u64>): u64 {
        o.destroy_or!(abort 5)
    }

    public fun zip(a: vector<u64>, b: vector<u64>): vector<u64> {
        a.zip_map!(b, |x, y| x + y)
    }

    public fun pipeline(n: u64): u64 {
        vector::tabulate!(n, |i| i + 1)
            .filter!(|x| *x % 3 != 0)
            .map!(|x| x * 10)
            .fold!(0, |acc, x| acc + x)
    }
}
