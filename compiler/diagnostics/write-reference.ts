// `npm run docs`: writes docs/DIAGNOSTICS.md from the code table.
import { writeFileSync } from 'node:fs';
import { renderReference } from './reference.js';

writeFileSync(new URL('../../../docs/DIAGNOSTICS.md', import.meta.url), renderReference());
