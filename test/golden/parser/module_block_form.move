/// A plain module in block form with a struct, a constant and two functions.
module 0x42::module_block_form {
    const INITIAL: u64 = 10;

    public struct Tally has copy, drop, store {
        count: u64,
        label: vector<u8>,
    }

    public fun new(label: vector<u8>): Tally {
        Tally { count: INITIAL, label }
    }

    public fun bump(t: &mut Tally) {
        t.count = t.count + 1;
    }

    public fun count(t: &Tally): u64 {
        t.count
    }

    fun reset(t: &mut Tally) {
        t.count = 0
    }

    #[test]
    fun bump_twice() {
        let mut t = new(b"votes");
        bump(&mut t);
        bump(&mut t);
        assert!(count(&t) == INITIAL + 2, 0);
        reset(&mut t);
        assert!(t.count == 0);
    }
}
