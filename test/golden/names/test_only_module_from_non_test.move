// Error: module 0x42::helpers is #[test_only]; the non-test module 0x42::app uses it (in 'run'), which is an unbound module outside test builds
#[test_only]
module 0x42::helpers {
    public fun forty_two(): u64 { 42 }
}

module 0x42::app {
    use 0x42::helpers;

    public fun run(): u64 {
        helpers::forty_two()
    }
}
