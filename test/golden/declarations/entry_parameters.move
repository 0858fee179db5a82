// Error: entry parameters a transaction cannot supply.
module test::kiosk_entry {
    use sui::clock::Clock;

    public struct Receipt has store, drop { amount: u64 }

    public struct Shop has key { id: UID, sales: u64 }

    entry fun record(_shop: &mut Shop, _receipt: Receipt) {}

    entry fun tick(_shop: &mut Shop, _clock: &mut Clock) {}

    entry fun early_ctx(_ctx: &mut TxContext, _amount: u64) {}

    entry fun owned_ctx(_amount: u64, _ctx: TxContext) {}

    entry fun receipts(_list: &vector<Shop>, _r: vector<Receipt>) {}
}
