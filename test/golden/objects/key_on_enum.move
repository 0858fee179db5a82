// Error: enum 'Ballot' declares the 'key' ability; enums cannot be objects
module 0x42::key_on_enum {
    public enum Ballot has key {
        Yes,
        No,
    }
}
