/// URLs, as stored in object metadata (for example a coin's icon).
///
/// A `Url` wraps an ASCII string; its format is not checked.
module sui::url;

use std::ascii::{Self, String};

/// A URL; the format is not validated.
public struct Url has copy, drop, store {
    url: String,
}

/// A `Url` from `url`, without checking that it is well-formed.
public fun new_unsafe(url: String): Url {
    Url { url }
}

/// A `Url` from the ASCII bytes `bytes`, without checking that it is well-formed. Aborts if
/// `bytes` is not ASCII.
public fun new_unsafe_from_bytes(bytes: vector<u8>): Url {
    Url { url: ascii::string(bytes) }
}

/// The URL string.
public fun inner_url(self: &Url): String {
    self.url
}

/// Replace the URL string.
public fun update(self: &mut Url, url: String) {
    self.url = url;
}
