// Error: a generic call instantiated with a type lacking copy.
module test::m {
    public struct Token has drop { v: u64 }
    fun twice<T: copy + drop>(x: T): vector<T> { vector[x, x] }
    public fun f(): vector<Token> { twice(Token { v: 1 }) }
}
