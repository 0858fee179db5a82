// Error: `use` of a module that does not exist.
module test::m {
    use sui::no_such_module;
    public fun f() {}
}
