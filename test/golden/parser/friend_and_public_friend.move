// Legacy (pre-2024) friend declarations and `public(friend)` visibility.
module 0x42::vault_core {
    friend 0x42::vault_admin;
    friend 0x42::vault_ops;

    struct Vault has store, drop {
        locked: bool,
        amount: u64,
    }

    public fun new(): Vault { Vault { locked: false, amount: 0 } }

    public(friend) fun lock(v: &mut Vault) { v.locked = true }

    public(friend) fun unlock(v: &mut Vault) { v.locked = false }

    public(friend) fun set_amount(v: &mut Vault, amount: u64) {
        assert!(!v.locked, 1);
        v.amount = amount;
    }

    public fun amount(v: &Vault): u64 { v.amount }
}

module 0x42::vault_admin {
    use 0x42::vault_core::{Self, Vault};

    public fun freeze_vault(v: &mut Vault) { vault_core::lock(v) }

    public fun thaw_vault(v: &mut Vault) { vault_core::unlock(v) }
}

module 0x42::vault_ops {
    use 0x42::vault_core;

    public fun fill(v: &mut vault_core::Vault) { vault_core::set_amount(v, 100) }
}
