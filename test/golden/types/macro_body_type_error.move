// Error: `inc!` adds an integer to its argument, which `flip` instantiates with `bool`.
module test::m;

macro fun inc<$T>($x: $T): $T {
    $x + 1
}

public fun ok(): u64 {
    inc!(41)
}

public fun flip(): bool {
    inc!(true)
}
