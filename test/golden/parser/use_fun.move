/// `use fun` aliases for method-call syntax, private and public.
module 0x42::wallet {
    use fun balance_of as Wallet.bal;
    use fun std::vector::length as vector.len;
    public use fun 0x42::wallet::deposit_amount as Wallet.add;
    public use fun wallet_is_empty as Wallet.empty;

    public struct Wallet has copy, drop {
        amounts: vector<u64>,
    }

    public fun new(): Wallet { Wallet { amounts: vector[] } }

    public fun deposit_amount(w: &mut Wallet, amount: u64) {
        w.amounts.push_back(amount);
    }

    public fun balance_of(w: &Wallet): u64 {
        let mut total = 0;
        let mut i = 0;
        while (i < w.amounts.len()) {
            total = total + w.amounts[i];
            i = i + 1;
        };
        total
    }

    public fun wallet_is_empty(w: &Wallet): bool {
        w.amounts.is_empty()
    }

    #[test]
    fun aliases_work() {
        let mut w = new();
        assert!(w.empty());
        w.add(5);
        w.add(7);
        assert!(w.bal() == 12);
    }
}

module 0x42::wallet_user {
    use 0x42::wallet::{Self, Wallet};

    use fun summarize as Wallet.summary;

    fun summarize(w: &Wallet): u64 { w.balance_of() * 2 }

    public fun double(): u64 {
        let mut w = wallet::new();
        w.add(21);
        w.summary()
    }
}
