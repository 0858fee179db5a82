/// Storable amounts of a fungible currency.
///
/// `Balance<T>` is an amount of currency `T` that can be stored inside other structs and objects
/// (`Coin<T>` is an object wrapping one). `Supply<T>` is the right to create and destroy `Balance<T>`
/// and records how much of it is in circulation; there is one per currency, made from the
/// currency's witness.
module sui::balance;

/// Allows calling `.into_coin(ctx)` on a `Balance` to turn it into a `Coin`.
public use fun sui::coin::from_balance as Balance.into_coin;

/// A balance that is not zero was destroyed with `destroy_zero`.
const ENonZero: u64 = 0;

/// A supply would go over `u64` max, or under zero.
const EOverflow: u64 = 1;

/// A split asked for more than the balance holds.
const ENotEnough: u64 = 2;

/// The largest `u64`.
const MAX_U64: u64 = 18446744073709551615;

/// The total amount in circulation of currency `T`, and the right to mint and burn it.
public struct Supply<phantom T> has store {
    value: u64,
}

/// An amount of currency `T`; it can be stored, and only merged, split or burned, never copied
/// or dropped.
public struct Balance<phantom T> has store {
    value: u64,
}

/// The amount `self` holds.
public fun value<T>(self: &Balance<T>): u64 {
    self.value
}

/// The total amount of `T` in circulation.
public fun supply_value<T>(supply: &Supply<T>): u64 {
    supply.value
}

/// A new, empty supply of `T`. Taking a `T` by value means only the holder of `T`'s witness can
/// create it.
public fun create_supply<T: drop>(_: T): Supply<T> {
    Supply { value: 0 }
}

/// Mint `value` units of `T`, adding them to the supply. Aborts with `EOverflow` if the supply
/// would reach `u64` max.
public fun increase_supply<T>(self: &mut Supply<T>, value: u64): Balance<T> {
    assert!(value < MAX_U64 - self.value, EOverflow);
    self.value = self.value + value;
    Balance { value }
}

/// Burn `balance`, removing it from the supply; returns the amount burned.
public fun decrease_supply<T>(self: &mut Supply<T>, balance: Balance<T>): u64 {
    let Balance { value } = balance;
    assert!(self.value >= value, EOverflow);
    self.value = self.value - value;
    value
}

/// An empty balance of `T`.
public fun zero<T>(): Balance<T> {
    Balance { value: 0 }
}

/// Add `balance` to `self`; returns the new amount of `self`.
public fun join<T>(self: &mut Balance<T>, balance: Balance<T>): u64 {
    let Balance { value } = balance;
    self.value = self.value + value;
    self.value
}

/// Take `value` out of `self` as a new balance. Aborts with `ENotEnough` if `self` holds less.
public fun split<T>(self: &mut Balance<T>, value: u64): Balance<T> {
    assert!(self.value >= value, ENotEnough);
    self.value = self.value - value;
    Balance { value }
}

/// Take everything out of `self`, leaving it empty.
public fun withdraw_all<T>(self: &mut Balance<T>): Balance<T> {
    let value = self.value;
    split(self, value)
}

/// Destroy an empty balance. Aborts with `ENonZero` if it is not empty.
public fun destroy_zero<T>(balance: Balance<T>) {
    assert!(balance.value == 0, ENonZero);
    let Balance { value: _ } = balance;
}

/// Destroy a supply, returning its value. Only the framework may do this: it is the way to
/// give up the right to mint a currency for good.
public(package) fun destroy_supply<T>(self: Supply<T>): u64 {
    let Supply { value } = self;
    value
}

// === Test-only ===

/// A balance of `value` units of `T`, made from nothing (tests only).
#[test_only]
public fun create_for_testing<T>(value: u64): Balance<T> {
    Balance { value }
}

/// Destroy any balance, returning its value (tests only).
#[test_only]
public fun destroy_for_testing<T>(self: Balance<T>): u64 {
    let Balance { value } = self;
    value
}

/// A supply of `T` without its witness (tests only).
#[test_only]
public fun create_supply_for_testing<T>(): Supply<T> {
    Supply { value: 0 }
}
