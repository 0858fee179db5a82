// Valid: a generic enum with a conditional 'drop', nested patterns and a match used as an expression
module 0x42::enum_generic_result {
    const EFailed: u64 = 1;

    public enum Outcome<T> has drop {
        Ok(T),
        Err(u64),
    }

    public fun checked_div(a: u64, b: u64): Outcome<u64> {
        if (b == 0) Outcome::Err(EFailed) else Outcome::Ok(a / b)
    }

    public fun unwrap_or<T: drop>(o: Outcome<T>, default: T): T {
        match (o) {
            Outcome::Ok(v) => v,
            Outcome::Err(_) => default,
        }
    }

    public fun code<T>(o: &Outcome<T>): u64 {
        match (o) {
            Outcome::Ok(_) => 0,
            Outcome::Err(c) => *c,
        }
    }

    public fun nested(o: Outcome<Option<u64>>): u64 {
        match (o) {
            Outcome::Ok(opt) => opt.destroy_or!(0),
            Outcome::Err(c) => c,
        }
    }
}
