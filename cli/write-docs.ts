// `npm run docs`: writes the generated references into docs/ (relative to the working directory,
// which npm sets to the project root): DIAGNOSTICS.md from the compiler's code table, BYTECODE.md
// from the opcode table and codec layout, VM_STATUS.md from the VM status tables, GAS.md from the
// gas schedule. It lives in cli/
// because only cli/ may import both compiler/ and vm/.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReference } from '../compiler/diagnostics/reference.js';
import { renderBytecodeReference } from '../vm/bytecode/reference.js';
import { renderStatusReference } from '../vm/status-reference.js';
import { gasReference } from '../vm/gas/write-gas-doc.js';

const docs: Array<[string, () => string]> = [
  ['docs/DIAGNOSTICS.md', renderReference],
  ['docs/BYTECODE.md', renderBytecodeReference],
  ['docs/VM_STATUS.md', renderStatusReference],
  ['docs/GAS.md', gasReference],
];
for (const [file, render] of docs) writeFileSync(resolve(process.cwd(), file), render());
