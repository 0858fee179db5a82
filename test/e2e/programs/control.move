// Loops, labelled loops, early returns, if-expressions as values and short-circuit operators.
module test::control;

public fun sum_to(n: u64): u64 {
    let mut i = 0;
    let mut total = 0;
    while (i <= n) {
        total = total + i;
        i = i + 1;
    };
    total
}

public fun first_square_over(limit: u64): u64 {
    let mut i = 0;
    loop {
        if (i * i > limit) break i * i;
        i = i + 1;
    }
}

public fun grid(n: u64): u64 {
    let mut count = 0;
    let mut i = 0;
    'outer: while (i < n) {
        let mut j = 0;
        while (j < n) {
            if (j > i) { i = i + 1; continue 'outer };
            if (i == 3) break 'outer;
            count = count + 1;
            j = j + 1;
        };
        i = i + 1;
    };
    count
}

public fun classify(x: u64): u64 {
    if (x == 0) return 100;
    let y = if (x % 2 == 0) { x / 2 } else { 3 * x + 1 };
    y
}

fun boom(): bool { abort 9 }

public fun short(a: bool): bool {
    (a || boom()) && (a && true)
}

public fun block_value(x: u64): u64 {
    let v = 'b: {
        if (x > 10) return 'b x - 10;
        x + 10
    };
    v * 2
}

//# call sum_to(100) -> 5050
//# call first_square_over(50) -> 64
//# call grid(5) -> 6
//# call classify(0) -> 100
//# call classify(6) -> 3
//# call classify(7) -> 22
//# call short(true) -> true
//# call short(false) -> abort 9
//# call block_value(15) -> 10
//# call block_value(1) -> 22
