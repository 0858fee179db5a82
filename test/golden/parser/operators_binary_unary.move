module 0x42::operators_binary_unary {
    public fun arithmetic(a: u64, b: u64): vector<u64> {
        vector[a + b, a - b, a * b, a / b, a % b]
    }

    public fun bitwise(a: u64, b: u64): vector<u64> {
        vector[a & b, a | b, a ^ b]
    }

    public fun shifts(a: u64, s: u8): (u64, u64) {
        (a << s, a >> s)
    }

    public fun comparisons(a: u64, b: u64): vector<bool> {
        vector[a == b, a != b, a < b, a > b, a <= b, a >= b]
    }

    public fun logic(p: bool, q: bool): vector<bool> {
        vector[p && q, p || q, !p, !!q, !(p && q), !p || !q]
    }

    public fun equality_on_structs(x: vector<u8>, y: vector<u8>): bool {
        x == y
    }

    public fun compound(a: u256, b: u256): u256 {
        ((a + b) * (a - b)) / (b % 7 + 1) ^ (a & 0xFF) | (b >> 2) << 1
    }

    public fun bytes(a: u8, b: u8): u8 {
        (a ^ b) & 0x0F | (a << 4)
    }

    public fun short_circuit(v: &vector<u64>, i: u64): bool {
        i < v.length() && v[i] > 0 || v.is_empty()
    }

    public fun not_call(v: &vector<u64>): bool { !v.is_empty() }

    public fun not_field(f: &Flag): bool { !f.on }

    public struct Flag has drop { on: bool }
}
