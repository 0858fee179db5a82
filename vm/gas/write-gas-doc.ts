// The gas reference. In: the cost tables of vm/gas/schedule.ts and the opcode table. Out: the
// markdown of docs/GAS.md (`gasReference()`), which `npm run docs` writes (cli/write-docs.ts);
// a test fails while the file is stale.

import type { GasClass } from '../bytecode/opcodes.js';
import { OPCODES } from '../bytecode/opcodes.js';
import { GAS_CLASSES, NATIVE_GAS } from './schedule.js';

export function gasReference(): string {
  const out: string[] = [
    '# Gas schedule',
    '',
    '<!-- Generated from vm/gas/schedule.ts by vm/gas/write-gas-doc.ts. Do not edit by hand. -->',
    '',
    'Every instruction and every native has a cost in abstract gas units. The interpreter charges',
    'the base cost of a straight run of instructions (a basic block) when control enters it, and',
    'the per-unit part where the work happens: per cell of a container value copied (`CopyLoc`,',
    '`LdConst`, `ReadRef`) or compared (`Eq`, `Neq`), per field packed or unpacked, per element of',
    '`VecPack`/`VecUnpack`. A cell is one primitive, or one container plus its contents. Natives',
    'charge their base cost first, then per byte as listed. When the budget cannot cover a charge',
    'the run stops with `OUT_OF_GAS`.',
    '',
    '## Instruction classes',
    '',
    '| class | base | per unit | instructions | meaning |',
    '| --- | ---: | ---: | --- | --- |',
  ];
  for (const [cls, cost] of Object.entries(GAS_CLASSES) as Array<[GasClass, (typeof GAS_CLASSES)[GasClass]]>) {
    const ops = OPCODES.filter((o) => o.gas === cls).map((o) => `\`${o.name}\``);
    out.push(`| ${cls} | ${cost.base} | ${cost.perByte ?? ''} | ${ops.join(', ')} | ${cost.doc} |`);
  }
  out.push('', '## Natives', '', '| native | base | per byte | meaning |', '| --- | ---: | ---: | --- |');
  for (const [name, cost] of Object.entries(NATIVE_GAS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(`| \`${name}\` | ${cost.base} | ${cost.perByte ?? ''} | ${cost.doc} |`);
  }
  out.push('');
  return out.join('\n');
}
