// Error: a macro function called without `!`.
module test::m {
    public macro fun twice($x: u64): u64 { $x * 2 }
    public fun four(): u64 { twice(2) }
}
