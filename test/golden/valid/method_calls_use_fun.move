// Valid: method-call syntax resolved to the receiver type's module, automatic borrowing, and a module-local 'use fun' alias
module 0x42::temperature {
    public struct Celsius has copy, drop { degrees: u64 }

    public fun new(degrees: u64): Celsius { Celsius { degrees } }

    public fun degrees(c: &Celsius): u64 { c.degrees }

    public fun warmer(c: &Celsius, by: u64): Celsius { Celsius { degrees: c.degrees + by } }

    public fun heat(c: &mut Celsius, by: u64) { c.degrees = c.degrees + by }
}

module 0x42::weather {
    use 0x42::temperature::{Self, Celsius};

    use fun fahrenheit as Celsius.to_f;

    public fun fahrenheit(c: &Celsius): u64 {
        c.degrees() * 9 / 5 + 32
    }

    public fun forecast(): u64 {
        let mut today = temperature::new(20);
        today.heat(2);
        let tomorrow = today.warmer(5);
        tomorrow.to_f() + today.to_f()
    }
}
