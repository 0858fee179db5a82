// `npm run bench`: runs every benchmark and prints one line per measurement, medians only.
// Machines are shared and noisy; compare ratios within one run, not absolute numbers across runs.
// Last comes the parallel-executor section (bench/parallel.ts); the whole run is then written to
// BENCHMARKS.md (bench/benchmarks-md.ts). DEED_BENCH_ROUNDS changes its rounds (default BENCH_ROUNDS, 5).

import { benchCompile, benchStdlib } from './compile.js';
import { benchParse } from './parse.js';

const fmt = (n: number) => n.toLocaleString('en-US');
const printed: string[] = [];
const say = (line: string): void => {
  console.log(line);
  printed.push(line);
};

const parse = benchParse();
say(`parse: ${parse.lines} lines, median ${parse.medianMs} ms -> ${fmt(parse.parseLinesPerSec)} lines/s (lexer alone ${fmt(parse.lexLinesPerSec)} lines/s)`);

const compile = benchCompile();
say(`compile (parse + names + typing + ownership, stdlib included): ${compile.lines} lines, median ${compile.medianMs} ms -> ${fmt(compile.linesPerSec)} lines/s (${compile.diagnostics} diagnostics)`);

const std = benchStdlib();
say(`stdlib compile in a fresh process: ${std.coldMs} ms parsing it, ${std.cachedMs} ms from the cache (${(std.coldMs / std.cachedMs).toFixed(1)}x); warm in-process ${std.warmMs} ms`);
for (const row of await (await import('./vm.js')).runVmBench()) say(`vm: ${row.name}: ${fmt(row.value)} ${row.unit}`);
for (const row of (await import('./interpreter.js')).benchInterpreter()) {
  say(`interpreter: ${row.workload}: ${fmt(row.instructions)} instructions in ${row.interpMs.toFixed(1)} ms -> ${fmt(row.instructionsPerSec)} instructions/s; hand-written TypeScript ${row.tsMs.toFixed(2)} ms (interpreter ${row.ratio.toFixed(1)}x slower)`);
}
for (const row of (await import('./store.js')).benchStores()) say(`store: ${row.name}: ${fmt(row.value)} ${row.unit}`);
for (const row of (await import('./transfer.js')).benchTransfers()) say(`execution: ${row.name}: ${fmt(row.value)} ${row.unit}`);

const { benchParallel, BENCH_ROUNDS } = await import('./parallel.js');
const { machineFacts, renderBenchmarksMd, writeBenchmarksMd } = await import('./benchmarks-md.js');
const rounds = Number(process.env['DEED_BENCH_ROUNDS'] ?? BENCH_ROUNDS);
const rows = await benchParallel({ rounds, log: (l) => console.log(l) });
for (const r of rows) {
  console.log(`parallel: ${r.workload} (${r.txs} txs): sequential ${fmt(Math.round(r.sequentialTps))}, 1 worker ${fmt(Math.round(r.worker1Tps))}, 2 workers ${fmt(Math.round(r.worker2Tps))} tx/s (2 vs 1: ${r.ratio2v1.toFixed(2)}x; cores busy ${r.worker1Cores.toFixed(2)} / ${r.worker2Cores.toFixed(2)}); 16 workers simulated ${fmt(Math.round(r.predicted.at(-1)?.tps ?? 0))} tx/s`);
}
console.log(`wrote ${writeBenchmarksMd(renderBenchmarksMd(rows, printed, machineFacts(), rounds))}`);
