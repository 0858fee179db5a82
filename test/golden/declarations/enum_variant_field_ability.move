// Error: every field of every variant needs the enum's abilities.
module test::orders {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public struct Lock has drop { code: u64 }

    public enum Order has drop, store {
        Open { price: u64 },
        Paid(Balance<SUI>),
        Locked { lock: Lock },
    }

    public fun open(price: u64): Order { Order::Open { price } }
}
