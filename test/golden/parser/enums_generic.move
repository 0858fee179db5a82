module 0x42::enums_generic {
    public enum Maybe<T> has copy, drop, store {
        Nothing,
        Just(T),
    }

    public enum Either<L, R> has copy, drop {
        Left(L),
        Right(R),
    }

    public enum Slot<phantom Tag, V: store> has store {
        Vacant,
        Filled { value: V, since_epoch: u64 },
    }

    public enum Event has copy, drop {
        Deposit { who: address, amount: u64 },
        Withdraw { who: address, amount: u64 },
        Pause,
    }

    public fun just<T>(x: T): Maybe<T> { Maybe::Just(x) }

    public fun nothing<T>(): Maybe<T> { Maybe::Nothing }

    public fun unwrap_or<T: drop>(m: Maybe<T>, default: T): T {
        match (m) {
            Maybe::Just(x) => x,
            Maybe::Nothing => default,
        }
    }

    public fun swap<L, R>(e: Either<L, R>): Either<R, L> {
        match (e) {
            Either::Left(l) => Either::Right(l),
            Either::Right(r) => Either::Left(r),
        }
    }

    public fun fill<Tag, V: store>(s: Slot<Tag, V>, value: V, epoch: u64): (Slot<Tag, V>, Maybe<V>) {
        let previous = match (s) {
            Slot::Vacant => Maybe::Nothing,
            Slot::Filled { value, .. } => Maybe::Just(value),
        };
        (Slot::Filled { value, since_epoch: epoch }, previous)
    }

    public fun amount(e: &Event): u64 {
        match (e) {
            Event::Deposit { amount, .. } | Event::Withdraw { amount, .. } => *amount,
            Event::Pause => 0,
        }
    }

    public fun explicit_types(): Maybe<vector<u8>> {
        let m: Maybe<vector<u8>> = Maybe::Just(b"typed");
        m
    }
}
