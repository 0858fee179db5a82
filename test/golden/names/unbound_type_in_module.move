// Error: the module exists but has no such type.
module test::m {
    public struct Wrapper has store { inner: sui::balance::Nope }
}
