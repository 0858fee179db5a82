// Error: a file-level module form cannot follow a module in block form.
module 0x42::block_form {
    public fun one(): u64 { 1 }
}

module 0x42::file_form;

public fun two(): u64 { 2 }
