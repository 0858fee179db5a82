/// An English auction of any `key + store` object, paid in SUI, timed by the `Clock`.
///
/// The seller `create`s an auction with a minimum bid and a duration: the item goes into
/// a shared `Auction`. Until the deadline, anyone may `bid` more than the current highest
/// bid; the bid is held in the auction and the previous highest bidder is refunded at once.
/// After the deadline, anyone may `settle`: the item goes to the winner and the money to
/// the seller (or the item back to the seller if nobody bid). Before any bid, the seller
/// may `cancel`.
///
/// The auction is shared and every call reads the shared `Clock` (`0x6`), so they all go
/// through consensus, which also orders competing bids.
module auction::auction;

use sui::balance::{Self, Balance};
use sui::clock::Clock;
use sui::coin::{Self, Coin};
use sui::event;
use sui::sui::SUI;

// === Errors ===

const EZeroDuration: u64 = 0;
const EAuctionEnded: u64 = 1;
const EAuctionNotEnded: u64 = 2;
const EBidTooLow: u64 = 3;
const ENotSeller: u64 = 4;
const EHasBids: u64 = 5;

/// A running auction of `item`.
public struct Auction<T: key + store> has key {
    id: UID,
    item: T,
    seller: address,
    /// The lowest acceptable first bid, in MIST.
    min_bid: u64,
    /// The highest bid so far (empty before the first bid).
    highest_bid: Balance<SUI>,
    highest_bidder: Option<address>,
    /// Bids are accepted while the clock is before this time (Unix milliseconds).
    end_ms: u64,
}

// === Events ===

public struct AuctionCreated has copy, drop {
    auction_id: ID,
    item_id: ID,
    seller: address,
    min_bid: u64,
    end_ms: u64,
}

public struct BidPlaced has copy, drop {
    auction_id: ID,
    bidder: address,
    amount: u64,
}

public struct AuctionSettled has copy, drop {
    auction_id: ID,
    winner: Option<address>,
    amount: u64,
}

/// Put `item` up for auction for `duration_ms` milliseconds from now.
public fun create<T: key + store>(
    item: T,
    min_bid: u64,
    duration_ms: u64,
    clock: &Clock,
    ctx: &mut TxContext,
) {
    assert!(duration_ms > 0, EZeroDuration);
    let auction = Auction {
        id: object::new(ctx),
        item,
        seller: ctx.sender(),
        min_bid,
        highest_bid: balance::zero(),
        highest_bidder: option::none(),
        end_ms: clock.timestamp_ms() + duration_ms,
    };
    event::emit(AuctionCreated {
        auction_id: object::id(&auction),
        item_id: object::id(&auction.item),
        seller: auction.seller,
        min_bid,
        end_ms: auction.end_ms,
    });
    transfer::share_object(auction);
}

/// Bid the whole of `payment`. It must be at least the minimum bid, and more than the
/// highest bid so far, which is refunded to its bidder.
public fun bid<T: key + store>(
    auction: &mut Auction<T>,
    payment: Coin<SUI>,
    clock: &Clock,
    ctx: &mut TxContext,
) {
    assert!(clock.timestamp_ms() < auction.end_ms, EAuctionEnded);
    let amount = payment.value();
    assert!(amount >= auction.min_bid, EBidTooLow);
    assert!(amount > auction.highest_bid.value(), EBidTooLow);

    if (auction.highest_bidder.is_some()) {
        let previous = auction.highest_bidder.extract();
        let refund = auction.highest_bid.withdraw_all();
        transfer::public_transfer(coin::from_balance(refund, ctx), previous);
    };
    auction.highest_bid.join(payment.into_balance());
    auction.highest_bidder.fill(ctx.sender());
    event::emit(BidPlaced { auction_id: object::id(auction), bidder: ctx.sender(), amount });
}

/// After the deadline, anyone may settle: the item goes to the highest bidder and the bid
/// to the seller; with no bids, the item goes back to the seller.
public fun settle<T: key + store>(auction: Auction<T>, clock: &Clock, ctx: &mut TxContext) {
    assert!(clock.timestamp_ms() >= auction.end_ms, EAuctionNotEnded);
    let auction_id = object::id(&auction);
    let Auction { id, item, seller, min_bid: _, highest_bid, highest_bidder, end_ms: _ } = auction;
    id.delete();

    let amount = highest_bid.value();
    event::emit(AuctionSettled { auction_id, winner: highest_bidder, amount });
    if (highest_bidder.is_some()) {
        transfer::public_transfer(item, *highest_bidder.borrow());
        transfer::public_transfer(coin::from_balance(highest_bid, ctx), seller);
    } else {
        transfer::public_transfer(item, seller);
        highest_bid.destroy_zero();
    }
}

/// The seller withdraws the item before anyone has bid.
public fun cancel<T: key + store>(auction: Auction<T>, ctx: &TxContext): T {
    assert!(auction.seller == ctx.sender(), ENotSeller);
    assert!(auction.highest_bidder.is_none(), EHasBids);
    let auction_id = object::id(&auction);
    let Auction { id, item, seller: _, min_bid: _, highest_bid, highest_bidder: _, end_ms: _ } = auction;
    id.delete();
    highest_bid.destroy_zero();
    event::emit(AuctionSettled { auction_id, winner: option::none(), amount: 0 });
    item
}

// === Views ===

public fun highest_bid<T: key + store>(auction: &Auction<T>): u64 { auction.highest_bid.value() }

public fun highest_bidder<T: key + store>(auction: &Auction<T>): Option<address> {
    auction.highest_bidder
}

public fun end_ms<T: key + store>(auction: &Auction<T>): u64 { auction.end_ms }

public fun seller<T: key + store>(auction: &Auction<T>): address { auction.seller }

public fun is_open<T: key + store>(auction: &Auction<T>, clock: &Clock): bool {
    clock.timestamp_ms() < auction.end_ms
}
