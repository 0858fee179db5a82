/// `Coin<T>`: the platform-wide representation of fungible tokens.
///
/// A coin is an object wrapping a `Balance<T>`, so it can be owned, transferred, split and
/// merged. A currency is created once, with its one-time witness, by `create_currency`, which
/// returns the `TreasuryCap<T>` (the right to mint and burn) and the `CoinMetadata<T>` object.
///
/// Regulated currencies (`create_regulated_currency_v2`, `DenyCapV2`, the deny list functions)
/// and the coin registry are not part of this module.
module sui::coin;

use std::ascii;
use std::string;
use sui::balance::{Self, Balance, Supply};
use sui::url::{Self, Url};

/// Allows calling `.split_vec(amounts, ctx)` on a `Coin`.
public use fun sui::pay::split_vec as Coin.split_vec;

/// Allows calling `.join_vec(coins)` on a `Coin`.
public use fun sui::pay::join_vec as Coin.join_vec;

/// Allows calling `.split_and_transfer(amount, recipient, ctx)` on a `Coin`.
public use fun sui::pay::split_and_transfer as Coin.split_and_transfer;

/// Allows calling `.divide_and_keep(n, ctx)` on a `Coin`.
public use fun sui::pay::divide_and_keep as Coin.divide_and_keep;

/// The witness passed to `create_currency` is not a one-time witness.
const EBadWitness: u64 = 0;

/// An argument is invalid (`divide_into_n` with `n == 0`).
const EInvalidArg: u64 = 1;

/// The coin holds too little for the operation.
const ENotEnough: u64 = 2;

/// A coin of type `T` worth `value`. Transferable and storable.
public struct Coin<phantom T> has key, store {
    id: UID,
    balance: Balance<T>,
}

/// The metadata of currency `T`, one object per currency, made by `create_currency`.
public struct CoinMetadata<phantom T> has key, store {
    id: UID,
    /// Number of decimal places the coin uses: a coin of value N with D decimals is shown as
    /// N / 10^D. Display only.
    decimals: u8,
    /// Name for the token.
    name: string::String,
    /// Symbol for the token.
    symbol: ascii::String,
    /// Description of the token.
    description: string::String,
    /// URL of the token's logo.
    icon_url: Option<Url>,
}

/// The right to mint and burn coins of type `T`. Transferable.
public struct TreasuryCap<phantom T> has key, store {
    id: UID,
    total_supply: Supply<T>,
}

// === Supply ===

/// The total amount of `T` in circulation.
public fun total_supply<T>(cap: &TreasuryCap<T>): u64 {
    cap.total_supply.supply_value()
}

/// Unwrap `treasury` into its `Supply`. The treasury cap is gone for good; minting and burning go
/// through the supply from then on.
public fun treasury_into_supply<T>(treasury: TreasuryCap<T>): Supply<T> {
    let TreasuryCap { id, total_supply } = treasury;
    id.delete();
    total_supply
}

/// A reference to the supply inside `treasury`.
public fun supply_immut<T>(treasury: &TreasuryCap<T>): &Supply<T> {
    &treasury.total_supply
}

/// A mutable reference to the supply inside `treasury`.
public fun supply_mut<T>(treasury: &mut TreasuryCap<T>): &mut Supply<T> {
    &mut treasury.total_supply
}

// === Balance <-> Coin ===

/// The value of `self`.
public fun value<T>(self: &Coin<T>): u64 {
    self.balance.value()
}

/// A reference to the balance inside `coin`.
public fun balance<T>(coin: &Coin<T>): &Balance<T> {
    &coin.balance
}

/// A mutable reference to the balance inside `coin`.
public fun balance_mut<T>(coin: &mut Coin<T>): &mut Balance<T> {
    &mut coin.balance
}

/// Wrap `balance` in a new coin.
public fun from_balance<T>(balance: Balance<T>, ctx: &mut TxContext): Coin<T> {
    Coin { id: object::new(ctx), balance }
}

/// Unwrap `coin` into its balance, deleting the coin object.
public fun into_balance<T>(coin: Coin<T>): Balance<T> {
    let Coin { id, balance } = coin;
    id.delete();
    balance
}

/// Take a coin worth `value` out of `balance`. Aborts if `balance` holds less.
public fun take<T>(balance: &mut Balance<T>, value: u64, ctx: &mut TxContext): Coin<T> {
    Coin { id: object::new(ctx), balance: balance.split(value) }
}

/// Put `coin` into `balance`.
public fun put<T>(balance: &mut Balance<T>, coin: Coin<T>) {
    balance.join(into_balance(coin));
}

// === Coin operations ===

/// Merge `c` into `self`: `self` gains the value of `c`, and `c` is deleted.
public entry fun join<T>(self: &mut Coin<T>, c: Coin<T>) {
    let Coin { id, balance } = c;
    id.delete();
    self.balance.join(balance);
}

/// Split a coin worth `split_amount` off `self`. Aborts with `ENotEnough` if `self` holds less.
public fun split<T>(self: &mut Coin<T>, split_amount: u64, ctx: &mut TxContext): Coin<T> {
    take(&mut self.balance, split_amount, ctx)
}

/// Split `self` into `n` coins of equal value: returns `n - 1` new coins worth
/// `value(self) / n` each, and the rest (with the remainder) stays in `self`. Aborts with
/// `EInvalidArg` if `n` is 0 and with `ENotEnough` if `n` is more than the value of `self`.
public fun divide_into_n<T>(self: &mut Coin<T>, n: u64, ctx: &mut TxContext): vector<Coin<T>> {
    assert!(n > 0, EInvalidArg);
    assert!(n <= self.value(), ENotEnough);
    let split_amount = self.value() / n;
    let mut coins = vector[];
    let mut i = 1;
    while (i < n) {
        coins.push_back(self.split(split_amount, ctx));
        i = i + 1;
    };
    coins
}

/// A coin worth zero.
public fun zero<T>(ctx: &mut TxContext): Coin<T> {
    Coin { id: object::new(ctx), balance: balance::zero() }
}

/// Destroy a coin worth zero. Aborts if its value is not zero.
public fun destroy_zero<T>(c: Coin<T>) {
    let Coin { id, balance } = c;
    id.delete();
    balance.destroy_zero()
}

// === Creating a currency ===

/// Create the currency `T`, from its one-time witness: returns the `TreasuryCap<T>` and the
/// `CoinMetadata<T>` with the given decimals, symbol (ASCII), name and description (UTF-8) and
/// icon. Aborts with `EBadWitness` if `witness` is not a one-time witness.
public fun create_currency<T: drop>(
    witness: T,
    decimals: u8,
    symbol: vector<u8>,
    name: vector<u8>,
    description: vector<u8>,
    icon_url: Option<Url>,
    ctx: &mut TxContext,
): (TreasuryCap<T>, CoinMetadata<T>) {
    assert!(sui::types::is_one_time_witness(&witness), EBadWitness);
    let treasury = TreasuryCap {
        id: object::new(ctx),
        total_supply: balance::create_supply(witness),
    };
    let metadata = CoinMetadata {
        id: object::new(ctx),
        decimals,
        name: string::utf8(name),
        symbol: ascii::string(symbol),
        description: string::utf8(description),
        icon_url,
    };
    (treasury, metadata)
}

// === Minting and burning ===

/// Mint a coin worth `value`, increasing the total supply.
public fun mint<T>(cap: &mut TreasuryCap<T>, value: u64, ctx: &mut TxContext): Coin<T> {
    Coin { id: object::new(ctx), balance: cap.total_supply.increase_supply(value) }
}

/// Mint a balance worth `value`, increasing the total supply.
public fun mint_balance<T>(cap: &mut TreasuryCap<T>, value: u64): Balance<T> {
    cap.total_supply.increase_supply(value)
}

/// Burn `c`, decreasing the total supply; returns the value burned.
public entry fun burn<T>(cap: &mut TreasuryCap<T>, c: Coin<T>): u64 {
    let Coin { id, balance } = c;
    id.delete();
    cap.total_supply.decrease_supply(balance)
}

/// Mint a coin worth `amount` and transfer it to `recipient`.
public entry fun mint_and_transfer<T>(
    c: &mut TreasuryCap<T>,
    amount: u64,
    recipient: address,
    ctx: &mut TxContext,
) {
    transfer::public_transfer(mint(c, amount, ctx), recipient)
}

// === Metadata ===

/// Change the name in `metadata`.
public entry fun update_name<T>(
    _treasury: &TreasuryCap<T>,
    metadata: &mut CoinMetadata<T>,
    name: string::String,
) {
    metadata.name = name;
}

/// Change the symbol in `metadata`.
public entry fun update_symbol<T>(
    _treasury: &TreasuryCap<T>,
    metadata: &mut CoinMetadata<T>,
    symbol: ascii::String,
) {
    metadata.symbol = symbol;
}

/// Change the description in `metadata`.
public entry fun update_description<T>(
    _treasury: &TreasuryCap<T>,
    metadata: &mut CoinMetadata<T>,
    description: string::String,
) {
    metadata.description = description;
}

/// Change the icon URL in `metadata`.
public entry fun update_icon_url<T>(
    _treasury: &TreasuryCap<T>,
    metadata: &mut CoinMetadata<T>,
    url: ascii::String,
) {
    metadata.icon_url = option::some(url::new_unsafe(url));
}

/// The number of decimals of the currency.
public fun get_decimals<T>(metadata: &CoinMetadata<T>): u8 {
    metadata.decimals
}

/// The name of the currency.
public fun get_name<T>(metadata: &CoinMetadata<T>): string::String {
    metadata.name
}

/// The symbol of the currency.
public fun get_symbol<T>(metadata: &CoinMetadata<T>): ascii::String {
    metadata.symbol
}

/// The description of the currency.
public fun get_description<T>(metadata: &CoinMetadata<T>): string::String {
    metadata.description
}

/// The icon URL of the currency, if it has one.
public fun get_icon_url<T>(metadata: &CoinMetadata<T>): Option<Url> {
    metadata.icon_url
}

// === Test-only ===

/// A coin worth `value`, minted without a treasury cap (tests only).
#[test_only]
public fun mint_for_testing<T>(value: u64, ctx: &mut TxContext): Coin<T> {
    Coin { id: object::new(ctx), balance: balance::create_for_testing(value) }
}

/// Destroy any coin, returning its value (tests only).
#[test_only]
public fun burn_for_testing<T>(coin: Coin<T>): u64 {
    let Coin { id, balance } = coin;
    id.delete();
    balance.destroy_for_testing()
}

/// A treasury cap for `T` without its one-time witness (tests only).
#[test_only]
public fun create_treasury_cap_for_testing<T>(ctx: &mut TxContext): TreasuryCap<T> {
    TreasuryCap { id: object::new(ctx), total_supply: balance::create_supply_for_testing() }
}
