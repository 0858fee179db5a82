// Transactional scripts (`deed script`): the parser, the runner and the diff for `--check`.
// In: a script's text. Out: its deterministic output text (see runner.ts and README.md).

export { parseScript, type Task, type TaskCommand } from './parser.js';
export { runScript, type ScriptResult } from './runner.js';
export { lineDiff } from './diff.js';
