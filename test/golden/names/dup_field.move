// Error: a field is declared twice.
module test::m {
    public struct Point has drop { x: u64, x: u64 }
}
