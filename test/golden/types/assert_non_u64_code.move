// Error: the abort code of 'assert!' in 'withdraw' has type 'u8' ('1u8'); it must be a 'u64' (or an '#[error]' constant)
module 0x42::assert_non_u64_code {
    public fun withdraw(balance: u64, amount: u64): u64 {
        assert!(balance >= amount, 1u8);
        balance - amount
    }
}
