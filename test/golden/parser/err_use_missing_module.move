// Error: a `use` must name a module after the address.
module 0x42::err_use_missing_module {
    use std::;
    use sui;

    public fun f(): u64 { 1 }
}
