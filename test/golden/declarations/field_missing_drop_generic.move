// Error: `Box<Coin<SUI>>` lacks `drop` because `Coin<SUI>` does; `Box<T>` itself is fine.
module test::wallet {
    use sui::coin::Coin;
    use sui::sui::SUI;

    public struct Box<T> has drop, store { value: T }

    public struct Wallet has drop {
        main: Box<Coin<SUI>>,
        spare: Box<u64>,
    }

    public fun spare(w: &Wallet): u64 { w.spare.value }
}
