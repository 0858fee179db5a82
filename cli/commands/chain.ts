// The local-chain commands (SPEC §5): keys, faucet, publish, call, ptb, object, objects, tx. Each
// is a library function: options in, a CommandOutput (text for people, data for `--json`, ok
// flag) out; cli/main.ts only prints. The store and keystore persist in the store folder.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compilePackage } from '../../compiler/index.js';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { encodeModule } from '../../vm/bytecode/codec.js';
import { DEFAULT_FAUCET_AMOUNT, type TransactionDraft } from '../../vm/execution/chain.js';
import { effectsToJson, objectChanges, type TransactionEffects } from '../../vm/execution/effects.js';
import type { ExecuteOutcome } from '../../vm/execution/execute.js';
import { parseTransaction, type TransactionData } from '../../vm/execution/transaction.js';
import { GAS_CONSTANTS } from '../../vm/execution/gas.js';
import { FRAMEWORK } from '../../vm/execution/type-tags.js';
import { buildCall } from '../chain/call.js';
import { objectJson, renderEffects, renderObject, showOwner, objectType } from '../chain/render.js';
import { CliError, Session, storeDir } from '../chain/session.js';

export interface ChainOptions {
  store?: string;
  sender?: string;
  gasBudget?: string;
}

export interface CommandOutput {
  ok: boolean;
  text: string;
  json: unknown;
}

function withSession<T>(opts: ChainOptions, f: (s: Session) => T): T {
  const s = Session.open(storeDir(opts.store));
  try {
    return f(s);
  } finally {
    s.close();
  }
}

function budget(opts: ChainOptions): bigint | undefined {
  if (opts.gasBudget === undefined) return undefined;
  if (!/^\d+$/.test(opts.gasBudget)) throw new CliError(`--gas-budget expects a whole number, got ${opts.gasBudget}`);
  return BigInt(opts.gasBudget);
}

/** Effects of an executed transaction, or the reason it was refused before execution. */
function outcome(s: Session, out: ExecuteOutcome, extra: Record<string, unknown> = {}, headline = ''): CommandOutput {
  if (out.kind === 'rejected') {
    const msg = `transaction refused: ${out.rejection.message}`;
    return { ok: false, text: msg + '\n', json: { ok: false, rejected: { code: out.rejection.code, message: out.rejection.message }, ...(out.digest ? { digest: out.digest } : {}) } };
  }
  const e = out.effects;
  const ok = e.status.status === 'success';
  const text = (ok && headline ? headline + '\n' : '') + renderEffects(e, (id) => s.chain.getObject(id));
  return { ok, text, json: { ok, ...extra, effects: effectsJson(e) } };
}

function effectsJson(e: TransactionEffects): Record<string, unknown> {
  const changes = objectChanges(e);
  return { ...effectsToJson(e), ...JSON.parse(JSON.stringify(changes)) };
}

export function keysNew(opts: ChainOptions & { alias?: string }): CommandOutput {
  return withSession(opts, (s) => {
    const k = s.keystore.create(opts.alias);
    return { ok: true, text: `${k.address}${k.alias ? ` (${k.alias})` : ''}\n`, json: { address: k.address, publicKey: k.publicKey, ...(k.alias ? { alias: k.alias } : {}) } };
  });
}

export function keysList(opts: ChainOptions): CommandOutput {
  return withSession(opts, (s) => {
    const active = s.keystore.active?.address;
    const keys = s.keystore.list().map((k) => ({ address: k.address, alias: k.alias ?? null, active: k.address === active, balance: s.chain.balance(k.address).toString() }));
    const text = keys.length === 0 ? 'no keys: create one with `deed keys new`\n' : keys.map((k) => `${k.active ? '*' : ' '} ${k.address}${k.alias ? ` (${k.alias})` : ''}  ${k.balance} MIST\n`).join('');
    return { ok: true, text, json: { keys } };
  });
}

export function faucet(opts: ChainOptions & { address?: string; amount?: string }): CommandOutput {
  return withSession(opts, (s) => {
    const to = opts.address !== undefined ? s.address(opts.address) : s.sender(opts.sender).address;
    if (opts.amount !== undefined && !/^\d+$/.test(opts.amount)) throw new CliError(`--amount expects a whole number of MIST, got ${opts.amount}`);
    const amount = opts.amount !== undefined ? BigInt(opts.amount) : DEFAULT_FAUCET_AMOUNT;
    const r = s.chain.faucet(to, amount);
    return { ok: true, text: `sent ${amount} MIST to ${to} in coin ${r.coinId}\n`, json: { recipient: to, amount: amount.toString(), coin: r.coinId, digest: r.digest } };
  });
}

export function publish(opts: ChainOptions & { path?: string }): CommandOutput {
  const root = path.resolve(opts.path ?? '.');
  const result = compilePackage(root);
  if (!result.ok || !result.modules || !result.names || !result.package) {
    throw new CliError(`the package does not build:\n${renderDiagnostics(result.diagnostics, result.sources, { color: false })}`);
  }
  const name = result.package.manifest.name;
  const own = [...result.modules].filter(([k]) => result.names!.table.modules.get(k)?.unit.package.name === name);
  const foreign = [...result.modules].filter(([k]) => {
    const pkg = result.names!.table.modules.get(k)?.unit.package;
    return pkg && pkg.name !== name && !pkg.bundled;
  });
  if (foreign.length > 0) throw new CliError(`${name} depends on local packages (${[...new Set(foreign.map(([k]) => result.names!.table.modules.get(k)!.unit.package.name))].join(', ')}); publishing packages with non-framework dependencies is not supported yet`);
  const bytes = own.map(([, m]) => encodeModule(m));
  return withSession(opts, (s) => {
    const sender = s.sender(opts.sender);
    const b = budget(opts);
    const out = s.chain.publish(sender.address, bytes, s.signer(sender), { dependencies: [FRAMEWORK.std, FRAMEWORK.sui], ...(b !== undefined ? { gasBudget: b } : {}) });
    if (out.kind !== 'executed') return outcome(s, out);
    const created = objectChanges(out.effects).created;
    const pkg = created.find((c) => s.chain.getObject(c.id)?.data.kind === 'package');
    return outcome(s, out, pkg ? { packageId: pkg.id } : {}, pkg ? `Published ${name} as package ${pkg.id}` : '');
  });
}

export function call(opts: ChainOptions & { target: string; args?: string[]; typeArgs?: string[] }): CommandOutput {
  return withSession(opts, (s) => {
    const sender = s.sender(opts.sender);
    const b = budget(opts);
    const draft = buildCall(s, { target: opts.target, args: opts.args ?? [], typeArgs: opts.typeArgs ?? [], sender: sender.address, ...(b !== undefined ? { gasBudget: b } : {}) });
    return outcome(s, s.chain.signAndExecute(s.chain.prepare(draft), s.signer(sender)));
  });
}

/** `deed ptb FILE.json`: the JSON transaction; sender, gas price and gas payment may be left out. */
export function ptb(opts: ChainOptions & { file: string }): CommandOutput {
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${opts.file} is not JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CliError(`${opts.file}: expected a JSON object with "commands"`);
  return withSession(opts, (s) => {
    const obj = { ...(json as Record<string, unknown>) };
    const sender = s.sender(typeof obj['sender'] === 'string' ? (obj['sender'] as string) : opts.sender);
    obj['sender'] = sender.address;
    obj['gasBudget'] ??= budget(opts)?.toString() ?? '500000000';
    obj['gasPrice'] ??= GAS_CONSTANTS.REFERENCE_GAS_PRICE.toString();
    const parsed = parseTransaction(obj);
    if (!parsed.ok) throw new CliError(`${opts.file}: ${parsed.error.path}: ${parsed.error.message}`);
    let data: TransactionData = parsed.value;
    if (data.gasPayment.length === 0) {
      const draft: TransactionDraft = { sender: data.sender, inputs: data.inputs, commands: data.commands, gasBudget: data.gasBudget, gasPrice: data.gasPrice };
      if (data.expiration !== undefined) draft.expiration = data.expiration;
      data = s.chain.prepare(draft);
    }
    return outcome(s, s.chain.signAndExecute(data, s.signer(sender)));
  });
}

export function object(opts: ChainOptions & { id: string }): CommandOutput {
  return withSession(opts, (s) => {
    const r = s.chain.getObject(s.address(opts.id));
    if (!r) throw new CliError(`no live object ${opts.id}`);
    return { ok: true, text: renderObject(r), json: objectJson(r) };
  });
}

export function objects(opts: ChainOptions & { owner?: string }): CommandOutput {
  return withSession(opts, (s) => {
    const owner = opts.owner !== undefined ? s.address(opts.owner) : s.sender(opts.sender).address;
    const list = s.chain.ownedObjects(owner);
    const text = list.length === 0 ? `${owner} owns no objects\n` : list.map((r) => `${r.id}  v${r.version}  ${objectType(r)}\n`).join('');
    return { ok: true, text, json: { owner, objects: list.map(objectJson) } };
  });
}

export function tx(opts: ChainOptions & { digest: string }): CommandOutput {
  return withSession(opts, (s) => {
    const t = s.chain.getTransaction(opts.digest);
    if (!t) throw new CliError(`no transaction ${opts.digest}`);
    return { ok: true, text: renderEffects(t.effects, (id) => s.chain.getObject(id)), json: { digest: opts.digest, effects: effectsJson(t.effects) } };
  });
}

export { CliError, showOwner };
