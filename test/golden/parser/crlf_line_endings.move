// This file uses Windows CRLF line endings on every line.
module 0x42::crlf_line_endings {
    /// Doc comment ending in CRLF.
    const GREETING: vector<u8> = b"hi";

    public struct Line has copy, drop {
        number: u64,
        text: vector<u8>,
    }

    /* A block comment
       spanning CRLF lines */
    public fun first(): Line {
        Line { number: 1, text: GREETING }
    }

    public fun next(l: &Line): Line {
        let mut text = l.text;
        text.push_back(10);
        if (l.number > 100) {
            abort 1
        };
        Line { number: l.number + 1, text }
    }
}
