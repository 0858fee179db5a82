// Error: enum 'Light' is declared without 'public'; Move 2024 requires 'public enum'
module 0x42::bare_enum {
    enum Light has copy, drop {
        Red,
        Green,
    }

    public fun red(): Light { Light::Red }

    public fun is_red(l: &Light): bool {
        match (l) {
            Light::Red => true,
            Light::Green => false,
        }
    }
}
