// Error: duplicate variant 'Pending' in the declaration of enum 'Order'
module 0x42::duplicate_enum_variant {
    public enum Order has drop {
        Pending,
        Filled(u64),
        Pending,
    }

    public fun filled(amount: u64): Order { Order::Filled(amount) }
}
