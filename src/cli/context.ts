import path from 'node:path';
import type { Command } from 'commander';
import type { LoadedConfig } from '../core/config.js';
import { DEFAULT_CONFIG_FILE } from '../core/config-file.js';
import { describeError, ExitCode, exitCodeOf, ModelshipError } from '../core/errors.js';
import { silentProgress } from '../core/progress.js';
import { terminalProgress, type ProgressStream, type TerminalProgress } from './progress.js';
import { createStyle, type Style } from './style.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** What every command gets: the global options, the streams, and a way to load the configuration. */
export interface CliContext {
  format: OutputFormat;
  quiet: boolean;
  style: Style;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The `--config` value, or undefined when defaulted. */
  configOption?: string;
  out(text: string): void;
  err(text: string): void;
  /** Progress of long work, drawn on stderr when it is a terminal and the output is text; silent otherwise. */
  progress: TerminalProgress;
  /** Settles when `progress` can draw (its library loaded, on a terminal); `execute` waits for it. */
  progressReady: Promise<void>;
  /** Loads `--config` (default modelship.yml in cwd). */
  loadConfig(): Promise<LoadedConfig>;
}

/** What a command returns: the exit code, the machine-readable result, and the text for people. */
export interface CommandOutcome {
  exitCode: ExitCode;
  json: unknown;
  text: string;
  /**
   * The line that says how the run ended (`pass: 3 file(s) validated`, `DEPLOYED: ...`). Under `-q` a
   * passing run prints only this; the default is the last line of `text`, where most reports end.
   */
  verdict?: string;
  /** What `-q` prints when the run did not pass: the failures and the verdict (default: the whole text). */
  quietText?: string;
  /** SARIF document, for commands that support `--format sarif`. */
  sarif?: unknown;
}

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Where progress bars go (process.stderr); shown only when it is a terminal. */
  progressStream?: ProgressStream;
}

interface GlobalOptions {
  config?: string;
  format?: string;
  quiet?: boolean;
  color?: boolean;
}

export function contextFor(command: Command, io: CliIo): CliContext {
  const opts = command.optsWithGlobals() as GlobalOptions;
  const format = (opts.format ?? 'text') as OutputFormat;
  const colorWanted = opts.color !== false && io.env.NO_COLOR === undefined && io.isTTY;
  const configOption = opts.config;
  // Not under --format json/sarif or -q: only text for people waiting at a terminal gets a bar. The bar's
  // library loads in the background; `execute` waits for it before the command's body runs.
  let bar: TerminalProgress = { ...silentProgress, clear() {} };
  const progressReady = terminalProgress(io.progressStream, format === 'text' && opts.quiet !== true).then((loaded) => {
    bar = loaded;
  });
  const progress: TerminalProgress = {
    start: (label, total, unit) => bar.start(label, total, unit),
    update: (done, note) => bar.update(done, note),
    stop: () => bar.stop(),
    clear: () => bar.clear(),
  };
  return {
    format,
    quiet: opts.quiet === true,
    style: createStyle(colorWanted),
    cwd: io.cwd,
    env: io.env,
    configOption,
    out: (t) => {
      progress.clear();
      io.stdout(t.endsWith('\n') ? t : `${t}\n`);
    },
    err: (t) => {
      progress.clear();
      io.stderr(t.endsWith('\n') ? t : `${t}\n`);
    },
    progress,
    progressReady,
    // The parser (YAML + schema validator) loads with the first command that needs it.
    loadConfig: async () => (await import('../core/config.js')).loadConfig(path.resolve(io.cwd, configOption ?? DEFAULT_CONFIG_FILE), { env: io.env }),
  };
}

/**
 * Runs a command body and turns its outcome, or what it threw, into output and an exit code.
 * JSON goes to stdout; messages for people about errors go to stderr.
 */
export async function execute(
  ctx: CliContext,
  body: () => Promise<CommandOutcome>,
  options: { sarif?: boolean } = {},
): Promise<ExitCode> {
  try {
    await ctx.progressReady;
    if (ctx.format === 'sarif' && !options.sarif) {
      throw new ModelshipError('--format sarif is only available for `modelship validate`', { hint: 'use --format text or --format json' });
    }
    const outcome = await body();
    if (ctx.format === 'json') ctx.out(JSON.stringify(outcome.json, null, 2));
    else if (ctx.format === 'sarif') ctx.out(JSON.stringify(outcome.sarif, null, 2));
    else if (!ctx.quiet) ctx.out(outcome.text);
    // -q: "only failures and the final verdict". A pass still says it passed: silence is not an answer.
    else if (outcome.exitCode === ExitCode.Pass) ctx.out(outcome.verdict ?? lastLine(outcome.text));
    else ctx.out(outcome.quietText ?? outcome.text);
    return outcome.exitCode;
  } catch (err) {
    const code = exitCodeOf(err);
    ctx.err(`${ctx.style.red('error')}: ${describeError(err)}`);
    if (code !== ExitCode.Usage && ctx.env.MODELSHIP_DEBUG && err instanceof Error && err.stack) ctx.err(err.stack);
    return code;
  } finally {
    // A bar left running would hold the process open; the domain stops its own, this is the backstop.
    ctx.progress.stop();
  }
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}
