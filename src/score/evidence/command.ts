import { execFile } from 'node:child_process';
import { formatDuration } from '../../core/duration.js';
import type { CommandEvidenceConfig } from '../config.js';
import { notCredited, type CommandRunner, type EvidenceVerifier } from './verifier.js';

/** Variables that hold credentials: a configured command has no business reading them. */
const SECRET_ENV = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|GITHUB_TOKEN$|GH_TOKEN$)/;
/** Output kept for the `expect` check (the end is what reports usually print). */
const MAX_OUTPUT = 1024 * 1024;

/** Runs argv with execFile (never a shell), without the runner's credentials in its environment. */
export const runCommand: CommandRunner = (argv, { cwd, timeoutMs }) =>
  new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SECRET_ENV.test(k)));
    execFile(argv[0], argv.slice(1), { cwd, timeout: timeoutMs, env, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`.slice(-MAX_OUTPUT);
      if (!err) return resolve({ exitCode: 0, output });
      const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
      if (e.killed) return resolve({ exitCode: null, error: `timed out after ${formatDuration(timeoutMs)}` });
      if (typeof e.code === 'number') return resolve({ exitCode: e.code, output });
      resolve({ exitCode: null, error: e.code === 'ENOENT' ? `${argv[0]} was not found` : e.message });
    });
  });

/**
 * Why an `expect` pattern proves nothing, or undefined when it can: it must compile, must not match empty
 * output, and must not match the command line itself (`echo ok` with `expect: ok` checks nothing).
 */
export function weakExpectation(expect: string, argv: string[]): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(expect, 'm');
  } catch (err) {
    return `\`expect\` is not a regular expression: ${(err as Error).message}`;
  }
  if (re.test('') || re.test('\n')) return `\`expect: ${expect}\` matches empty output, so it checks nothing`;
  if (argv.slice(1).some((a) => re.test(a))) return `\`expect: ${expect}\` matches the command's own arguments: the command can print it without checking anything`;
  return undefined;
}

/**
 * A command that checks the test: it must exit 0 and print what `expect` matches (a report line, a JSON
 * field), so that what it proves is named. A bare argument array (`["true"]`) proves only that something
 * exited 0 and earns nothing. On the base ref (not checked out) commands do not run: the head's outcome for
 * the same command and expectation is reused, so the comparison stays fair.
 */
export const commandVerifier: EvidenceVerifier<string[] | CommandEvidenceConfig> = {
  kind: 'command',
  level: 'automated',
  async verify(config, ctx, keyPath, testId) {
    const argv = Array.isArray(config) ? config : config.run;
    const expect = Array.isArray(config) ? undefined : config.expect;
    const description = `command ${JSON.stringify(argv)}${expect !== undefined ? ` printing /${expect}/` : ''}`;
    const locate = ctx.settings.locate(keyPath);
    if (argv.length === 0 || argv[0].trim() === '') {
      return notCredited(description, 'the command is empty', [{ severity: 'error', code: 'evidence-command-empty', test: testId, message: `${testId}: automated.command is empty`, location: locate }]);
    }
    if (expect === undefined) {
      return notCredited(description, 'an exit code alone proves nothing: say what the output must show', [{
        severity: 'error', code: 'evidence-command-unchecked', test: testId,
        message: `${testId}: automated.command ${JSON.stringify(argv)} has no \`expect\`: its output is not checked, so it is no evidence`,
        location: locate, hint: `command: {run: ${JSON.stringify(argv)}, expect: "<a pattern its report prints, e.g. \\"passed\\": true>"}`,
      }]);
    }
    const weak = weakExpectation(expect, argv);
    if (weak) return notCredited(description, weak, [{ severity: 'error', code: 'evidence-command-unchecked', test: testId, message: `${testId}: ${weak}`, location: locate }]);
    const key = JSON.stringify([argv, expect]);
    if (!ctx.runCommand) {
      const known = ctx.commandOutcomes.get(key);
      if (known === undefined) return notCredited(description, `not run on ${ctx.repo.label} and not run on the working tree either`);
      return known ? { credited: true, description: `${description} (outcome of the working tree reused)`, findings: [], proof: [`on the working tree, ${JSON.stringify(argv)} exited 0 and printed a line matching /${expect}/`] } : notCredited(description, 'the command failed on the working tree');
    }
    const result = await ctx.runCommand(argv, { cwd: ctx.repo.root, timeoutMs: ctx.settings.commandTimeoutMs });
    const matched = result.exitCode === 0 ? new RegExp(expect, 'm').exec(result.output ?? '') : null;
    ctx.commandOutcomes.set(key, matched !== null);
    if (matched) {
      return { credited: true, description: `${description} exited 0`, findings: [], proof: [`${JSON.stringify(argv)} ran in the repository root, exited 0 and printed ${JSON.stringify(matched[0].slice(0, 200))}, which matches /${expect}/`] };
    }
    const problem = result.error ?? (result.exitCode !== 0 ? `it exited ${result.exitCode}` : `its output does not match /${expect}/`);
    return notCredited(description, problem, [{
      severity: result.error ? 'error' : 'warning', code: result.error ? 'evidence-command-error' : 'evidence-command-failed', test: testId,
      message: `${testId}: ${description} ${result.error ? `could not run: ${result.error}` : problem}`,
      location: locate,
    }]);
  },
};
