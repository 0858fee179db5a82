// `npm run bench`: runs every benchmark and prints one line per measurement, medians only.
// Machines are shared and noisy; compare ratios within one run, not absolute numbers across runs.

import { benchParse } from './parse.js';

const parse = benchParse();
console.log(`parse: ${parse.lines} lines, median ${parse.medianMs} ms -> ${parse.parseLinesPerSec.toLocaleString('en-US')} lines/s (lexer alone ${parse.lexLinesPerSec.toLocaleString('en-US')} lines/s)`);
