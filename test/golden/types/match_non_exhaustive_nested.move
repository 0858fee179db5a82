// Error: non-exhaustive 'match' in 'describe': 'Reply::Answer(Answer::No)' is not covered by the nested patterns
module 0x42::match_non_exhaustive_nested {
    public enum Answer has copy, drop {
        Yes,
        No,
    }

    public enum Reply has copy, drop {
        Silent,
        Answer(Answer),
    }

    public fun no(): Reply { Reply::Answer(Answer::No) }

    public fun describe(r: Reply): u64 {
        match (r) {
            Reply::Silent => 0,
            Reply::Answer(Answer::Yes) => 1,
        }
    }
}
