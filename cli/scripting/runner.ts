// Runs a parsed script on a fresh local chain. In: the script text and a display name for it
// (diagnostics point at `NAME:LINE`). Out: the output text (a header per task, the `//#` line,
// then the task's result) and the number of script errors (bad options, unknown names, compile
// errors; a transaction that aborts is a result, not a script error). The chain is a LocalChain
// on a MemoryStore with genesis from the bundled framework, so a run touches no files.
//
// Determinism: account keys are derived from their names, every transaction's digest follows
// from the script, and objects are named object(TASK,INDEX) where INDEX counts the objects a
// task created IN CREATION ORDER (the order of the transaction's fresh IDs, which Sui derives
// from the digest and a counter; the runner re-derives them to recover the order). Objects whose
// IDs come from elsewhere (dynamic fields: hashed from parent and key) follow, sorted by id.

import { compileSources } from '../../compiler/index.js';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import type { PackageContext } from '../../compiler/names/index.js';
import { encodeModule } from '../../vm/bytecode/codec.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { fromBase58, blake2b256 } from '../../vm/execution/canonical.js';
import { LocalChain, type TransactionDraft } from '../../vm/execution/chain.js';
import { objectChanges, type TransactionEffects } from '../../vm/execution/effects.js';
import type { ExecuteOutcome } from '../../vm/execution/execute.js';
import { PackageCache } from '../../vm/execution/packages.js';
import { keypair, keySigner, type Keypair } from '../../vm/execution/signature.js';
import { parseTransaction, type Argument, type Command, type TransactionInput } from '../../vm/execution/transaction.js';
import { parseType, typeString, TypeTagError } from '../../vm/execution/type-tags.js';
import { deriveObjectId, normalizeAddress } from '../../vm/objects/object.js';
import { MemoryStore } from '../../vm/objects/memory-store.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import { isTxContext } from '../chain/signature-types.js';
import { callInput, programmableInput } from './inputs.js';
import { Names, ScriptError } from './names.js';
import { parseScript, type Task, type TaskCommand } from './parser.js';
import { renderEffects, renderRejection } from './render.js';
import { formatValue, type LayoutOf } from './values.js';

/** Each account's gas coin from the faucet at init. */
export const ACCOUNT_FUNDS = 1_000_000_000_000n;

let frameworkModules: CompiledModule[] | undefined;
let sharedPackages: PackageCache | undefined;

/** The bundled std and sui, compiled once per process. */
function framework(): CompiledModule[] {
  if (frameworkModules === undefined) {
    const r = compileSources([], { std: true, sui: true }, { test: false });
    if (!r.ok || !r.modules) throw new Error(`the bundled framework does not compile:\n${renderDiagnostics(r.diagnostics, r.sources, { color: false })}`);
    frameworkModules = [...r.modules.values()];
  }
  return frameworkModules;
}

export interface ScriptResult {
  output: string;
  /** Tasks that could not run as written (the output says why). */
  scriptErrors: number;
}

interface Published {
  id: string;
  /** The named addresses the package's modules are declared at. */
  addressNames: string[];
  /** The script text with everything but this publish's body blanked (lines stay in place). */
  source: string;
}

class Runner {
  readonly names = new Names();
  readonly chain: LocalChain;
  private readonly published: Published[] = [];
  /** Named addresses from init, before any publish rebinds them. */
  private readonly declared = new Map<string, string>();
  private readonly lines: string[];

  constructor(
    readonly text: string,
    readonly fileName: string,
  ) {
    // One package cache per process: a package id is derived from its publishing transaction's
    // digest, which covers the module bytes, so an id always names the same modules.
    this.chain = LocalChain.open(new MemoryStore(), { frameworkModules: framework(), packages: (sharedPackages ??= new PackageCache()), genesisTimestampMs: 0, epoch: 0, epochTimestampMs: 0 });
    this.lines = text.split(/\r?\n/);
  }

  readonly layout: LayoutOf = (t: RuntimeType) => {
    if (t.kind !== 'datatype') return undefined;
    this.loadTypePackages(t);
    return this.chain.packages.runtime.layout(t);
  };

  private loadTypePackages(t: RuntimeType): void {
    if (t.kind === 'vector') return this.loadTypePackages(t.elem);
    if (t.kind !== 'datatype') return;
    this.chain.packages.load(t.address, (id) => this.chain.getObject(id));
    for (const a of t.args) this.loadTypePackages(a);
  }

  run(task: Task): string[] {
    const c = task.command;
    if (c.kind === 'error') throw new ScriptError(c.message, { cause: c.line });
    switch (c.kind) {
      case 'init':
        return this.init(task, c);
      case 'publish':
        return this.publish(task, c);
      case 'run':
        return this.call(task, c);
      case 'programmable':
        return this.programmable(task, c);
      case 'view-object':
        return this.viewObject(c);
      case 'next-epoch':
        this.chain.epoch += 1;
        this.chain.epochTimestampMs += 86_400_000;
        return [`epoch: ${this.chain.epoch}`];
    }
  }

  private init(task: Task, c: Extract<TaskCommand, { kind: 'init' }>): string[] {
    if (task.index !== 0) throw new ScriptError('`//# init` must be the first task');
    for (const [name, value] of c.addresses) {
      if (name === 'std' || name === 'sui') throw new ScriptError(`\`${name}\` is the framework's named address`);
      this.names.setAddress(name, value, false);
      this.declared.set(name, normalizeAddress(value));
    }
    const created: string[] = [];
    c.accounts.forEach((name, i) => {
      if (this.names.addresses.has(name)) throw new ScriptError(`\`${name}\` is both an account and a named address`);
      const key = keypair(blake2b256(new TextEncoder().encode(`deed script account ${name}`)));
      this.names.addAccount(name, key);
      const coin = this.chain.faucet(key.address, ACCOUNT_FUNDS).coinId;
      this.names.addObject(coin, task.index, i);
      created.push(this.names.name(coin));
    });
    const out = c.accounts.length ? [`accounts: ${c.accounts.join(', ')}`] : [];
    if (created.length) out.push(`created: ${created.join(', ')}`);
    return out;
  }

  private sender(name: string | undefined): Keypair {
    if (name !== undefined) return this.names.account(name);
    const first = this.names.accounts.values().next();
    if (first.done) throw new ScriptError('no account to send from: declare accounts with `//# init --accounts A`');
    return first.value;
  }

  /** Names the objects a transaction created, in creation order (see the file comment). */
  private numberCreated(task: Task, e: TransactionEffects): string[] {
    const ids = objectChanges(e).created.map((c) => c.id);
    const digest = fromBase58(e.transactionDigest);
    const order = new Map<string, number>();
    const wanted = new Set(ids);
    for (let i = 0; i < ids.length + 1024 && order.size < wanted.size; i++) {
      const id = deriveObjectId(digest, i);
      if (wanted.has(id)) order.set(id, i);
    }
    const sorted = [...ids].sort((a, b) => {
      const x = order.get(a);
      const y = order.get(b);
      if (x !== undefined && y !== undefined) return x - y;
      if (x !== undefined || y !== undefined) return x !== undefined ? -1 : 1;
      return a < b ? -1 : 1;
    });
    sorted.forEach((id, i) => this.names.addObject(id, task.index, i));
    return sorted.map((id) => this.names.name(id));
  }

  private finish(task: Task, out: ExecuteOutcome, after?: (e: TransactionEffects) => void): string[] {
    if (out.kind === 'rejected') return renderRejection(out, this.names);
    const e = out.effects;
    if (e.status.status === 'success' && after) after(e);
    const created = this.numberCreated(task, e);
    return renderEffects(e, created, this.names, this.chain, this.layout, new Set(this.published.map((p) => p.id)));
  }

  /** `inputName(i)` says how the task wrote input i (`argument 2`, `input 1`) for value errors. */
  private execute(senderName: string | undefined, draft: Omit<TransactionDraft, 'sender'>, inputName: (i: number) => string): { out: ExecuteOutcome } {
    const who = this.sender(senderName);
    let data;
    try {
      data = this.chain.prepare({ ...draft, sender: who.address });
    } catch (e) {
      throw new ScriptError(this.names.text(e instanceof Error ? e.message : String(e)));
    }
    // Values out of their type's range are the script's mistake: say so before signing.
    const checked = parseTransaction(data);
    if (!checked.ok) {
      const m = /^\$\.inputs\[(\d+)\]/.exec(checked.error.path);
      throw new ScriptError(`${m ? inputName(Number(m[1])) : checked.error.path}: ${this.names.text(checked.error.message)}`);
    }
    return { out: this.chain.signAndExecute(checked.value, keySigner(who.secretKey)) };
  }

  // --- publish -----------------------------------------------------------------------------------

  /** The script with every line outside `from..to` blanked, so diagnostics keep the script's lines. */
  private only(lines: Array<{ line: number }>): string {
    const keep = new Set(lines.map((l) => l.line));
    return this.lines.map((l, i) => (keep.has(i + 1) ? l : '')).join('\n');
  }

  private addressMap(): Map<string, bigint> {
    const m = new Map<string, bigint>();
    for (const [name, hex] of this.names.addresses) m.set(name, BigInt(hex));
    return m;
  }

  private publish(task: Task, c: Extract<TaskCommand, { kind: 'publish' }>): string[] {
    const source = this.only(c.sourceLines);
    const addressNames = [...new Set([...source.matchAll(/\bmodule\s+([A-Za-z_]\w*)\s*::/g)].map((m) => m[1]!))];
    if (addressNames.length === 0) throw new ScriptError('the publish body declares no `module NAME::m` (NAME a named address from `//# init --addresses NAME=0x0`)');
    for (const n of addressNames) {
      if (!this.declared.has(n)) throw new ScriptError(`\`${n}\` is not a named address: declare it with \`//# init --addresses ${n}=0x0\``);
      if (this.published.some((p) => p.addressNames.includes(n))) throw new ScriptError(`\`${n}\` is already published (named addresses are published once)`);
    }
    const addresses = this.addressMap();
    // The package's own names compile at their declared address; the executor relocates them.
    for (const n of addressNames) addresses.set(n, BigInt(this.declared.get(n)!));
    const own: PackageContext = { name: `task_${task.index}`, edition: '2024', addresses };
    const deps = this.published.map((p, i) => ({ source: new SourceFile(`${this.fileName} (dependency ${i})`, p.source), package: { name: `dep_${i}`, edition: '2024' as const, addresses: this.addressMap() } }));
    const file = new SourceFile(this.fileName, source);
    const r = compileSources([...deps, { source: file, package: own }], { std: true, sui: true }, { test: false });
    if (!r.ok || !r.modules || !r.names) {
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      throw new ScriptError(`the module does not compile:\n${renderDiagnostics(errors, r.sources, { color: false }).trimEnd()}`);
    }
    const modules = [...r.modules].filter(([k]) => r.names!.table.modules.get(k)?.unit.package.name === own.name).map(([, m]) => encodeModule(m));
    const who = this.sender(c.sender);
    const out = this.chain.publish(who.address, modules, keySigner(who.secretKey), { dependencies: [normalizeAddress('0x1'), normalizeAddress('0x2'), ...this.published.map((p) => p.id)], ...(c.gasBudget !== undefined ? { gasBudget: c.gasBudget } : {}) });
    return this.finish(task, out, (e) => {
      const pkg = objectChanges(e).created.find((x) => x.owner === 'Immutable' && this.chain.getObject(x.id)?.data.kind === 'package');
      if (pkg === undefined) return;
      for (const n of addressNames) this.names.setAddress(n, pkg.id, true);
      this.published.push({ id: pkg.id, addressNames, source });
    });
  }

  // --- run and programmable ------------------------------------------------------------------------

  private typeArg(t: string): string {
    try {
      return typeString(parseType(this.names.resolveType(t)));
    } catch (e) {
      if (e instanceof TypeTagError) throw new ScriptError(`bad type \`${t}\`: ${e.message}`);
      throw e;
    }
  }

  private call(task: Task, c: Extract<TaskCommand, { kind: 'run' }>): string[] {
    const [addr, moduleName, fn] = c.target.split('::') as [string, string, string];
    const pkgId = this.names.address(addr);
    const loaded = this.chain.packages.load(pkgId, (id) => this.chain.getObject(id));
    if (!loaded.ok) throw new ScriptError(`no package at \`${addr}\`${this.chain.getObject(pkgId) ? '' : ' (publish it first)'}`);
    const m = loaded.modules.find((x) => x.moduleHandles[0]!.name === moduleName);
    if (m === undefined) throw new ScriptError(`${addr} has no module ${moduleName}`);
    const hi = m.functionHandles.findIndex((h) => h.module === 0 && h.name === fn);
    const def = m.functions.find((f) => f.handle === hi);
    if (hi < 0 || def === undefined) throw new ScriptError(`${addr}::${moduleName} has no function ${fn}`);
    const h = m.functionHandles[hi]!;
    if (c.typeArgs.length !== h.typeParams.length) throw new ScriptError(`${fn} takes ${h.typeParams.length} type argument(s), got ${c.typeArgs.length}`);
    const typeArgs = c.typeArgs.map((t) => this.typeArg(t));
    const params = h.params.filter((p, i) => !(i === h.params.length - 1 && isTxContext(m, p)));
    if (c.args.length !== params.length) throw new ScriptError(`${fn} takes ${params.length} argument(s), got ${c.args.length}`);
    const sig = { module: m, params, typeParams: h.typeParams };
    const inputs: TransactionInput[] = c.args.map((v, i) => {
      try {
        return callInput(v, params[i]!, sig, typeArgs, this.names, this.chain);
      } catch (e) {
        if (e instanceof ScriptError) throw new ScriptError(`argument ${i + 1}: ${e.message}`);
        throw e;
      }
    });
    const args: Argument[] = inputs.map((_, i) => ({ Input: i }));
    const commands: Command[] = [{ MoveCall: { package: pkgId, module: moduleName, function: fn, typeArguments: typeArgs, arguments: args } }];
    const { out } = this.execute(c.sender, { inputs, commands, ...(c.gasBudget !== undefined ? { gasBudget: c.gasBudget } : {}) }, (i) => `argument ${i + 1}`);
    return this.finish(task, out);
  }

  private programmable(task: Task, c: Extract<TaskCommand, { kind: 'programmable' }>): string[] {
    const inputs = c.inputs.map((v, i) => {
      try {
        return programmableInput(v, this.names, this.chain, (t) => this.names.resolveType(t));
      } catch (e) {
        if (e instanceof ScriptError) throw new ScriptError(`input ${i}: ${e.message}`);
        throw e;
      }
    });
    const checkArgs = (args: Argument[], at: number): void => {
      for (const a of args) {
        if (a === 'GasCoin') continue;
        if ('Input' in a && a.Input >= inputs.length) throw new ScriptError(`command ${at}: Input(${a.Input}) does not exist (there ${inputs.length === 1 ? 'is 1 input' : `are ${inputs.length} inputs`})`);
        const r = 'Result' in a ? a.Result : 'NestedResult' in a ? a.NestedResult[0] : -1;
        if (r >= at) throw new ScriptError(`command ${at}: ${'Result' in a ? 'Result' : 'NestedResult'}(${r}) is not an earlier command`);
      }
    };
    const commands: Command[] = c.commands.map((p, at) => {
      switch (p.kind) {
        case 'MoveCall':
          checkArgs(p.args, at);
          return { MoveCall: { package: this.names.address(p.address), module: p.module, function: p.function, typeArguments: p.typeArgs.map((t) => this.typeArg(t)), arguments: p.args } };
        case 'TransferObjects':
          checkArgs([...p.objects, p.address], at);
          return { TransferObjects: { objects: p.objects, address: p.address } };
        case 'SplitCoins':
          checkArgs([p.coin, ...p.amounts], at);
          return { SplitCoins: { coin: p.coin, amounts: p.amounts } };
        case 'MergeCoins':
          checkArgs([p.destination, ...p.sources], at);
          return { MergeCoins: { destination: p.destination, sources: p.sources } };
        case 'MakeMoveVec':
          checkArgs(p.elements, at);
          return { MakeMoveVec: p.type === undefined ? { elements: p.elements } : { type: this.typeArg(p.type), elements: p.elements } };
      }
    });
    const { out } = this.execute(c.sender, { inputs, commands, ...(c.gasBudget !== undefined ? { gasBudget: c.gasBudget } : {}) }, (i) => `input ${i}`);
    return this.finish(task, out);
  }

  // --- view-object ---------------------------------------------------------------------------------

  private viewObject(c: Extract<TaskCommand, { kind: 'view-object' }>): string[] {
    const id = this.names.object(c.task, c.index);
    const r = this.chain.getObject(id);
    if (r === undefined) return [`No object at object(${c.task},${c.index}) (deleted, or wrapped in another object)`];
    const o = r.owner;
    const owner =
      o === 'Immutable' ? 'Immutable' : 'AddressOwner' in o ? `Account Address ( ${this.names.name(o.AddressOwner)} )` : 'ObjectOwner' in o ? `Object ID ( ${this.names.name(o.ObjectOwner)} )` : `Shared( ${o.Shared.initialSharedVersion} )`;
    const out = [`Owner: ${owner}`, `Version: ${r.version}`];
    if (r.data.kind === 'package') out.push(`Contents: package ${this.names.name(id)} { modules: ${r.data.modules.map(([n]) => n).join(', ')} }`);
    else {
      const t = parseType(r.data.type);
      out.push(`Contents: ${formatValue(r.data.contents, t, this.layout, this.names, 0)}`);
    }
    return out;
  }
}

/** The script line a failed task points at: its own line, or the body line at fault. */
function errorLine(task: Task, e: ScriptError): number {
  return typeof e.cause === 'number' ? e.cause : task.startLine;
}

/** Parses and runs a script; never throws for problems in the script itself. */
export function runScript(text: string, fileName: string): ScriptResult {
  const tasks = parseScript(text);
  const runner = new Runner(text, fileName);
  const out: string[] = [`processed ${tasks.length} task${tasks.length === 1 ? '' : 's'}`];
  let scriptErrors = 0;
  for (const task of tasks) {
    out.push('', `task ${task.index}, lines ${task.startLine}-${task.endLine}:`, task.header);
    try {
      out.push(...runner.run(task));
    } catch (e) {
      if (!(e instanceof ScriptError)) throw e;
      scriptErrors++;
      out.push(`Error: ${fileName}:${errorLine(task, e)}: ${e.message}`);
    }
  }
  return { output: out.join('\n') + '\n', scriptErrors };
}
