// Test helper: a local chain on a MemoryStore that reads like a script. In: Move source text,
// transactions as drafts. Out: published package IDs, effects (asserted executed), objects.
//
//   const t = new TestChain();                       // genesis, alice and bob funded
//   const pkg = t.publish(`module test::m { ... }`);  // package id
//   const fx = t.call(t.alice, `${pkg}::m::f`, [pure('u64', 1)]);

import { compileSources } from '../../../compiler/index.js';
import { renderDiagnostics } from '../../../compiler/diagnostics/render.js';
import { encodeModule } from '../../../vm/bytecode/codec.js';
import type { CompiledModule } from '../../../vm/bytecode/module.js';
import { LocalChain } from '../../../vm/execution/chain.js';
import type { TransactionEffects } from '../../../vm/execution/effects.js';
import { objectChanges } from '../../../vm/execution/effects.js';
import type { ExecuteOutcome } from '../../../vm/execution/execute.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import type { Keypair } from '../../../vm/execution/signature.js';
import { keypair, keySigner } from '../../../vm/execution/signature.js';
import type { Argument, Command, TransactionData, TransactionInput } from '../../../vm/execution/transaction.js';
import type { ObjectRecord } from '../../../vm/objects/object.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { compileMove } from '../../codegen/compile.js';

let frameworkCache: CompiledModule[] | undefined;
let sharedPackages: PackageCache | undefined;

/** The std and sui modules (ordinary build), compiled once per test file. */
export function framework(): CompiledModule[] {
  if (frameworkCache === undefined) {
    const r = compileSources([], { std: true, sui: true }, { test: false });
    if (!r.ok || !r.modules) throw new Error(renderDiagnostics(r.diagnostics, r.sources, { color: false }));
    frameworkCache = [...r.modules.values()];
  }
  return frameworkCache;
}

/** One package cache per test file: the framework is loaded once. */
export function packages(): PackageCache {
  return (sharedPackages ??= new PackageCache());
}

/** The modules of `text` (at address `test` = 0x42) as bytes for Publish. */
export function compilePackage(text: string, path = 'test.move'): Uint8Array[] {
  const r = compileMove(path, text, { test: false });
  return [...r.modules.entries()].filter(([k]) => k.startsWith('0x42::')).map(([, m]) => encodeModule(m));
}

export const pure = (type: string, value: unknown): TransactionInput => ({ Pure: { type, value: value as never } });
export const obj = (id: string, version?: number): TransactionInput => ({ Object: version === undefined ? { id } : { id, version } });
export const shared = (id: string, mutable = true): TransactionInput => ({ Shared: { id, mutable } });
export const input = (i: number): Argument => ({ Input: i });
export const result = (i: number): Argument => ({ Result: i });

export const seed = (n: number): Uint8Array => new Uint8Array(32).fill(n);

export class TestChain {
  readonly store: ObjectStore;
  readonly chain: LocalChain;
  readonly alice: Keypair = keypair(seed(1));
  readonly bob: Keypair = keypair(seed(2));

  constructor(store: ObjectStore = new MemoryStore(), options: { fund?: boolean; packages?: PackageCache } = {}) {
    this.store = store;
    this.chain = LocalChain.open(store, { frameworkModules: framework(), packages: options.packages ?? packages() });
    if (options.fund !== false) {
      this.chain.faucet(this.alice.address, 1_000_000_000_000n);
      this.chain.faucet(this.bob.address, 1_000_000_000_000n);
    }
  }

  /** Builds (picking gas), signs and executes; fails the test if rejected. */
  run(who: Keypair, draft: { inputs?: TransactionInput[]; commands: Command[]; gasBudget?: bigint }): TransactionEffects {
    const out = this.exec(who, draft);
    if (out.kind !== 'executed') throw new Error(`rejected: ${out.rejection.code}: ${out.rejection.message}`);
    return out.effects;
  }

  exec(who: Keypair, draft: { inputs?: TransactionInput[]; commands: Command[]; gasBudget?: bigint }): ExecuteOutcome {
    return this.chain.signAndExecute(this.tx(who, draft), keySigner(who.secretKey));
  }

  tx(who: Keypair, draft: { inputs?: TransactionInput[]; commands: Command[]; gasBudget?: bigint }): TransactionData {
    return this.chain.prepare({ sender: who.address, ...draft });
  }

  /** Like run, and the transaction must succeed. */
  ok(who: Keypair, draft: { inputs?: TransactionInput[]; commands: Command[]; gasBudget?: bigint }): TransactionEffects {
    const fx = this.run(who, draft);
    if (fx.status.status !== 'success') throw new Error(`failed: ${JSON.stringify(fx.status, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
    return fx;
  }

  publish(text: string, who: Keypair = this.alice): string {
    const out = this.chain.publish(who.address, compilePackage(text), keySigner(who.secretKey));
    if (out.kind !== 'executed') throw new Error(`publish rejected: ${out.rejection.message}`);
    if (out.effects.status.status !== 'success') throw new Error(`publish failed: ${out.effects.status.error.kind}: ${out.effects.status.error.message}`);
    const pkg = objectChanges(out.effects).created.find((c) => c.owner === 'Immutable' && this.chain.getObject(c.id)?.data.kind === 'package');
    return pkg!.id;
  }

  /** MoveCall `pkg::module::function` with the given inputs passed in order. */
  call(who: Keypair, target: string, inputs: TransactionInput[], typeArguments: string[] = [], extra: { gasBudget?: bigint } = {}): TransactionEffects {
    return this.run(who, { inputs, commands: [moveCall(target, inputs.map((_, i) => input(i)), typeArguments)], ...extra });
  }

  object(id: string): ObjectRecord {
    const o = this.chain.getObject(id);
    if (o === undefined) throw new Error(`no object ${id}`);
    return o;
  }

  /** Objects created by `fx` whose type ends with `suffix` (e.g. '::m::Counter'). */
  created(fx: TransactionEffects, suffix: string): ObjectRecord[] {
    return objectChanges(fx)
      .created.map((c) => this.chain.getObject(c.id))
      .filter((o): o is ObjectRecord => o !== undefined && o.data.kind === 'move' && o.data.type.endsWith(suffix));
  }
}

export function moveCall(target: string, args: Argument[], typeArguments: string[] = []): Command {
  const [pkg, module, fn] = target.split('::');
  return { MoveCall: { package: pkg!, module: module!, function: fn!, typeArguments, arguments: args } };
}

export const contents = (o: ObjectRecord): unknown[] => (o.data as { contents: unknown[] }).contents;
export const coinValue = (o: ObjectRecord): bigint => BigInt((contents(o)[1] as unknown[])[0] as number | bigint);
