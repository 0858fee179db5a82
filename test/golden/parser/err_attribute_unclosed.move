// Error: `#[` starts an attribute that is never closed with `]`.
module 0x42::err_attribute_unclosed {
    #[test
    fun check() {
        assert!(1 + 1 == 2);
    }
}
