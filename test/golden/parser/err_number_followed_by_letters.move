// Error: a number immediately followed by letters (`12abc`) is neither a number
// nor an identifier.
module 0x42::err_number_followed_by_letters {
    public fun twelve(): u64 {
        let n = 12abc;
        n
    }
}
