// The 2024 file-level module form: everything after the header belongs to the module.
module deed_examples::module_file_form;

use std::string::String;

const EEmptyName: u64 = 1;

public struct Profile has key, store {
    id: UID,
    name: String,
    level: u8,
}

public fun create(name: String, ctx: &mut TxContext): Profile {
    assert!(name.length() > 0, EEmptyName);
    Profile { id: object::new(ctx), name, level: 1 }
}

public fun level_up(p: &mut Profile) {
    if (p.level < 255) {
        p.level = p.level + 1;
    }
}

public fun name(p: &Profile): &String { &p.name }

public fun destroy(p: Profile) {
    let Profile { id, name: _, level: _ } = p;
    id.delete();
}
