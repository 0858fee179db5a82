// Error: two modules with the same address and name.
module test::m {}
module test::m {}
