// Error: the named address `nowhere` is not defined.
module nowhere::m {}
