// Error: 'v.stash = balance::zero()' in 'reset' overwrites field 'stash' (type 'Balance<SUI>', no 'drop'); the old balance would be destroyed
module 0x42::overwritten_field {
    use sui::balance::{Self, Balance};
    use sui::sui::SUI;

    public struct Vault has key {
        id: UID,
        stash: Balance<SUI>,
    }

    public fun amount(v: &Vault): u64 { v.stash.value() }

    public fun reset(v: &mut Vault) {
        v.stash = balance::zero();
    }
}
