// Error: the pack 'Cell<Lock> { value: ... }' in 'seal' instantiates 'Cell<T: copy + drop>' with 'Lock', which lacks 'copy'
module 0x42::constraint_not_satisfied_pack {
    public struct Lock has drop { code: u64 }

    public struct Cell<T: copy + drop> has copy, drop {
        value: T,
    }

    public fun seal(code: u64): u64 {
        let c = Cell<Lock> { value: Lock { code } };
        c.value.code
    }
}
