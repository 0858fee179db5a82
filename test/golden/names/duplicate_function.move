// Error: duplicate declaration of function 'area' in module 0x42::duplicate_function (second declaration)
module 0x42::duplicate_function {
    public fun area(w: u64, h: u64): u64 {
        w * h
    }

    public fun area(side: u64): u64 {
        side * side
    }
}
