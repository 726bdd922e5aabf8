import { Command, CommanderError, Help, Option } from 'commander';
import type { CliIo } from './context.js';
import { VERSION } from '../generated/version.js';
import { COMMANDS } from './commands/index.js';

/** Parses argv, runs one command and resolves to its exit code (0 pass, 1 failed, 2 usage, 3 inconclusive). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('modelship')
    .description('Ship machine-learning models from GitHub: validate, score, benchmark, gate, version, release and deploy.')
    .version(VERSION, '-V, --version')
    .option('-c, --config <file>', 'configuration file (default: modelship.yml in the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-q, --quiet', 'print only failures and the verdict line (a passing command prints just its verdict)')
    .option('--no-color', 'no colour in text output (NO_COLOR is honoured too)')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `modelship --help` for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      `
Exit codes: 0 pass, 1 check failed, 2 usage or configuration error, 3 inconclusive.

Examples:
  $ modelship demo
  $ modelship config check --config examples/iris/modelship.yml`,
    );

  // Only the files of the commands argv names load (commander dispatches on a command's exact name, so that
  // name is one of argv's words); every other command is a stub carrying its usage term and summary from the
  // table, enough for `modelship --help` and for "did you mean" on a mistyped name.
  const words = new Set(argv);
  const registers = await Promise.all(COMMANDS.map((group) => (Object.keys(group.commands).some((name) => words.has(name)) ? group.load() : undefined)));
  const stubTerms = new Map<Command, string>();
  COMMANDS.forEach((group, i) => {
    const register = registers[i];
    if (register) register(program, io, (code) => (exitCode = code));
    else for (const [name, [term, summary]] of Object.entries(group.commands)) stubTerms.set(program.command(name).description(summary), term);
  });
  const plainHelp = new Help();
  program.configureHelp({ subcommandTerm: (cmd) => stubTerms.get(cmd) ?? plainHelp.subcommandTerm(cmd) });
  // Subcommands inherit overrides so their usage errors also exit 2 instead of killing the process.
  for (const cmd of allCommands(program)) cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    throw err;
  }
  return exitCode;
}

function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}
