// Error: unbound module member: 'sui::balance' has no function 'create_from_nothing' (called in 'free_money')
module 0x42::unbound_module_member {
    use sui::balance::Balance;
    use sui::sui::SUI;

    public fun free_money(): Balance<SUI> {
        sui::balance::create_from_nothing<SUI>(1000)
    }
}
