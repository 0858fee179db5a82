// Valid: vector, option and integer macros expand cleanly, with lambdas that capture and mutate locals and unpack resources.
module test::m;

public struct Thing has key, store { id: UID, n: u64 }

public fun sum(v: vector<u64>): u64 {
    let mut total = 0;
    v.do!(|x| total = total + x);
    total
}

public fun doubled(v: &vector<u64>): vector<u64> {
    v.map_ref!(|x| *x * 2)
}

public fun evens(v: vector<u64>): vector<u64> {
    v.filter!(|x| *x % 2 == 0)
}

public fun count(n: u64): u64 {
    let mut c = 0;
    n.do!(|i| c = c + i);
    c
}

public fun opt(o: Option<u64>): u64 {
    o.destroy_or!(7)
}

public fun tab(): vector<u64> {
    vector::tabulate!(5, |i| i * i)
}

public fun fold(v: vector<u64>): u64 {
    v.fold!(0, |acc, x| acc + x)
}

public fun any_big(v: &vector<u64>): bool {
    v.any!(|x| *x > 10)
}

public fun bump(v: &mut vector<u64>) {
    v.do_mut!(|x| *x = *x + 1);
}

public fun destroy_things(v: vector<Thing>) {
    v.destroy!(|Thing { id, n: _ }| id.delete());
}

public fun m(a: u64, b: u64): u64 {
    let x = a.max(b);
    std::u64::max_value!() - x
}

public fun leak(v: vector<Thing>) {
    v.do!(|t| { let Thing { id, n: _ } = t; id.delete(); });
}
