// Error: 'break' in 'drain_until' leaves the loop while 'current' (type 'Chunk', no 'drop') holds a value that is never consumed afterwards
module 0x42::loop_break_leak {
    public struct Chunk { size: u64 }

    public fun make(size: u64): Chunk { Chunk { size } }

    public fun consume(c: Chunk): u64 {
        let Chunk { size } = c;
        size
    }

    public fun drain_until(limit: u64): u64 {
        let mut total = 0;
        loop {
            let current = make(10);
            if (total >= limit) break;
            total = total + consume(current);
        };
        total
    }
}
