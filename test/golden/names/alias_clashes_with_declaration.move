// Error: an imported name clashes with a struct of the module.
module test::m {
    use sui::balance::Balance;
    public struct Balance has drop {}
}
