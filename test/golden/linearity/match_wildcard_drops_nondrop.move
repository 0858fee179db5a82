// Error: the wildcard arm '_ => 0' of 'value' discards an 'Item' subject (no 'drop') that may hold a 'Token'
module 0x42::match_wildcard_drops_nondrop {
    public struct Token { value: u64 }

    public enum Item {
        Nothing,
        Something(Token),
        Other(Token),
    }

    public fun wrap(value: u64): Item { Item::Other(Token { value }) }

    public fun value(i: Item): u64 {
        match (i) {
            Item::Something(Token { value }) => value,
            _ => 0,
        }
    }
}
