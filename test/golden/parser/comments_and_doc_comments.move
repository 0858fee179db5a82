/// Module documentation comment.
/// It spans several lines.
module 0x42::comments_and_doc_comments {
    // A line comment.
    /* A block comment. */
    /*
     * A multi-line block comment
     * with stars on each line.
     */

    /// Doc comment on a constant.
    const LIMIT: u64 = 10; // trailing line comment

    /** A block doc comment on a struct. */
    public struct Thing has drop {
        /// Doc comment on a field.
        value: u64, // trailing comment on a field
        /* inline */ flag: bool,
    }

    /// Doc comment on a function
    /// with two lines.
    public fun make(/* no params */): Thing {
        Thing { value: /* inline */ LIMIT, flag: false }
    }

    /* Block comments /* nest in Move */ so this text is still inside the outer comment */
    public fun slashes_in_comment(): u64 {
        // a comment with "quotes" and b"bytes" and /* an opener
        let x = 1; // 2; 3;
        /* comment containing // a line comment marker */
        x /* between tokens */ + /* again */ 1
    }

    public fun comment_at_end_of_block(): u64 {
        let y = 5;
        y
        // nothing after the tail expression
    }

    ///Doc comment without a space.
    public fun no_space(): bool { true }

    //// Four slashes: just a line comment.
    public fun four_slashes(): bool { false }

    /**/
    public fun empty_block_comment(): u8 { 0 }
}
// Comment after the module at end of file, without a trailing newline.