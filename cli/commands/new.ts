// `deed new NAME`: a package name in, a new package folder out: Move.toml, sources/NAME.move
// and tests/NAME_tests.move, laid out as `sui move new` does. Nothing is overwritten.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface NewPackageResult {
  ok: boolean;
  /** What was created, or why nothing was. */
  message: string;
  files: string[];
}

const IDENT = /^[a-zA-Z][a-zA-Z0-9_]*$/;

export function newPackage(name: string, parentDir: string): NewPackageResult {
  if (!IDENT.test(name)) {
    return { ok: false, message: `\`${name}\` is not a valid package name: use letters, digits and \`_\`, starting with a letter`, files: [] };
  }
  const root = path.resolve(parentDir, name);
  if (fs.existsSync(root)) return { ok: false, message: `\`${path.relative(process.cwd(), root) || '.'}\` already exists; nothing was created`, files: [] };
  const module = name.toLowerCase();
  const files: Array<[string, string]> = [
    [
      'Move.toml',
      `[package]\nname = "${name}"\nedition = "2024"\n\n[dependencies]\n\n[addresses]\n${module} = "0x0"\n`,
    ],
    [
      `sources/${module}.move`,
      `/// Module: ${module}\nmodule ${module}::${module};\n\npublic struct Item has key, store {\n    id: UID,\n    value: u64,\n}\n\npublic fun new(value: u64, ctx: &mut TxContext): Item {\n    Item { id: object::new(ctx), value }\n}\n\npublic fun value(item: &Item): u64 {\n    item.value\n}\n\npublic fun destroy(item: Item) {\n    let Item { id, value: _ } = item;\n    id.delete();\n}\n`,
    ],
    [
      `tests/${module}_tests.move`,
      `#[test_only]\nmodule ${module}::${module}_tests;\n\nuse ${module}::${module};\n\n#[test]\nfun test_new_item() {\n    let mut ctx = tx_context::dummy();\n    let item = ${module}::new(7, &mut ctx);\n    assert!(item.value() == 7);\n    item.destroy();\n}\n`,
    ],
  ];
  for (const [rel, text] of files) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text, { flag: 'wx' });
  }
  return { ok: true, message: `Created package \`${name}\` in ${path.relative(process.cwd(), root) || '.'}`, files: files.map(([rel]) => path.join(root, rel)) };
}
