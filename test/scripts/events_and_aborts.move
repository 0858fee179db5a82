// Events, and aborts that roll a transaction back: the object keeps its old value, only gas is
// charged. Aborts with a plain code, with a named constant and with a clever error.
//# init --accounts A --addresses ev=0x0

//# publish
module ev::bank;

use std::string::String;
use sui::event;

const ETooMuch: u64 = 7;

#[error]
const EEmpty: vector<u8> = b"the vault is empty";

public struct Vault has key {
    id: UID,
    amount: u64,
    label: String,
}

public struct Deposited has copy, drop {
    vault: ID,
    amount: u64,
    by: address,
}

public fun open(label: String, ctx: &mut TxContext) {
    transfer::transfer(Vault { id: object::new(ctx), amount: 0, label }, ctx.sender());
}

public fun deposit(v: &mut Vault, amount: u64, ctx: &TxContext) {
    v.amount = v.amount + amount;
    event::emit(Deposited { vault: object::id(v), amount, by: ctx.sender() });
    // Mutate first, then check: an abort must undo the mutation.
    assert!(v.amount <= 100, ETooMuch);
}

public fun withdraw_all(v: &mut Vault): u64 {
    assert!(v.amount > 0, EEmpty);
    let a = v.amount;
    v.amount = 0;
    a
}

public fun fail(code: u64) {
    abort code
}

//# run ev::bank::open --args "savings"

//# run ev::bank::deposit --args object(2,0) 60

//# programmable --inputs object(2,0) 10 20
//> ev::bank::deposit(Input(0), Input(1));
//> ev::bank::deposit(Input(0), Input(2));

//# run ev::bank::deposit --args object(2,0) 50

//# view-object 2,0

//# run ev::bank::withdraw_all --args object(2,0)

//# run ev::bank::withdraw_all --args object(2,0)

//# run ev::bank::fail --args 12345
