// A CLI session on the local chain: the store folder in (`--store DIR`, `DEED_STORE`, or `.deed/`
// in the working directory), an open LocalChain on its LMDB store and the keystore beside it out.
// Genesis runs on first use; only then is the framework compiled (about a second).

import { resolve } from 'node:path';
import { compileSources } from '../../compiler/index.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { LocalChain } from '../../vm/execution/chain.js';
import { FRAMEWORK } from '../../vm/execution/type-tags.js';
import type { Address } from '../../vm/objects/object.js';
import { LmdbStore } from '../../vm/objects/lmdb-store.js';
import { Keystore, type KeyEntry } from '../keystore.js';
import { hexToBytes } from '../../vm/objects/object.js';
import { keySigner, type Signer } from '../../vm/execution/signature.js';

/** A user error: printed as `deed: message`, exit 1. */
export class CliError extends Error {}

export function storeDir(option?: string): string {
  return resolve(option ?? process.env['DEED_STORE'] ?? '.deed');
}

/** The bundled std and sui bytecode, compiled from the bundled sources. */
export function frameworkModules(): CompiledModule[] {
  const r = compileSources([], { std: true, sui: true });
  if (!r.ok || !r.modules) throw new CliError('the bundled standard library does not compile (this is a bug in Deed)');
  return [...r.modules.values()];
}

export class Session {
  private constructor(
    readonly dir: string,
    readonly store: LmdbStore,
    readonly chain: LocalChain,
    readonly keystore: Keystore,
  ) {}

  static open(dir: string): Session {
    let store: LmdbStore;
    try {
      store = LmdbStore.open(dir);
    } catch (e) {
      throw new CliError(`cannot open the store in ${dir}: ${(e as Error).message}`);
    }
    try {
      const needsGenesis = store.getObject(FRAMEWORK.sui) === undefined;
      const chain = LocalChain.open(store, needsGenesis ? { frameworkModules: frameworkModules() } : {});
      return new Session(dir, store, chain, new Keystore(dir));
    } catch (e) {
      store.close();
      throw e;
    }
  }

  /** The key that signs: `--sender` (address, alias or prefix), else the keystore's active key. */
  sender(who?: string): KeyEntry {
    if (who !== undefined) {
      const k = this.keystore.find(who);
      if (!k) throw new CliError(`no key for ${who} in ${this.dir}/keystore.json (deed keys list)`);
      return k;
    }
    const k = this.keystore.active;
    if (!k) throw new CliError(`no keys yet: create one with \`deed keys new\` (store ${this.dir})`);
    return k;
  }

  signer(key: KeyEntry): Signer {
    return keySigner(hexToBytes(key.secretKey));
  }

  /** An address given as an address, a key alias, or `@alias`. */
  address(text: string): Address {
    const t = text.startsWith('@') ? text.slice(1) : text;
    const k = this.keystore.find(t);
    if (k) return k.address;
    if (/^0x[0-9a-fA-F]{1,64}$/.test(t)) return '0x' + t.slice(2).toLowerCase().padStart(64, '0');
    throw new CliError(`${text} is neither an address nor a key alias`);
  }

  close(): void {
    this.store.close();
  }
}
