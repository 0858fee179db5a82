// `npm run docs`: writes docs/DIAGNOSTICS.md (relative to the working directory, which npm
// sets to the project root) from the code table.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderReference } from './reference.js';

writeFileSync(resolve(process.cwd(), 'docs/DIAGNOSTICS.md'), renderReference());
