// Prints how long the first compile of the standard library takes in a fresh process
// (parser construction included): the cold half of bench/compile.ts's stdlib measurement.
import { compileSources } from '../compiler/index.js';

const t = performance.now();
compileSources([], { std: true, sui: true });
process.stdout.write(`${performance.now() - t}\n`);
