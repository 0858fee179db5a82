// Error: the enum has no such variant.
module test::m {
    public enum Status has drop { Active, Closed }
    public fun pending(): Status { Status::Pending }
}
