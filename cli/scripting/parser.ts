// Transactional scripts, parsed. In: the text of a `.move` script. Out: its tasks in file order,
// numbered from 0, each with its line range, the `//#` line as written and either the command
// (options read, values parsed, `//>` commands parsed, publish source kept) or the reason it
// cannot run. Pure: no I/O, no chain; names (accounts, packages, objects) are resolved by the
// runner. A bad task does not stop the parse: every task reports on its own.
//
//   script  := preamble? task*          lines before the first `//#` are ignored
//   task    := '//#' NAME options NL body
//   body    := lines up to the next `//#`: Move source for publish, `//>` lines for
//              programmable, otherwise only blank lines and `//` comments

import { parseCommands, type PtbCommand } from './ptb-syntax.js';
import { parseValue, splitWords, ValueSyntaxError, type ArgValue } from './values-syntax.js';

export type TaskCommand =
  | { kind: 'init'; accounts: string[]; addresses: Array<[string, string]> }
  | { kind: 'publish'; sender?: string; gasBudget?: bigint; sourceLines: Array<{ line: number; text: string }> }
  | { kind: 'run'; target: string; sender?: string; gasBudget?: bigint; args: ArgValue[]; typeArgs: string[] }
  | { kind: 'programmable'; sender?: string; gasBudget?: bigint; inputs: ArgValue[]; commands: PtbCommand[] }
  | { kind: 'view-object'; task: number; index: number }
  | { kind: 'next-epoch' };

export interface Task {
  /** 0-based, in file order. */
  index: number;
  /** 1-based lines of the `//#` line and of the task's last non-blank line. */
  startLine: number;
  endLine: number;
  /** The `//#` line, trimmed. */
  header: string;
  command: TaskCommand | { kind: 'error'; line: number; message: string };
}

const COMMANDS = ['init', 'publish', 'run', 'programmable', 'view-object', 'next-epoch'] as const;

/** Which options each command takes, and whether they take one value or a list. */
const OPTIONS: Record<(typeof COMMANDS)[number], Record<string, 'one' | 'list'>> = {
  init: { accounts: 'list', addresses: 'list' },
  publish: { sender: 'one', 'gas-budget': 'one' },
  run: { sender: 'one', 'gas-budget': 'one', args: 'list', 'type-args': 'list' },
  programmable: { sender: 'one', 'gas-budget': 'one', inputs: 'list' },
  'view-object': {},
  'next-epoch': {},
};

class TaskError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function options(name: (typeof COMMANDS)[number], words: string[], line: number): { positional: string[]; opts: Map<string, string[]> } {
  const allowed = OPTIONS[name];
  const positional: string[] = [];
  const opts = new Map<string, string[]>();
  let current: string | undefined;
  for (const w of words) {
    if (w.startsWith('--')) {
      const o = w.slice(2);
      if (!(o in allowed)) {
        const known = Object.keys(allowed);
        throw new TaskError(line, `\`${name}\` has no option --${o}${known.length ? ` (it takes ${known.map((k) => `--${k}`).join(', ')})` : ' (it takes no options)'}`);
      }
      if (opts.has(o)) throw new TaskError(line, `--${o} is given twice`);
      opts.set(o, []);
      current = o;
    } else if (current === undefined) positional.push(w);
    else {
      const vs = opts.get(current)!;
      if (allowed[current] === 'one' && vs.length === 1) throw new TaskError(line, `--${current} takes one value, got \`${vs[0]} ${w}\``);
      vs.push(w);
    }
  }
  for (const [o, vs] of opts) if (vs.length === 0 && allowed[o] === 'one') throw new TaskError(line, `--${o} needs a value`);
  return { positional, opts };
}

function one(opts: Map<string, string[]>, name: string): string | undefined {
  return opts.get(name)?.[0];
}

function gasBudget(opts: Map<string, string[]>, line: number): { gasBudget?: bigint } {
  const g = one(opts, 'gas-budget');
  if (g === undefined) return {};
  if (!/^[0-9]+$/.test(g)) throw new TaskError(line, `--gas-budget expects a whole number of MIST, got ${g}`);
  return { gasBudget: BigInt(g) };
}

function sender(opts: Map<string, string[]>): { sender?: string } {
  const s = one(opts, 'sender');
  return s === undefined ? {} : { sender: s };
}

function values(words: string[], line: number): ArgValue[] {
  return words.map((w) => {
    try {
      return parseValue(w);
    } catch (e) {
      if (e instanceof ValueSyntaxError) throw new TaskError(line, e.message);
      throw e;
    }
  });
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Body lines other than publish's must be blank or `//` comments (a stray line is a mistake). */
function onlyComments(body: Array<{ line: number; text: string }>, name: string): void {
  for (const b of body) {
    const t = b.text.trim();
    if (t === '' || (t.startsWith('//') && !t.startsWith('//>'))) continue;
    throw new TaskError(b.line, t.startsWith('//>') ? `\`//>\` lines belong to \`//# programmable\`, not \`//# ${name}\`` : `unexpected text after \`//# ${name}\`: \`${t}\` (only comments may follow it)`);
  }
}

function command(header: string, line: number, body: Array<{ line: number; text: string }>): TaskCommand {
  const words = splitWords(header.slice(3).trim());
  const name = words[0] ?? '';
  if (!(COMMANDS as readonly string[]).includes(name)) throw new TaskError(line, name === '' ? '`//#` without a command' : `unknown command \`${name}\` (expected one of ${COMMANDS.join(', ')})`);
  const cmd = name as (typeof COMMANDS)[number];
  const { positional, opts } = options(cmd, words.slice(1), line);
  const noPositional = (): void => {
    if (positional.length > 0) throw new TaskError(line, `unexpected \`${positional.join(' ')}\` after \`${cmd}\``);
  };
  if (cmd !== 'publish' && cmd !== 'programmable') onlyComments(body, cmd);
  switch (cmd) {
    case 'init': {
      noPositional();
      const accounts = opts.get('accounts') ?? [];
      for (const a of accounts) if (!NAME.test(a)) throw new TaskError(line, `account name \`${a}\` is not an identifier`);
      if (new Set(accounts).size !== accounts.length) throw new TaskError(line, 'an account is named twice');
      const addresses = (opts.get('addresses') ?? []).map((w): [string, string] => {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(0x[0-9a-fA-F]{1,64})$/.exec(w);
        if (!m) throw new TaskError(line, `--addresses expects NAME=0xADDRESS, got \`${w}\``);
        return [m[1]!, m[2]!];
      });
      return { kind: 'init', accounts, addresses };
    }
    case 'publish': {
      noPositional();
      return { kind: 'publish', ...sender(opts), ...gasBudget(opts, line), sourceLines: body };
    }
    case 'run': {
      if (positional.length !== 1) throw new TaskError(line, '`run` takes one target, ADDRESS::MODULE::FUNCTION');
      const target = positional[0]!;
      if (!/^[A-Za-z_0-9]+::[A-Za-z_]\w*::[A-Za-z_]\w*$/.test(target)) throw new TaskError(line, `expected ADDRESS::MODULE::FUNCTION, got \`${target}\``);
      return { kind: 'run', target, ...sender(opts), ...gasBudget(opts, line), args: values(opts.get('args') ?? [], line), typeArgs: opts.get('type-args') ?? [] };
    }
    case 'programmable': {
      noPositional();
      for (const b of body) {
        const t = b.text.trim();
        if (t !== '' && !t.startsWith('//')) throw new TaskError(b.line, `unexpected text in a programmable transaction: \`${t}\` (commands go on \`//>\` lines)`);
      }
      const lines = body.filter((b) => b.text.trim().startsWith('//>'));
      if (lines.length === 0) throw new TaskError(line, 'a programmable transaction needs `//>` command lines');
      let commands: PtbCommand[];
      const joined = lines.map((b) => b.text.trim().slice(3)).join('\n');
      try {
        commands = parseCommands(joined);
      } catch (e) {
        if (!(e instanceof ValueSyntaxError)) throw e;
        // The joined text has one line per `//>` line: its newlines before the fault say which.
        const at = e.offset === undefined ? 0 : joined.slice(0, e.offset).split('\n').length - 1;
        throw new TaskError(lines[Math.min(at, lines.length - 1)]!.line, `in the \`//>\` commands: ${e.message}`);
      }
      return { kind: 'programmable', ...sender(opts), ...gasBudget(opts, line), inputs: values(opts.get('inputs') ?? [], line), commands };
    }
    case 'view-object': {
      const m = positional.length === 1 ? /^(?:object\()?([0-9]+)\s*,\s*([0-9]+)\)?$/.exec(positional[0]!) : null;
      if (!m) throw new TaskError(line, '`view-object` takes an object as TASK,INDEX (e.g. `//# view-object 2,0`)');
      return { kind: 'view-object', task: Number(m[1]), index: Number(m[2]) };
    }
    case 'next-epoch':
      noPositional();
      return { kind: 'next-epoch' };
  }
}

/** Parses a script into tasks. Never throws on bad input: a bad task carries its error. */
export function parseScript(text: string): Task[] {
  const lines = text.split(/\r?\n/);
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (l.trimStart().startsWith('//#')) starts.push(i);
  });
  return starts.map((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]! : lines.length;
    const body = lines.slice(start + 1, end).map((t, i) => ({ line: start + 2 + i, text: t }));
    let last = end - 1;
    while (last > start && lines[last]!.trim() === '') last--;
    const header = lines[start]!.trim();
    let cmd: Task['command'];
    try {
      cmd = command(header, start + 1, body);
    } catch (e) {
      if (!(e instanceof TaskError)) throw e;
      cmd = { kind: 'error', line: e.line, message: e.message };
    }
    return { index, startLine: start + 1, endLine: last + 1, header, command: cmd };
  });
}
