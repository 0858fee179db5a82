// Error: an attribute must be followed by a module member; here the module ends.
module 0x42::err_attribute_on_nothing {
    public fun f(): u64 { 1 }

    #[test_only]
}
