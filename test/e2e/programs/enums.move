// Enums and match: variants with and without fields, nested patterns, guards, literals,
// matching through references and mutating through a match.
module test::enums;

public enum Shape has copy, drop {
    Circle { r: u64 },
    Rect(u64, u64),
    Empty,
}

public enum Wrapped has drop { Some(Shape), Nothing }

public fun area(s: Shape): u64 {
    match (s) {
        Shape::Circle { r } => 3 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Empty => 0,
    }
}

public fun make(kind: u8, a: u64, b: u64): Shape {
    match (kind) {
        0 => Shape::Circle { r: a },
        1 => Shape::Rect(a, b),
        _ => Shape::Empty,
    }
}

public fun area_of(kind: u8, a: u64, b: u64): u64 { area(make(kind, a, b)) }

public fun describe(kind: u8, a: u64, b: u64): u64 {
    let w = if (kind == 9) Wrapped::Nothing else Wrapped::Some(make(kind, a, b));
    match (&w) {
        Wrapped::Some(Shape::Rect(x, y)) if (*x == *y) => 1,
        Wrapped::Some(Shape::Rect(..)) => 2,
        Wrapped::Some(Shape::Circle { r: 0 }) => 3,
        Wrapped::Some(_) => 4,
        Wrapped::Nothing => 5,
    }
}

public fun grow(kind: u8, a: u64, b: u64): u64 {
    let mut s = make(kind, a, b);
    match (&mut s) {
        Shape::Circle { r } => *r = *r + 1,
        Shape::Rect(w, _) => *w = *w * 2,
        Shape::Empty => {},
    };
    area(s)
}

//# call area_of(0, 2, 0) -> 12
//# call area_of(1, 3, 4) -> 12
//# call area_of(7, 3, 4) -> 0
//# call describe(1, 3, 3) -> 1
//# call describe(1, 3, 4) -> 2
//# call describe(0, 0, 0) -> 3
//# call describe(0, 5, 0) -> 4
//# call describe(9, 0, 0) -> 5
//# call grow(0, 1, 0) -> 12
//# call grow(1, 3, 4) -> 24
