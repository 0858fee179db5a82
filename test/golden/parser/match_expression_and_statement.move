module 0x42::match_expression_and_statement {
    public enum Action has copy, drop {
        Add(u64),
        Sub(u64),
        Reset,
        Noop,
    }

    public struct Acc has drop { total: u64, log: vector<u8> }

    /// `match` used as the value of a `let`.
    public fun apply(acc: &mut Acc, a: Action) {
        let next = match (a) {
            Action::Add(n) => acc.total + n,
            Action::Sub(n) => if (n > acc.total) 0 else acc.total - n,
            Action::Reset => 0,
            Action::Noop => acc.total,
        };
        acc.total = next;
    }

    /// `match` used as a statement, with block arms and a trailing `;`.
    public fun record(acc: &mut Acc, a: &Action) {
        match (a) {
            Action::Add(_) => { acc.log.push_back(43); },
            Action::Sub(_) => { acc.log.push_back(45) },
            Action::Reset => acc.log = vector[],
            Action::Noop => {},
        };
        acc.total = acc.total;
    }

    /// `match` as the tail expression of a function.
    public fun describe(a: Action): vector<u8> {
        match (a) {
            Action::Add(_) => b"add",
            Action::Sub(_) => b"sub",
            Action::Reset | Action::Noop => b"other",
        }
    }

    /// `match` directly inside arithmetic and as a call argument.
    public fun weight(a: Action): u64 {
        1 + match (a) { Action::Add(n) | Action::Sub(n) => n, _ => 0 }
    }

    public fun nested_match(a: Action, b: Action): u64 {
        match (a) {
            Action::Add(x) => match (b) {
                Action::Add(y) => x + y,
                _ => x,
            },
            _ => 0,
        }
    }

    public fun last_statement(a: Action) {
        match (a) {
            Action::Reset => abort 0,
            _ => {},
        }
    }
}
