// Error: 'match' on 'status::Status' in module 0x42::report (in 'label') unpacks variants of an enum from another module; only the defining module may match on it
module 0x42::status {
    public enum Status has copy, drop {
        Active,
        Closed { reason: u64 },
    }

    public fun active(): Status { Status::Active }

    public fun closed(reason: u64): Status { Status::Closed { reason } }

    public fun is_active(s: &Status): bool {
        match (s) {
            Status::Active => true,
            Status::Closed { .. } => false,
        }
    }
}

module 0x42::report {
    use 0x42::status::Status;

    public fun label(s: Status): u64 {
        match (s) {
            Status::Active => 0,
            Status::Closed { reason } => reason,
        }
    }
}
