// Error: unbound variant 'Purple' of enum 'Color' in 'favourite'
module 0x42::unbound_enum_variant {
    public enum Color has copy, drop {
        Red,
        Green,
        Blue,
    }

    public fun favourite(): Color {
        Color::Purple
    }

    public fun is_red(c: &Color): bool {
        match (c) {
            Color::Red => true,
            Color::Green | Color::Blue => false,
        }
    }
}
