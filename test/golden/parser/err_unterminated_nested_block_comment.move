// Error: block comments nest, so the inner `*/` closes only the inner comment and the
// outer one is still open at end of file.
module 0x42::err_unterminated_nested_block_comment {
    /* outer /* inner */ still in the outer comment
    public fun f(): u64 { 1 }
}
