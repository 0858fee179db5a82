// Valid: std::string::String from UTF-8 bytes, append, length, substring, index_of, and std::ascii
module 0x42::strings {
    use std::ascii;
    use std::string::{Self, String};

    public fun greet(name: String): String {
        let mut s = string::utf8(b"Hello, ");
        s.append(name);
        s.append_utf8(b"!");
        s
    }

    public fun first_word(s: &String): String {
        let space = string::utf8(b" ");
        let at = s.index_of(&space);
        s.substring(0, at)
    }

    public fun byte_len(s: &String): u64 {
        s.length()
    }

    public fun ticker(bytes: vector<u8>): ascii::String {
        ascii::string(bytes)
    }

    public fun label(n: u64): String {
        let mut s = b"item-".to_string();
        s.append(n.to_string());
        s
    }
}
