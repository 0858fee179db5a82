// Error: incompatible arm types in the 'match' of 'score': the 'Win' arm is an integer, the 'Loss' arm is 'bool'
module 0x42::match_arms_differ {
    public enum Outcome has copy, drop {
        Win,
        Loss,
    }

    public fun loss(): Outcome { Outcome::Loss }

    public fun score(o: Outcome): u64 {
        match (o) {
            Outcome::Win => 3,
            Outcome::Loss => false,
        }
    }
}
