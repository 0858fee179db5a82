// A transaction against the compiler's sharing classification (SPEC §4). In: TransactionData and
// the modules of the packages it calls (each carrying `metadata.sharing`). Out: warnings for each
// MoveCall whose inputs disagree with the callee's class, so a scheduler can route early and a
// user learns why a call will fail:
// - `consensus` (an object parameter's type is always shared, e.g. Clock): the call needs a Shared
//   input, so one given only owned Object inputs cannot run as declared;
// - `fast` (no object parameter's type can be shared): a Shared input passed to it cannot be of
//   a parameter's type;
// - `depends`: either is fine, nothing to say.
// Pure: no store, no runtime; calls to packages or functions without metadata are skipped.

import type { CompiledModule } from '../bytecode/module.js';
import { selfId } from '../bytecode/module.js';
import type { ObjectId } from '../objects/object.js';
import { tryNormalizeAddress } from '../objects/object.js';
import type { Argument, TransactionData } from '../execution/transaction.js';

export interface SharingWarning {
  /** Index of the MoveCall command. */
  command: number;
  function: string;
  classification: 'fast' | 'consensus';
  /** The inputs the warning is about. */
  inputs: number[];
  message: string;
}

/** Looks up a package's modules, e.g. from a map or the package cache. */
export type ModuleSource = ReadonlyMap<ObjectId, readonly CompiledModule[]> | ((pkg: ObjectId) => readonly CompiledModule[] | undefined);

function modulesOf(source: ModuleSource, pkg: ObjectId): readonly CompiledModule[] | undefined {
  if (typeof source === 'function') return source(pkg);
  return source.get(pkg) ?? source.get(tryNormalizeAddress(pkg) ?? pkg);
}

export function sharingWarnings(tx: TransactionData, modules: ModuleSource): SharingWarning[] {
  const out: SharingWarning[] = [];
  tx.commands.forEach((c, command) => {
    if (!('MoveCall' in c)) return;
    const call = c.MoveCall;
    const m = modulesOf(modules, call.package)?.find((x) => selfId(x).name === call.module);
    const f = m?.metadata.sharing?.functions.find((x) => x.name === call.function);
    if (f === undefined || f.classification === 'depends') return;
    const name = `${call.package}::${call.module}::${call.function}`;
    const inputs = call.arguments.flatMap((a: Argument) => (typeof a === 'object' && 'Input' in a ? [a.Input] : []));
    const objectInputs = inputs.filter((i) => tx.inputs[i] !== undefined && !('Pure' in tx.inputs[i]!));
    const shared = objectInputs.filter((i) => 'Shared' in tx.inputs[i]!);
    const owned = objectInputs.filter((i) => 'Object' in tx.inputs[i]!);
    if (f.classification === 'consensus' && shared.length === 0) {
      const given = owned.length > 0 ? `its object argument${owned.length > 1 ? 's are' : ' is'} given as owned Object input${owned.length > 1 ? 's' : ''} (${owned.map((i) => `input ${i}`).join(', ')})` : 'no Shared input is passed to it';
      out.push({
        command,
        function: name,
        classification: 'consensus',
        inputs: owned,
        message: `command ${command}: ${name} is classified consensus (${f.reason}), but ${given}; pass the shared object as a Shared input, so that the transaction goes through consensus`,
      });
    }
    if (f.classification === 'fast' && shared.length > 0) {
      out.push({
        command,
        function: name,
        classification: 'fast',
        inputs: shared,
        message: `command ${command}: ${name} is classified fast (${f.reason}), but ${shared.map((i) => `input ${i}`).join(', ')} ${shared.length > 1 ? 'are' : 'is'} given as Shared; a shared object cannot be of its parameter types, and the Shared input sends the transaction through consensus for nothing`,
      });
    }
  });
  return out;
}
