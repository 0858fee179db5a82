// Valid: '_'-prefixed locals and parameters are intentionally unused and produce no warning
module 0x42::underscore_local_ok {
    public fun convert(amount: u64, _memo: vector<u8>): u64 {
        let _unused_fee = amount / 100;
        let (value, _remainder) = split(amount);
        value
    }

    public fun split(amount: u64): (u64, u64) {
        (amount / 2, amount % 2)
    }
}
