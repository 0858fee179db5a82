// Error: struct 'Node' contains itself through field 'next' ('Option<Node>'); recursive types are not allowed
module 0x42::recursive_struct {
    public struct Node has drop {
        value: u64,
        next: Option<Node>,
    }

    public fun leaf(value: u64): Node { Node { value, next: option::none() } }

    public fun value(n: &Node): u64 { if (n.next.is_some()) 0 else n.value }
}
