// Error: an enum variant is declared twice.
module test::m {
    public enum Color has drop { Red, Green, Red }
}
