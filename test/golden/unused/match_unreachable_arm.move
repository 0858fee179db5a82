// Error: [warning] unreachable 'match' arm in 'weight': 'Size::Large' can never match because the earlier wildcard '_' arm covers every value
module 0x42::match_unreachable_arm {
    public enum Size has copy, drop {
        Small,
        Medium,
        Large,
    }

    public fun large(): Size { Size::Large }

    public fun medium(): Size { Size::Medium }

    public fun weight(s: Size): u64 {
        match (s) {
            Size::Small => 1,
            _ => 5,
            Size::Large => 10,
        }
    }
}
