module 0x42::empty_block {}

/// A module with a single constant.
module 0x42::just_a_constant {
    const ONE: u8 = 1;
}

module 0x42::just_a_function {
    fun f() {}
}

#[test_only]
module 0x42::attributed_empty {
}
