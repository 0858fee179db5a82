// Valid: nested patterns, or-patterns, literals under a catch-all and a guarded arm followed by an unguarded one together cover every value
module 0x42::match_nested_exhaustive_ok {
    public enum Answer has copy, drop { Yes, No }

    public enum Reply has copy, drop { Silent, Answer(Answer), Count { n: u64, sure: bool } }

    public fun silent(): Reply { Reply::Silent }

    public fun score(r: Reply): u64 {
        match (r) {
            Reply::Silent => 0,
            Reply::Answer(Answer::Yes) | Reply::Answer(Answer::No) => 1,
            Reply::Count { n: 0, .. } => 2,
            Reply::Count { n, sure: true } if (n > 10) => n,
            Reply::Count { sure: true, .. } => 3,
            Reply::Count { n: _, sure: false } => 4,
        }
    }

    public fun flags(a: bool, b: Answer): u64 {
        match (b) {
            Answer::Yes if (a) => 1,
            Answer::Yes => 2,
            Answer::No => 3,
        }
    }
}
