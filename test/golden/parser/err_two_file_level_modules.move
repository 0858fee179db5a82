// Error: only one file-level `module a::m;` is allowed per file.
module 0x42::first;

public fun one(): u64 { 1 }

module 0x42::second;

public fun two(): u64 { 2 }
