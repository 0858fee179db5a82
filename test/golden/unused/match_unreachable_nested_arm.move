// Error: [warning] unreachable 'match' arm in 'describe': 'Reply::Answer(Answer::No)' can never match because the arms 'Reply::Answer(Answer::Yes)' and 'Reply::Answer(Answer::No)' before it cover both answers together
module 0x42::match_unreachable_nested_arm {
    public enum Answer has copy, drop { Yes, No }

    public enum Reply has copy, drop { Silent, Answer(Answer) }

    public fun silent(): Reply { Reply::Silent }

    public fun describe(r: Reply): u64 {
        match (r) {
            Reply::Answer(Answer::Yes) => 1,
            Reply::Answer(Answer::No) => 2,
            Reply::Answer(_) => 3,
            Reply::Silent => 0,
        }
    }
}
