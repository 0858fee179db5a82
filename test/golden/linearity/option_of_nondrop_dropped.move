// Error: 'slot' (type 'Option<Balance<SUI>>'; 'Option' has 'drop' only if its element does) still holds a value at the end of 'peek'
module 0x42::option_of_nondrop_dropped {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public fun peek(b: Balance<SUI>): bool {
        let slot = option::some(b);
        slot.is_some()
    }
}
