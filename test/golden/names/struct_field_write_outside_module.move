// Error: field 'level' of 'hero::Hero' is assigned in module 0x42::cheat (in 'max_out'); fields can only be mutated inside the defining module
module 0x42::hero {
    public struct Hero has drop { level: u8 }

    public fun new(): Hero { Hero { level: 1 } }

    public fun level(h: &Hero): u8 { h.level }

    public fun level_up(h: &mut Hero) { h.level = h.level + 1 }
}

module 0x42::cheat {
    use 0x42::hero::Hero;

    public fun max_out(h: &mut Hero) {
        h.level = 99;
    }
}
