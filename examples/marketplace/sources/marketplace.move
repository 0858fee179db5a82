/// A small marketplace for any `key + store` object, paid in SUI.
///
/// Sellers `list` an object at a price; the object moves into the shared
/// `Marketplace` as a dynamic object field keyed by its ID, and a `Listing`
/// record goes into a `Table`. Buyers `purchase` by paying exactly the price;
/// the marketplace keeps a fee and forwards the rest to the seller. Sellers may
/// `delist` an unsold item. The record's `ListingState` enum tracks what happened.
module marketplace::marketplace;

use sui::balance::{Self, Balance};
use sui::coin::{Self, Coin};
use sui::dynamic_object_field as dof;
use sui::event;
use sui::sui::SUI;
use sui::table::{Self, Table};

// === Errors ===

const EZeroPrice: u64 = 0;
const EWrongPayment: u64 = 1;
const ENotSeller: u64 = 2;
const ENotListed: u64 = 3;
const EAlreadySold: u64 = 4;
const EListingCancelled: u64 = 5;
const EFeeTooHigh: u64 = 6;

// === Constants ===

const BPS: u64 = 10_000;
/// 2.5% fee by default.
const DEFAULT_FEE_BPS: u64 = 250;
const MAX_FEE_BPS: u64 = 1_000;

// === Types ===

/// Lets its holder change the fee and collect the fees.
public struct AdminCap has key, store { id: UID }

public enum ListingState has copy, drop, store {
    Active,
    Sold { buyer: address },
    Cancelled,
}

public struct Listing has store {
    seller: address,
    price: u64,
    state: ListingState,
}

public struct Marketplace has key {
    id: UID,
    /// Listing records by item ID; the items themselves are dynamic object fields of `id`.
    listings: Table<ID, Listing>,
    fee_bps: u64,
    fees: Balance<SUI>,
    active: u64,
}

// === Events ===

public struct ItemListed has copy, drop {
    item_id: ID,
    seller: address,
    price: u64,
}

public struct ItemSold has copy, drop {
    item_id: ID,
    seller: address,
    buyer: address,
    price: u64,
    fee: u64,
}

public struct ItemDelisted has copy, drop {
    item_id: ID,
    seller: address,
}

// === Init ===

fun init(ctx: &mut TxContext) {
    transfer::share_object(Marketplace {
        id: object::new(ctx),
        listings: table::new(ctx),
        fee_bps: DEFAULT_FEE_BPS,
        fees: balance::zero(),
        active: 0,
    });
    transfer::public_transfer(AdminCap { id: object::new(ctx) }, ctx.sender());
}

// === Selling ===

/// Put `item` up for sale at `price` MIST. Returns the item's ID, which is the listing ID.
public fun list<T: key + store>(
    market: &mut Marketplace,
    item: T,
    price: u64,
    ctx: &TxContext,
): ID {
    assert!(price > 0, EZeroPrice);
    let item_id = object::id(&item);
    // An old record may remain from an earlier sale or cancellation of the same object.
    if (market.listings.contains(item_id)) {
        let Listing { seller: _, price: _, state: _ } = market.listings.remove(item_id);
    };
    dof::add(&mut market.id, item_id, item);
    market.listings.add(item_id, Listing { seller: ctx.sender(), price, state: ListingState::Active });
    market.active = market.active + 1;
    event::emit(ItemListed { item_id, seller: ctx.sender(), price });
    item_id
}

/// Take an unsold item back. Only its seller may do this.
public fun delist<T: key + store>(market: &mut Marketplace, item_id: ID, ctx: &TxContext): T {
    market.assert_active(item_id);
    let listing = &mut market.listings[item_id];
    assert!(listing.seller == ctx.sender(), ENotSeller);
    listing.state = ListingState::Cancelled;
    market.active = market.active - 1;
    event::emit(ItemDelisted { item_id, seller: ctx.sender() });
    dof::remove(&mut market.id, item_id)
}

// === Buying ===

/// Buy a listed item by paying exactly its price.
public fun purchase<T: key + store>(
    market: &mut Marketplace,
    item_id: ID,
    mut payment: Coin<SUI>,
    ctx: &mut TxContext,
): T {
    market.assert_active(item_id);
    let buyer = ctx.sender();
    let fee_bps = market.fee_bps;

    let listing = &mut market.listings[item_id];
    let price = listing.price;
    let seller = listing.seller;
    assert!(payment.value() == price, EWrongPayment);
    listing.state = ListingState::Sold { buyer };

    let fee = fee_for(price, fee_bps);
    coin::put(&mut market.fees, payment.split(fee, ctx));
    transfer::public_transfer(payment, seller);
    market.active = market.active - 1;

    event::emit(ItemSold { item_id, seller, buyer, price, fee });
    dof::remove(&mut market.id, item_id)
}

#[allow(lint(self_transfer))]
/// Transaction-friendly wrapper: buy and keep the item.
entry fun buy<T: key + store>(
    market: &mut Marketplace,
    item_id: ID,
    payment: Coin<SUI>,
    ctx: &mut TxContext,
) {
    let item: T = purchase(market, item_id, payment, ctx);
    transfer::public_transfer(item, ctx.sender());
}

// === Admin ===

public fun set_fee(_: &AdminCap, market: &mut Marketplace, fee_bps: u64) {
    assert!(fee_bps <= MAX_FEE_BPS, EFeeTooHigh);
    market.fee_bps = fee_bps;
}

public fun withdraw_fees(_: &AdminCap, market: &mut Marketplace, ctx: &mut TxContext): Coin<SUI> {
    coin::from_balance(market.fees.withdraw_all(), ctx)
}

// === Views ===

public fun is_listed(market: &Marketplace, item_id: ID): bool {
    if (!market.listings.contains(item_id)) return false;
    match (market.listings[item_id].state) {
        ListingState::Active => true,
        ListingState::Sold { .. } | ListingState::Cancelled => false,
    }
}

public fun price(market: &Marketplace, item_id: ID): u64 {
    assert!(market.listings.contains(item_id), ENotListed);
    market.listings[item_id].price
}

public fun seller(market: &Marketplace, item_id: ID): address {
    assert!(market.listings.contains(item_id), ENotListed);
    market.listings[item_id].seller
}

/// The buyer of a sold item, if it was sold.
public fun buyer_of(market: &Marketplace, item_id: ID): Option<address> {
    if (!market.listings.contains(item_id)) return option::none();
    match (market.listings[item_id].state) {
        ListingState::Sold { buyer } => option::some(buyer),
        _ => option::none(),
    }
}

public fun state_name(market: &Marketplace, item_id: ID): vector<u8> {
    if (!market.listings.contains(item_id)) return b"unknown";
    match (&market.listings[item_id].state) {
        ListingState::Active => b"active",
        ListingState::Sold { buyer: _ } => b"sold",
        ListingState::Cancelled => b"cancelled",
    }
}

/// Borrow a listed item without taking it, e.g. to inspect it before buying.
public fun borrow_item<T: key + store>(market: &Marketplace, item_id: ID): &T {
    assert!(market.is_listed(item_id), ENotListed);
    dof::borrow(&market.id, item_id)
}

public fun active_count(market: &Marketplace): u64 { market.active }

public fun fee_bps(market: &Marketplace): u64 { market.fee_bps }

public fun collected_fees(market: &Marketplace): u64 { market.fees.value() }

// === Internal ===

fun assert_active(market: &Marketplace, item_id: ID) {
    assert!(market.listings.contains(item_id), ENotListed);
    match (market.listings[item_id].state) {
        ListingState::Active => (),
        ListingState::Sold { .. } => abort EAlreadySold,
        ListingState::Cancelled => abort EListingCancelled,
    }
}

fun fee_for(price: u64, fee_bps: u64): u64 {
    (((price as u128) * (fee_bps as u128) / (BPS as u128)) as u64)
}

// === Test helpers ===

#[test_only]
public fun init_for_testing(ctx: &mut TxContext) {
    init(ctx);
}
