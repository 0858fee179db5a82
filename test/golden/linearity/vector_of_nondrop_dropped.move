// Error: local 'batch' (type 'vector<Receipt>'; a vector has 'drop' only if its elements do) is still alive at the end of 'collect'
module 0x42::vector_of_nondrop_dropped {
    public struct Receipt { amount: u64 }

    public fun issue(amount: u64): Receipt { Receipt { amount } }

    public fun settle(r: Receipt): u64 {
        let Receipt { amount } = r;
        amount
    }

    public fun collect(): u64 {
        let batch = vector[issue(1), issue(2)];
        batch.length()
    }
}
