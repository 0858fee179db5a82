// Error: 'a == b' in 'same' compares two 'Voucher' values by value; '==' consumes its operands and needs 'drop', which 'Voucher' lacks (compare references instead)
module 0x42::equality_on_nondrop {
    public struct Voucher { code: u64 }

    public fun issue(code: u64): Voucher { Voucher { code } }

    public fun same(a: Voucher, b: Voucher): bool {
        a == b
    }

    public fun redeem(v: Voucher): u64 {
        let Voucher { code } = v;
        code
    }
}
