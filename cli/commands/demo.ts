// `deed demo` (what `npm start` runs): a first tour of the local chain on the default store.
// In: the store folder (`.deed/` unless --store or DEED_STORE says otherwise). Out: the text of
// each step. It creates a key if there is none, funds it, publishes examples/counter, creates a
// shared counter and increments it, printing each transaction's effects. Running it again adds
// new objects; nothing is ever deleted.

import * as path from 'node:path';
import { repoRoot } from '../../bench/workloads/genesis.js';
import { call, CliError, faucet, keysList, keysNew, publish, type ChainOptions, type CommandOutput } from './chain.js';

export function demo(opts: ChainOptions): CommandOutput {
  const steps: string[] = [];
  const step = (title: string, out: CommandOutput): CommandOutput => {
    steps.push(`== ${title}\n${out.text}`);
    if (!out.ok) throw new CliError(`demo step failed: ${title}\n${out.text}`);
    return out;
  };
  const keys = keysList(opts).json as { keys: unknown[] };
  if (keys.keys.length === 0) step('deed keys new --alias demo', keysNew({ ...opts, alias: 'demo' }));
  step('deed faucet', faucet(opts));
  // Found from the sources (tsx) or from dist/ alike.
  const root = path.join(repoRoot(), 'examples', 'counter');
  const published = step('deed publish examples/counter', publish({ ...opts, path: root }));
  const pkg = (published.json as { packageId: string }).packageId;
  const created = step(`deed call ${pkg}::counter::create`, call({ ...opts, target: `${pkg}::counter::create` }));
  const effects = (created.json as { effects: { created: Array<{ id: string; owner: unknown }> } }).effects;
  const counter = effects.created.find((c) => typeof c.owner === 'object' && c.owner !== null && 'Shared' in c.owner)!.id;
  step(`deed call ${pkg}::counter::increment --args ${counter}`, call({ ...opts, target: `${pkg}::counter::increment`, args: [counter] }));
  steps.push(`Done. Try: deed object ${counter}, deed objects, deed keys list\n`);
  return { ok: true, text: steps.join('\n'), json: { package: pkg, counter } };
}
