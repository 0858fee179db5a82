// Error: duplicate declaration of constant 'EInsufficient' in module 0x42::duplicate_constant
module 0x42::duplicate_constant {
    const EInsufficient: u64 = 1;
    const EInsufficient: u64 = 2;

    public fun withdraw(balance: u64, amount: u64): u64 {
        assert!(balance >= amount, EInsufficient);
        balance - amount
    }
}
