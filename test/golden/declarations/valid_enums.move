// Valid: enums with abilities their variants' fields have, generic and phantom parameters.
module test::shapes {
    use sui::balance::Balance;

    public enum Shape has copy, drop, store {
        Circle { radius: u64 },
        Rect(u64, u64),
        Empty,
    }

    public enum Maybe<T> has copy, drop {
        Just(T),
        Nothing,
    }

    public enum Purse<phantom T> has store {
        Full(Balance<T>),
        Spent,
    }

    public fun area(s: &Shape): u64 {
        match (s) {
            Shape::Circle { radius } => 3 * *radius * *radius,
            Shape::Rect(w, h) => *w * *h,
            Shape::Empty => 0,
        }
    }

    public fun just<T>(v: T): Maybe<T> { Maybe::Just(v) }

    public fun spent<T>(): Purse<T> { Purse::Spent }
}
