// `npm run bench`: runs every benchmark and prints one line per measurement, medians only.
// Machines are shared and noisy; compare ratios within one run, not absolute numbers across runs.

import { benchCompile, benchStdlib } from './compile.js';
import { benchParse } from './parse.js';

const fmt = (n: number) => n.toLocaleString('en-US');

const parse = benchParse();
console.log(`parse: ${parse.lines} lines, median ${parse.medianMs} ms -> ${fmt(parse.parseLinesPerSec)} lines/s (lexer alone ${fmt(parse.lexLinesPerSec)} lines/s)`);

const compile = benchCompile();
console.log(`compile (parse + names + typing + ownership, stdlib included): ${compile.lines} lines, median ${compile.medianMs} ms -> ${fmt(compile.linesPerSec)} lines/s (${compile.diagnostics} diagnostics)`);

const std = benchStdlib();
console.log(`stdlib compile in a fresh process: ${std.coldMs} ms parsing it, ${std.cachedMs} ms from the cache (${(std.coldMs / std.cachedMs).toFixed(1)}x); warm in-process ${std.warmMs} ms`);
for (const row of await (await import('./vm.js')).runVmBench()) console.log(`vm: ${row.name}: ${fmt(row.value)} ${row.unit}`);
for (const row of (await import('./interpreter.js')).benchInterpreter()) {
  console.log(`interpreter: ${row.workload}: ${fmt(row.instructions)} instructions in ${row.interpMs.toFixed(1)} ms -> ${fmt(row.instructionsPerSec)} instructions/s; hand-written TypeScript ${row.tsMs.toFixed(2)} ms (interpreter ${row.ratio.toFixed(1)}x slower)`);
}
for (const row of (await import('./store.js')).benchStores()) console.log(`store: ${row.name}: ${fmt(row.value)} ${row.unit}`);
for (const row of (await import('./transfer.js')).benchTransfers()) console.log(`execution: ${row.name}: ${fmt(row.value)} ${row.unit}`);
