// The `deed` command line: argv in, an exit code out (0 success, 1 user error, 2 bad usage).
// Commands are registered here but their modules load only when they run, so `deed --help`
// stays fast: it never loads the compiler or the parser's grammar.

import { Command, CommanderError, InvalidArgumentError } from 'commander';

/** `--workers N`: a whole number from 1 to 64 (commander reports anything else as bad usage, exit 2). */
function workerCount(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 64) throw new InvalidArgumentError('expects a whole number from 1 to 64');
  return Number(v);
}

const VERSION = '0.1.0';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('deed')
    .description('Deed: a Move-style object-ownership smart-contract runtime')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('new')
    .description('create a package: Move.toml, sources/NAME.move, tests/NAME_tests.move')
    .argument('<name>', 'package name (letters, digits, `_`)')
    .action(async (name: string) => {
      const { newPackage } = await import('./commands/new.js');
      const result = newPackage(name, process.cwd());
      (result.ok ? process.stdout : process.stderr).write((result.ok ? '' : 'deed: ') + result.message + '\n');
      exitCode = result.ok ? 0 : 1;
    });

  program
    .command('build')
    .description('compile Move packages and report their diagnostics')
    .argument('[paths...]', 'package folders holding a Move.toml', ['.'])
    .option('--json', 'print one JSON object with every diagnostic instead of text')
    .option('--test', 'test mode: also compile tests/ and #[test_only] code')
    .action(async (paths: string[], opts: { json?: boolean; test?: boolean }) => {
      const { buildPackages, renderBuildText, buildJson } = await import('./commands/build.js');
      const report = buildPackages(paths, { test: opts.test ?? false, write: true });
      if (opts.json) {
        process.stdout.write(JSON.stringify(buildJson(report)) + '\n');
      } else {
        process.stderr.write(renderBuildText(report, { color: useColor(process.stderr) }));
      }
      exitCode = report.ok ? 0 : 1;
    });

  program
    .command('disasm')
    .description('print the bytecode listing of a compiled module (.mv)')
    .argument('<file>', 'a module file')
    .option('--json', 'print the decoded module as JSON (big integers as strings)')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { disasmFile } = await import('./commands/disasm.js');
      const result = disasmFile(file, { json: opts.json ?? false });
      if (result.ok) process.stdout.write(result.output);
      else process.stderr.write(`deed: ${result.message}\n`);
      exitCode = result.ok ? 0 : 1;
    });

  program
    .command('asm')
    .description('assemble a bytecode listing (the text `deed disasm` prints) into a module file')
    .argument('<file>', 'a listing, e.g. m.mvasm')
    .option('-o, --output <out>', 'the module file to write (default: FILE with its extension replaced by .mv)')
    .action(async (file: string, opts: { output?: string }) => {
      const { asmFile } = await import('./commands/asm.js');
      const result = asmFile(file, opts.output === undefined ? {} : { out: opts.output });
      if (result.ok) process.stdout.write(`wrote ${result.output} (${result.bytes} bytes)\n`);
      else process.stderr.write(result.errors.map((e) => e + '\n').join(''));
      exitCode = result.ok ? 0 : 1;
    });

  program
    .command('verify')
    .description('run the bytecode verifier on module files (.mv), verified together as one package')
    .argument('<files...>', 'module files')
    .option('--test', 'test mode: #[test] and #[test_only] functions may call init and make one-time witnesses')
    .action(async (files: string[], opts: { test?: boolean }) => {
      const { verifyFiles, renderVerdict } = await import('./commands/verify.js');
      const report = await verifyFiles(files, { test: opts.test ?? false });
      for (const v of report.verdicts) (v.ok ? process.stdout : process.stderr).write(renderVerdict(v) + '\n');
      exitCode = report.ok ? 0 : 1;
    });

  program
    .command('test')
    .description('run the #[test] functions of a package (test_scenario, #[expected_failure])')
    .argument('[path]', 'package folder holding a Move.toml', '.')
    .argument('[filter]', 'run only the tests whose name (0x0::module::function) contains this')
    .option('--gas-limit <units>', 'gas units each test may use (default 10000000)')
    .option('--workers <n>', 'worker threads (default: several when there are more than 32 tests)')
    .option('--list', 'list the tests instead of running them')
    .option('--json', 'print the results as one JSON object')
    .action(async (p: string, filter: string | undefined, opts: { gasLimit?: string; workers?: string; list?: boolean; json?: boolean }) => {
      const count = (v: string | undefined, what: string): number | undefined => {
        if (v === undefined) return undefined;
        if (!/^[0-9]+$/.test(v) || Number(v) < 1) throw new CommanderError(2, 'deed.usage', `${what} must be a positive integer`);
        return Number(v);
      };
      let gasLimit: number | undefined;
      let workers: number | undefined;
      try {
        gasLimit = count(opts.gasLimit, '--gas-limit');
        workers = count(opts.workers, '--workers');
      } catch (e) {
        process.stderr.write(`deed: ${(e as Error).message}\n`);
        exitCode = 2;
        return;
      }
      const { testArguments, testPackage, renderTestText, testJson } = await import('./commands/test.js');
      const args = testArguments(p, filter);
      const report = await testPackage(args.path, {
        ...(args.filter !== undefined ? { filter: args.filter } : {}),
        ...(gasLimit !== undefined ? { gasLimit } : {}),
        ...(workers !== undefined ? { workers } : {}),
        list: opts.list ?? false,
        color: useColor(process.stderr),
      });
      if (opts.json) process.stdout.write(JSON.stringify(testJson(report), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
      else {
        const out = renderTestText(report);
        process.stderr.write(out.stderr);
        process.stdout.write(out.stdout);
      }
      exitCode = report.ok ? 0 : 1;
    });

  program
    .command('explain')
    .description('explain a diagnostic code, e.g. `deed explain E01002`')
    .argument('<code>', 'a diagnostic code')
    .action(async (code: string) => {
      const { explain } = await import('../compiler/diagnostics/reference.js');
      const text = explain(code);
      if (text) process.stdout.write(text);
      else {
        process.stderr.write(`deed: unknown diagnostic code \`${code}\` (codes look like E01002 or W11001)\n`);
        exitCode = 1;
      }
    });

  program
    .command('script')
    .description('run a transactional script (//# init, publish, run, programmable, view-object, next-epoch) on a fresh in-memory chain')
    .argument('<file>', 'the script, a .move file')
    .option('--check', 'compare the output with the expected output (x.move -> x.exp); exit 1 with a diff if it differs')
    .option('--update', 'write the output to the expected-output file')
    .action(async (file: string, opts: { check?: boolean; update?: boolean }) => {
      const { scriptCommand } = await import('./commands/script.js');
      const r = scriptCommand(file, opts);
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      exitCode = r.code;
    });

  // --- the local chain (SPEC §5): the store and keystore live in --store DIR, DEED_STORE or .deed/
  type ChainCmd = import('./commands/chain.js').CommandOutput;
  const runChain = async (json: boolean | undefined, f: (c: typeof import('./commands/chain.js')) => ChainCmd | Promise<ChainCmd>): Promise<void> => {
    const c = await import('./commands/chain.js');
    try {
      const out = await f(c);
      if (json) process.stdout.write(JSON.stringify(out.json, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
      else (out.ok ? process.stdout : process.stderr).write(out.text);
      exitCode = out.ok ? 0 : 1;
    } catch (e) {
      const user = e instanceof c.CliError || (e instanceof Error && e.name === 'StoreError') || (e instanceof Error && e.name === 'KeystoreError');
      if (!user) throw e;
      if (json) process.stdout.write(JSON.stringify({ ok: false, error: (e as Error).message }) + '\n');
      process.stderr.write(`deed: ${(e as Error).message}\n`);
      exitCode = 1;
    }
  };
  const storeOption = (cmd: Command): Command => cmd.option('--store <dir>', 'the local chain folder (default: $DEED_STORE or .deed)').option('--json', 'print JSON');
  type ChainOpts = { store?: string; json?: boolean; sender?: string; gasBudget?: string };

  const keys = program.command('keys').description('manage the ed25519 keys of the local chain');
  storeOption(keys.command('new').description('create a key (the first one becomes the active sender)').option('--alias <name>', 'a name to use instead of the address'))
    .action(async (o: ChainOpts & { alias?: string }) => runChain(o.json, (c) => c.keysNew(o)));
  storeOption(keys.command('list').description('list the keys, their addresses and SUI balances')).action(async (o: ChainOpts) => runChain(o.json, (c) => c.keysList(o)));

  storeOption(program.command('faucet').description('mint a SUI gas coin on the local chain').argument('[address]', 'recipient address or key alias (default: the active key)').option('--amount <mist>', 'amount in MIST (default 100 SUI)'))
    .action(async (address: string | undefined, o: ChainOpts & { amount?: string }) => runChain(o.json, (c) => c.faucet({ ...o, ...(address !== undefined ? { address } : {}) })));

  const txOptions = (cmd: Command): Command => storeOption(cmd).option('--sender <key>', 'the signing key: address or alias (default: the active key)').option('--gas-budget <mist>', 'gas budget in MIST');
  txOptions(program.command('publish').description('build a package and publish it; prints the package id and the effects').argument('[path]', 'package folder', '.'))
    .action(async (p: string, o: ChainOpts) => runChain(o.json, (c) => c.publish({ ...o, path: p })));
  txOptions(program.command('call').description('call an entry or public function in one transaction').argument('<target>', 'PACKAGE::MODULE::FUNCTION').option('--args <values...>', 'arguments: values, addresses or key aliases, object ids').option('--type-args <types...>', 'type arguments, e.g. 0x2::sui::SUI'))
    .action(async (target: string, o: ChainOpts & { args?: string[]; typeArgs?: string[] }) => runChain(o.json, (c) => c.call({ ...o, target })));
  txOptions(program.command('ptb').description('run a programmable transaction given as JSON (see README)').argument('<file>', 'the transaction, a .json file'))
    .action(async (file: string, o: ChainOpts) => runChain(o.json, (c) => c.ptb({ ...o, file })));
  txOptions(
    program
      .command('exec')
      .description('run a batch of transactions (JSON Lines, one `deed ptb` transaction per line) through the fast path and consensus commits on the parallel executor; prints each one\'s status and the statistics')
      .argument('<file>', 'the batch, a .jsonl file')
      .option('--workers <n>', 'threads that execute, the main one included (1 to 64; default: the CPU count, at most 8)', workerCount)
      .option('--sequential', 'run the in-process sequential executor instead (the same results)'),
  ).action(async (file: string, o: ChainOpts & { workers?: number; sequential?: boolean }) => {
    const { exec } = await import('./commands/exec.js');
    await runChain(o.json, () => exec({ ...o, file }));
  });
  storeOption(program.command('object').description('show a live object').argument('<id>', 'object id'))
    .action(async (id: string, o: ChainOpts) => runChain(o.json, (c) => c.object({ ...o, id })));
  storeOption(program.command('objects').description('list the objects an address owns').option('--owner <address>', 'address or key alias (default: the active key)'))
    .action(async (o: ChainOpts & { owner?: string }) => runChain(o.json, (c) => c.objects(o)));
  storeOption(program.command('demo').description('a tour of the local chain: a key, gas, publish examples/counter, call it (what `npm start` runs)'))
    .action(async (o: ChainOpts) => {
      const { demo } = await import('./commands/demo.js');
      await runChain(o.json, () => demo(o));
    });
  storeOption(program.command('tx').description('show a committed transaction\'s effects').argument('<digest>', 'transaction digest'))
    .action(async (digest: string, o: ChainOpts) => runChain(o.json, (c) => c.tx({ ...o, digest })));

  program
    .command('bench')
    .description('run a benchmark workload on a fresh store and report its throughput (see README: deed bench)')
    .option('--workload <name>', 'transfers, nft-mint, counter-hot, counters, mixed or amm (default transfers)')
    .option('--txs <n>', 'transactions in the batch (default 1000)')
    .option('--workers <n>', 'threads that execute, the main one included (default: the CPU count)')
    .option('--seed <s>', 'seed of the genesis and the batch (default 1)')
    .option('--shared-ratio <r>', 'mixed: fraction of shared-counter transactions (default 0.1)')
    .option('--counters <k>', 'counters, mixed: shared counters (default 16)')
    .option('--pools <p>', 'amm: shared pools (default 4)')
    .option('--accounts <n>', 'accounts the transactions are spread over (default 64)')
    .option('--store <kind>', 'memory or lmdb (default lmdb, in a temporary folder deleted afterwards)')
    .option('--sequential', 'run the sequential executor instead of the parallel one')
    .option('--emit <file>', 'also write the batch with its genesis as JSON Lines, for `deed exec FILE`')
    .option('--json', 'print one JSON object')
    .action(async (o: import('./commands/bench.js').BenchOptions) => {
      exitCode = await (await import('./commands/bench.js')).runBenchCommand(o);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; anything else commander rejects is bad usage.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    process.stderr.write(`deed: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  return exitCode;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && !process.env['NO_COLOR'];
}
