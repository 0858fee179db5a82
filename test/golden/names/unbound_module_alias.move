// Error: unbound module alias 'string' in 'greeting': std::string is not imported (and is not one of the 2024 implicit imports)
module 0x42::unbound_module_alias {
    public fun greeting(): std::string::String {
        string::utf8(b"hello")
    }
}
