// Error: index expression 'scores[2]' in 'third' on type 'Scores', whose module declares no '#[syntax(index)]' function
module 0x42::index_without_syntax_index {
    public struct Scores has drop { values: vector<u64> }

    public fun new(values: vector<u64>): Scores { Scores { values } }

    public fun get(s: &Scores, i: u64): &u64 { &s.values[i] }

    public fun third(scores: &Scores): u64 {
        scores[2]
    }
}
