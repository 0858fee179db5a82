// Error: 'items.push_back(x)' in 'add' needs '&mut vector<u64>' but 'items' is '&vector<u64>' (method receivers are not upgraded to '&mut')
module 0x42::mut_method_on_imm_ref {
    public fun add(items: &vector<u64>, x: u64) {
        items.push_back(x);
    }
}
