// The keystore of a local chain: ed25519 keys in `<store>/keystore.json`, next to the object
// store, so that `--store DIR` moves both. In: the store folder. Out: keys with their Sui-style
// addresses, and a signer for transactions.
//
// The file is written to a temporary name and renamed, so a crash never leaves half a keystore.
// Secret keys are stored in hex, unencrypted: this is a local development chain.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { addressFromPublicKey, bytesToHex, hexToBytes, type Address } from '../vm/objects/object.js';

export interface KeyEntry {
  address: Address;
  publicKey: string;
  secretKey: string;
  alias?: string;
}

interface KeystoreFile {
  version: 1;
  active?: Address;
  keys: KeyEntry[];
}

export class KeystoreError extends Error {}

export class Keystore {
  private data: KeystoreFile;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'keystore.json');
    this.data = { version: 1, keys: [] };
    if (existsSync(this.file)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(this.file, 'utf8'));
      } catch (e) {
        throw new KeystoreError(`${this.file} is not valid JSON: ${(e as Error).message}`);
      }
      const f = parsed as Partial<KeystoreFile>;
      if (f.version !== 1 || !Array.isArray(f.keys)) throw new KeystoreError(`${this.file} is not a Deed keystore`);
      this.data = { version: 1, keys: f.keys, ...(f.active ? { active: f.active } : {}) };
    }
  }

  list(): readonly KeyEntry[] {
    return this.data.keys;
  }

  get active(): KeyEntry | undefined {
    return this.data.keys.find((k) => k.address === this.data.active) ?? this.data.keys[0];
  }

  /** Creates a key; the first key becomes the active one. */
  create(alias?: string): KeyEntry {
    const secret = ed25519.utils.randomSecretKey();
    const pub = ed25519.getPublicKey(secret);
    const entry: KeyEntry = { address: addressFromPublicKey(pub), publicKey: bytesToHex(pub), secretKey: bytesToHex(secret), ...(alias ? { alias } : {}) };
    this.data.keys.push(entry);
    if (!this.data.active) this.data.active = entry.address;
    this.save();
    return entry;
  }

  /** A key by address, alias, or unambiguous address prefix. */
  find(who: string): KeyEntry | undefined {
    const w = who.toLowerCase();
    return this.data.keys.find((k) => k.alias === who || k.address === w) ?? this.unique(this.data.keys.filter((k) => k.address.startsWith(w.startsWith('0x') ? w : `0x${w}`)));
  }

  private unique(keys: KeyEntry[]): KeyEntry | undefined {
    return keys.length === 1 ? keys[0] : undefined;
  }

  sign(address: Address, message: Uint8Array): { publicKey: string; signature: string } {
    const k = this.data.keys.find((x) => x.address === address);
    if (!k) throw new KeystoreError(`no key for ${address} in ${this.file}`);
    return { publicKey: k.publicKey, signature: bytesToHex(ed25519.sign(message, hexToBytes(k.secretKey))) };
  }

  private save(): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2) + '\n', { mode: 0o600 });
    renameSync(tmp, this.file);
  }
}
