// Error: the public macro `lib::bump!` calls the private `lib::secret`, which `app` cannot call once the macro is expanded there.
module 0x42::lib {
    public macro fun bump($x: u64): u64 {
        secret($x)
    }

    fun secret(x: u64): u64 { x + 1 }

    public fun inside(): u64 { bump!(1) }
}

module 0x42::app {
    use 0x42::lib;

    public fun outside(): u64 {
        lib::bump!(2)
    }
}
