// Error: 'ledger::settle' is public(package) in package A but is called from module 0x43::client of a different package B (in 'force')
// Note: a cross-package call cannot be expressed in one file. The harness compiles module 0x42::ledger as a
// separate dependency package (the next line says so) and 0x43::client as the root package; compiled as one
// package, this file is VALID.
// Dependency package ledger: 0x42::ledger
module 0x42::ledger {
    public struct Ledger has drop { settled: bool }

    public fun open(): Ledger { Ledger { settled: false } }

    public fun is_settled(l: &Ledger): bool { l.settled }

    public(package) fun settle(l: &mut Ledger) { l.settled = true }
}

module 0x43::client {
    use 0x42::ledger;

    public fun force(): bool {
        let mut l = ledger::open();
        ledger::settle(&mut l);
        l.is_settled()
    }
}
