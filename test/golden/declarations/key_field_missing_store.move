// Error: every field of an object needs `store`, also inside vectors and options.
module test::gallery {
    public struct Frame has copy, drop { width: u32 }

    public struct Gallery has key {
        id: UID,
        frames: vector<Frame>,
        featured: Option<Frame>,
    }

    public fun size(g: &Gallery): u64 { g.frames.length() }
}
