// Valid: an enum stored in an object field, matched through '&' and '&mut' to update variant fields in place, and replaced by assignment
module 0x42::quest {
    public enum Stage has store, drop {
        NotStarted,
        InProgress { steps: u64 },
        Done { reward: u64 },
    }

    public struct Quest has key {
        id: UID,
        stage: Stage,
    }

    public fun new(ctx: &mut TxContext): Quest { Quest { id: object::new(ctx), stage: Stage::NotStarted } }

    public fun step(q: &mut Quest) {
        let started = match (&q.stage) {
            Stage::NotStarted => false,
            Stage::InProgress { .. } | Stage::Done { .. } => true,
        };
        if (!started) q.stage = Stage::InProgress { steps: 1 }
        else match (&mut q.stage) {
            Stage::InProgress { steps } => *steps = *steps + 1,
            _ => (),
        }
    }

    public fun finish(q: &mut Quest) {
        let reward = match (&q.stage) {
            Stage::InProgress { steps } => *steps * 10,
            Stage::NotStarted | Stage::Done { .. } => 0,
        };
        q.stage = Stage::Done { reward };
    }

    public fun reward(q: &Quest): u64 {
        match (&q.stage) { Stage::Done { reward } => *reward, _ => 0 }
    }
}
