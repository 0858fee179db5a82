// Valid: an AdminCap created in 'init' and sent to the publisher; admin-only functions require '&AdminCap'
module 0x42::shop_admin {
    public struct AdminCap has key, store {
        id: UID,
    }

    public struct Shop has key {
        id: UID,
        price: u64,
        open: bool,
    }

    fun init(ctx: &mut TxContext) {
        transfer::public_transfer(AdminCap { id: object::new(ctx) }, ctx.sender());
        transfer::share_object(Shop { id: object::new(ctx), price: 100, open: true });
    }

    public fun set_price(_: &AdminCap, shop: &mut Shop, price: u64) {
        shop.price = price;
    }

    public fun close(_: &AdminCap, shop: &mut Shop) {
        shop.open = false;
    }

    public fun quote(shop: &Shop, qty: u64): Option<u64> {
        if (shop.open) option::some(shop.price * qty) else option::none()
    }
}
