// Error: a field type that is not in scope.
module test::m {
    public struct Wrapper has drop { inner: Missing }
}
