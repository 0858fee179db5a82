// Valid: a one-time witness passed by value to `init`, with `&mut TxContext` last.
module test::gold {
    use sui::coin;

    public struct GOLD has drop {}

    fun init(otw: GOLD, ctx: &mut TxContext) {
        let (treasury, metadata) = coin::create_currency(otw, 9, b"GLD", b"Gold", b"", option::none(), ctx);
        transfer::public_freeze_object(metadata);
        transfer::public_transfer(treasury, ctx.sender());
    }
}
