// Error: cannot infer the element type of 'vector::empty()' in 'size': nothing constrains it (annotate, e.g. 'vector::empty<u64>()')
module 0x42::generic_inference_failure {
    public fun size(): u64 {
        let v = vector::empty();
        v.length()
    }
}
