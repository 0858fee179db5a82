// Error: `forever!` calls itself, so its expansion never ends.
module test::m;

macro fun forever($x: u64): u64 {
    forever!($x) + 1
}

public fun f(): u64 {
    forever!(1)
}
