// Stable names for a script's output. In: what the runner learns as it goes (accounts and their
// keys, named addresses and the packages published at them, the objects each task created). Out:
// ids and addresses as names a reader can follow and that do not change with digests:
//   an account            -> its name (`A`)
//   a published package   -> its named address (`pkg`); std and sui for 0x1 and 0x2
//   an object             -> object(TASK,INDEX), TASK the task that created it
//   anything else         -> short hex (`0x6`)
// and the reverse: `@A`, `object(2,0)`, `pkg::m::f`, types with named addresses -> hex.

import type { Keypair } from '../../vm/execution/signature.js';
import { normalizeAddress } from '../../vm/objects/object.js';

export class ScriptError extends Error {}

export function shortHex(id: string): string {
  const bare = id.replace(/^0x0*/, '');
  return `0x${bare === '' ? '0' : bare}`;
}

export class Names {
  readonly accounts = new Map<string, Keypair>();
  /** Named address -> full hex (std, sui, then init's and, after publish, the package ids). */
  readonly addresses = new Map<string, string>([
    ['std', normalizeAddress('0x1')],
    ['sui', normalizeAddress('0x2')],
  ]);
  private readonly byId = new Map<string, string>();
  private readonly objects = new Map<string, string>();

  addAccount(name: string, key: Keypair): void {
    this.accounts.set(name, key);
    this.byId.set(key.address, name);
  }

  setAddress(name: string, hex: string, published: boolean): void {
    const full = normalizeAddress(hex);
    this.addresses.set(name, full);
    // An unpublished 0x0 stands for "the package to come": it names nothing on chain.
    if (published) this.byId.set(full, name);
  }

  addObject(id: string, task: number, index: number): void {
    const name = `object(${task},${index})`;
    this.objects.set(`${task},${index}`, id);
    if (!this.byId.has(id)) this.byId.set(id, name);
  }

  object(task: number, index: number): string {
    const id = this.objects.get(`${task},${index}`);
    if (id === undefined) throw new ScriptError(`object(${task},${index}) does not exist: task ${task} did not create ${index === 0 ? 'any object' : `${index + 1} objects`}`);
    return id;
  }

  account(name: string): Keypair {
    const k = this.accounts.get(name);
    if (k === undefined) throw new ScriptError(`no account named ${name}${this.accounts.size ? ` (the accounts are ${[...this.accounts.keys()].join(', ')})` : ' (declare accounts with `//# init --accounts A B`)'}`);
    return k;
  }

  /** `@A`'s or a named address's hex; `0x..` passes through. */
  address(name: string): string {
    if (name.startsWith('0x')) return normalizeAddress(name);
    const k = this.accounts.get(name);
    if (k) return k.address;
    const a = this.addresses.get(name);
    if (a) return a;
    throw new ScriptError(`unknown address \`${name}\` (not an account or a named address)`);
  }

  /** The stable name of an id or address. */
  name(id: string): string {
    let full: string;
    try {
      full = normalizeAddress(id);
    } catch {
      return id;
    }
    return this.byId.get(full) ?? (full === normalizeAddress('0x1') ? 'std' : full === normalizeAddress('0x2') ? 'sui' : shortHex(full));
  }

  /** A type or any message with every full-length address replaced by its name. */
  text(s: string): string {
    return s.replace(/0x[0-9a-f]{64}/g, (m) => this.name(m));
  }

  /** A type written with named addresses (`pkg::m::S<sui::sui::SUI>`) with hex addresses instead. */
  resolveType(t: string): string {
    return t.replace(/(?<![\w:])([A-Za-z_]\w*)(?=\s*::)/g, (m) => {
      const a = this.addresses.get(m);
      if (a === undefined) throw new ScriptError(`unknown named address \`${m}\` in \`${t}\``);
      return a;
    });
  }
}
