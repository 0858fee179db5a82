// Error: the tuple returned by 'pair()' is passed as the single 'u64' argument of 'double' in 'run'; tuples are not first-class values
module 0x42::tuple_as_argument {
    public fun pair(): (u64, u64) { (1, 2) }

    public fun double(x: u64): u64 { x * 2 }

    public fun run(): u64 {
        double(pair())
    }
}
