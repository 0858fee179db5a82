// Valid: reading the shared system Clock by '&Clock' in an entry function and a public function (deadline checks)
module 0x42::deadline {
    use sui::clock::Clock;

    const EExpired: u64 = 1;

    public struct Offer has key {
        id: UID,
        expires_ms: u64,
        accepted: bool,
    }

    entry fun make_offer(ttl_ms: u64, clock: &Clock, ctx: &mut TxContext) {
        let offer = Offer { id: object::new(ctx), expires_ms: clock.timestamp_ms() + ttl_ms, accepted: false };
        transfer::share_object(offer);
    }

    public fun accept(offer: &mut Offer, clock: &Clock) {
        assert!(clock.timestamp_ms() < offer.expires_ms, EExpired);
        offer.accepted = true;
    }

    public fun is_open(offer: &Offer, clock: &Clock): bool {
        !offer.accepted && clock.timestamp_ms() < offer.expires_ms
    }
}
