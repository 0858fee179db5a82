// Error: a block comment is never closed; the rest of the file is swallowed.
module 0x42::err_unterminated_block_comment {
    public fun one(): u64 { 1 }

    /* This comment explains `two` but forgets to end.
    public fun two(): u64 { 2 }
}
