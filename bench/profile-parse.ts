// Profiling aid: parses the generated benchmark source a few times so `node --cpu-prof` can
// show where parsing time goes. Not part of `npm run bench`.
import { SourceFile } from '../compiler/diagnostics/source.js';
import { parseFile } from '../compiler/parser/index.js';
import { generateSource } from './parse.js';

const file = new SourceFile('big.move', generateSource(Number(process.argv[2] ?? 20_000)));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  parseFile(file);
  console.log(`run ${i}: ${Math.round(performance.now() - t)} ms`);
}
