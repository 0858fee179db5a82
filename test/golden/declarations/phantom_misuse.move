// Error: phantom parameters used in non-phantom positions (as a field, inside a vector, as the
// argument of a non-phantom parameter, nested); phantom positions are fine.
module test::ledger {
    use sui::balance::Balance;

    public struct Cell<T> has store { value: T }

    public struct Ledger<phantom T, phantom U> has store {
        last: T,
        history: vector<U>,
        cell: Cell<Cell<T>>,
        reserve: Balance<T>,
        reserves: vector<Balance<U>>,
    }

    public fun reserve<T, U>(l: &Ledger<T, U>): &Balance<T> { &l.reserve }
}
