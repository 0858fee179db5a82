// Error: 'destroy' unpacks 'Coupon' and leaves its 'id: UID' unused; UID has no 'drop', it must be deleted with object::delete
module 0x42::uid_dropped {
    public struct Coupon has key { id: UID, discount: u64 }

    public fun issue(discount: u64, ctx: &mut TxContext): Coupon {
        Coupon { id: object::new(ctx), discount }
    }

    public fun destroy(c: Coupon): u64 {
        let Coupon { id: _, discount } = c;
        discount
    }
}
