// Error: [warning] type parameter 'T' of 'Vault' is only used as a phantom argument ('Balance<T>'); it should be declared 'phantom T'
module 0x42::nonphantom_only_phantom_use {
    use sui::balance::Balance;

    public struct Vault<T> has key {
        id: UID,
        funds: Balance<T>,
    }

    public fun amount<T>(v: &Vault<T>): u64 { v.funds.value() }
}
