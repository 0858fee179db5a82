// Error: cannot infer the type argument of 'option::none()' in 'nothing': the value is only checked with 'is_none'
module 0x42::generic_inference_failure_none {
    public fun nothing(): bool {
        let o = option::none();
        o.is_none()
    }
}
