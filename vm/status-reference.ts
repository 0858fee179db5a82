// The VM status reference, generated from the four status tables: tables in, Markdown out.
// docs/VM_STATUS.md is this output; a test fails when the file is stale (`npm run docs`
// rewrites it) or when a code lies outside its range or is used twice.

import { DECODING_STATUSES } from './bytecode/decode-status.js';
import { EXECUTION_STATUSES } from './runtime/status.js';
import { INVARIANT_STATUSES, RANGES, type StatusInfo, type StatusRange } from './status.js';
import { VERIFICATION_STATUSES } from './verifier/status.js';

export interface StatusTable {
  range: StatusRange;
  title: string;
  /** Where the codes are defined, for readers of the docs. */
  source: string;
  intro: string;
  statuses: readonly StatusInfo[];
}

/** Every status table in range order. */
export function statusTables(): StatusTable[] {
  const list = (t: Record<string, StatusInfo>): StatusInfo[] => Object.values(t).sort((a, b) => a.code - b.code);
  return [
    { range: 'decoding', title: 'Decoding', source: 'vm/bytecode/decode-status.ts', intro: 'The bytes are not a module: the codec refuses them before anything else looks at them.', statuses: list(DECODING_STATUSES) },
    { range: 'verification', title: 'Verification', source: 'vm/verifier/status.ts', intro: 'The module decodes but breaks a safety rule; the verifier refuses to load or publish it.', statuses: list(VERIFICATION_STATUSES) },
    { range: 'invariant', title: 'Invariant violation', source: 'vm/status.ts', intro: 'An internal bug caught at run time. The module or transaction is refused; the process keeps running.', statuses: list(INVARIANT_STATUSES) },
    { range: 'execution', title: 'Execution', source: 'vm/runtime/status.ts', intro: 'How a run can stop other than by returning: aborts, arithmetic errors, gas, limits.', statuses: list(EXECUTION_STATUSES) },
  ];
}

export function renderStatusReference(): string {
  const out: string[] = [
    '# VM status codes',
    '',
    '<!-- Generated from the status tables in vm/ by `npm run docs`. Do not edit by hand. -->',
    '',
    'Every way the VM can refuse a module or stop a run is a numbered status. The range of a code',
    'tells a malformed module from a broken rule, an internal bug or a failed transaction.',
    '',
    '| range | kind | defined in |',
    '| --- | --- | --- |',
  ];
  const tables = statusTables();
  for (const t of tables) out.push(`| ${RANGES[t.range][0]}–${RANGES[t.range][1]} | ${t.title.toLowerCase()} | \`${t.source}\` |`);
  out.push('');
  for (const t of tables) {
    out.push(`## ${RANGES[t.range][0]}–${RANGES[t.range][1]}: ${t.title}`, '', t.intro, '');
    if (t.statuses.length === 0) {
      out.push('No codes yet.', '');
      continue;
    }
    out.push('| code | name | meaning |', '| --- | --- | --- |');
    for (const s of t.statuses) out.push(`| ${s.code} | \`${s.name}\` | ${s.doc.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}
