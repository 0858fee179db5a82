// Structs, references that write through to locals, fields and vector elements, generics with
// two instantiations, tuples, and vectors.
module test::data;

public struct Point has copy, drop { x: u64, y: u64 }
public struct Box<T> has drop { items: vector<T>, label: u8 }

public fun point_sum(x: u64, y: u64): u64 {
    let p = Point { y, x };
    let Point { x: a, y: b } = p;
    a + b
}

fun bump(r: &mut u64) { *r = *r + 1; }

public fun write_through(): u64 {
    let mut n = 41;
    bump(&mut n);
    let mut p = Point { x: 1, y: 2 };
    bump(&mut p.y);
    let r = &mut p.x;
    *r = 10;
    let mut v = vector[1, 2, 3];
    bump(&mut v[2]);
    *&mut v[0] = 100;
    n + p.x + p.y + v[0] + v[2]
}

fun first<T: copy>(v: &vector<T>): T { v[0] }

public fun generics(): u64 {
    let bytes = vector[7u8, 8u8];
    let nums = vector[5u64, 6u64];
    (first(&bytes) as u64) + first(&nums)
}

fun divmod(a: u64, b: u64): (u64, u64) { (a / b, a % b) }

public fun tuples(): u64 {
    let (q, r) = divmod(17, 5);
    q * 10 + r
}

public fun boxes(): u64 {
    let mut b = Box { items: vector[1u64, 2, 3], label: 9 };
    b.items.push_back(4);
    let total = b.items.length() + (b.label as u64);
    let Box { items, label: _ } = b;
    total + items[3]
}

public fun pop_empty(): u64 {
    let mut v = vector<u64>[];
    v.pop_back()
}

public fun out_of_bounds(i: u64): u64 {
    let v = vector[1, 2, 3];
    v[i]
}

//# call point_sum(3, 4) -> 7
//# call write_through() -> 159
//# call generics() -> 12
//# call tuples() -> 32
//# call boxes() -> 17
//# call pop_empty() -> VECTOR_OUT_OF_BOUNDS
//# call out_of_bounds(3) -> VECTOR_OUT_OF_BOUNDS
//# call out_of_bounds(1) -> 2
