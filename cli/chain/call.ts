// `deed call PKG::MODULE::FUNCTION`: a function's signature (read from the published package in
// the store) and the command line's argument strings in; one MoveCall transaction out. Object
// arguments are ids: their current version is filled in, and a shared object becomes a Shared
// input (mutable unless the parameter is `&T`). Everything else is a Pure input typed by the
// parameter, with the type arguments substituted.

import { decodeModule } from '../../vm/bytecode/codec.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { isObjectParam, isReceiving, isTxContext, sigString } from './signature-types.js';
import type { TransactionDraft } from '../../vm/execution/chain.js';
import type { Argument, PureValue, TransactionInput } from '../../vm/execution/transaction.js';
import { parseType, typeString, TypeTagError } from '../../vm/execution/type-tags.js';
import type { RuntimeType } from '../../vm/runtime/types.js';
import type { ObjectRecord } from '../../vm/objects/object.js';
import { CliError, type Session } from './session.js';

export interface CallRequest {
  target: string;
  args: string[];
  typeArgs: string[];
  sender: string;
  gasBudget?: bigint;
}

function packageModule(pkg: ObjectRecord | undefined, name: string, target: string): CompiledModule {
  if (!pkg) throw new CliError(`no package ${target.split('::')[0]} in the store (publish it first, or check the id)`);
  if (pkg.data.kind !== 'package') throw new CliError(`${pkg.id} is an object, not a package`);
  const entry = pkg.data.modules.find(([n]) => n === name);
  if (!entry) throw new CliError(`package ${pkg.id} has no module ${name} (it has ${pkg.data.modules.map(([n]) => n).join(', ')})`);
  const d = decodeModule(entry[1]);
  if (!d.ok) throw new CliError(`module ${name} of ${pkg.id} does not decode: ${d.status.message}`);
  return d.module;
}

/** A command-line value as the JSON-ish pure value its type expects. */
function pureValue(text: string, type: RuntimeType, session: Session): PureValue {
  switch (type.kind) {
    case 'bool':
      if (text !== 'true' && text !== 'false') throw new CliError(`expected true or false, got ${text}`);
      return text === 'true';
    case 'address':
      return session.address(text);
    case 'vector':
      if (type.elem.kind === 'u8' && !text.startsWith('[')) {
        // Bytes as 0x-hex, or a text's UTF-8 bytes.
        if (/^0x([0-9a-fA-F]{2})*$/.test(text)) return Array.from({ length: (text.length - 2) / 2 }, (_, i) => String(parseInt(text.slice(2 + 2 * i, 4 + 2 * i), 16)));
        return Array.from(new TextEncoder().encode(text), (b) => String(b));
      }
      return jsonValue(text, type, session);
    case 'datatype':
      if (type.name === 'String') return text;
      if (type.name === 'ID') return session.address(text);
      if (type.name === 'Option') return text === 'none' || text === 'null' ? null : pureValue(text, type.args[0]!, session);
      return jsonValue(text, type, session);
    default:
      if (!/^(0x[0-9a-fA-F]+|\d+)$/.test(text)) throw new CliError(`expected an integer for ${type.kind}, got ${text}`);
      return text.startsWith('0x') ? BigInt(text).toString() : text;
  }
}

function jsonValue(text: string, type: RuntimeType, session: Session): PureValue {
  let v: unknown;
  try {
    // Integers stay strings, so u64 and larger keep every digit.
    v = JSON.parse(text.replace(/(?<![\w."])(\d+)(?![\w."])/g, '"$1"'));
  } catch {
    throw new CliError(`cannot read ${text} as a ${typeString(type)}`);
  }
  const walk = (x: unknown, t: RuntimeType): PureValue => {
    if (t.kind === 'vector') {
      if (!Array.isArray(x)) throw new CliError(`expected an array for ${typeString(t)}`);
      return x.map((y) => walk(y, t.elem));
    }
    if (x === null) return null;
    return pureValue(String(x), t, session);
  };
  return walk(v, type);
}

export function buildCall(session: Session, req: CallRequest): TransactionDraft {
  const parts = req.target.split('::');
  if (parts.length !== 3 || parts.some((p) => p === '')) throw new CliError(`expected PACKAGE::MODULE::FUNCTION, got ${req.target}`);
  const [pkgText, moduleName, fnName] = parts as [string, string, string];
  const pkgId = session.address(pkgText);
  const m = packageModule(session.chain.getObject(pkgId), moduleName, req.target);
  const handleIndex = m.functionHandles.findIndex((h) => h.module === 0 && h.name === fnName);
  const def = m.functions.find((f) => f.handle === handleIndex);
  if (handleIndex < 0 || !def) throw new CliError(`${moduleName} has no function ${fnName}`);
  const h = m.functionHandles[handleIndex]!;
  if (!def.entry && def.visibility !== 'public') throw new CliError(`${moduleName}::${fnName} is neither public nor entry, so no transaction can call it`);
  if (req.typeArgs.length !== h.typeParams.length) throw new CliError(`${fnName} takes ${h.typeParams.length} type argument(s), got ${req.typeArgs.length}`);
  const typeArgs = req.typeArgs.map((t) => {
    try {
      return typeString(parseType(t));
    } catch (e) {
      throw new CliError(`bad type argument ${t}: ${e instanceof TypeTagError ? e.message : String(e)}`);
    }
  });
  const params = h.params.filter((p, i) => !(i === h.params.length - 1 && isTxContext(m, p)));
  if (req.args.length !== params.length) throw new CliError(`${fnName} takes ${params.length} argument(s), got ${req.args.length}`);
  const inputs: TransactionInput[] = [];
  const args: Argument[] = params.map((p, i) => {
    const text = req.args[i]!;
    if (isObjectParam(m, p, h.typeParams) || isReceiving(m, p)) {
      const id = session.address(text);
      const obj = session.chain.getObject(id);
      if (!obj) throw new CliError(`argument ${i + 1}: no object ${text}`);
      if (isReceiving(m, p)) inputs.push({ Receiving: { id, version: obj.version } });
      else if (typeof obj.owner === 'object' && 'Shared' in obj.owner) inputs.push({ Shared: { id, mutable: !(typeof p !== 'string' && p[0] === 'ref') } });
      else inputs.push({ Object: { id, version: obj.version } });
    } else {
      const typeText = sigString(m, p, typeArgs);
      const type = parseType(typeText);
      inputs.push({ Pure: { type: typeString(type), value: pureValue(text, type, session) } });
    }
    return { Input: inputs.length - 1 };
  });
  const draft: TransactionDraft = { sender: req.sender, inputs, commands: [{ MoveCall: { package: pkgId, module: moduleName, function: fnName, typeArguments: typeArgs, arguments: args } }] };
  if (req.gasBudget !== undefined) draft.gasBudget = req.gasBudget;
  return draft;
}
