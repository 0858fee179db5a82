// Error: 'fee<u64>()' in 'run' supplies a type argument to 'fee', which has no type parameters
module 0x42::type_args_on_non_generic {
    public fun fee(): u64 { 30 }

    public fun run(): u64 {
        fee<u64>()
    }
}
