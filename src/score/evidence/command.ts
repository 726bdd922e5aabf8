import { execFile } from 'node:child_process';
import { formatDuration } from '../../core/duration.js';
import { notCredited, type CommandRunner, type EvidenceVerifier } from './verifier.js';

/** Variables that hold credentials: a configured command has no business reading them. */
const SECRET_ENV = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|GITHUB_TOKEN$|GH_TOKEN$)/;

/** Runs argv with execFile (never a shell), without the runner's credentials in its environment. */
export const runCommand: CommandRunner = (argv, { cwd, timeoutMs }) =>
  new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SECRET_ENV.test(k)));
    execFile(argv[0], argv.slice(1), { cwd, timeout: timeoutMs, env, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err) => {
      if (!err) return resolve({ exitCode: 0 });
      const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
      if (e.killed) return resolve({ exitCode: null, error: `timed out after ${formatDuration(timeoutMs)}` });
      if (typeof e.code === 'number') return resolve({ exitCode: e.code });
      resolve({ exitCode: null, error: e.code === 'ENOENT' ? `${argv[0]} was not found` : e.message });
    });
  });

/**
 * A command that checks the test and exits 0 when it holds. On the base ref (not checked out) commands do
 * not run: the head's outcome for the same argument array is reused, so the comparison stays fair.
 */
export const commandVerifier: EvidenceVerifier<string[]> = {
  kind: 'command',
  level: 'automated',
  async verify(argv, ctx, keyPath, testId) {
    const description = `command ${JSON.stringify(argv)}`;
    const key = JSON.stringify(argv);
    if (argv.length === 0 || argv[0].trim() === '') {
      return notCredited(description, 'the command is empty', [{ severity: 'error', code: 'evidence-command-empty', test: testId, message: `${testId}: automated.command is empty`, location: ctx.settings.locate(keyPath) }]);
    }
    if (!ctx.runCommand) {
      const known = ctx.commandOutcomes.get(key);
      if (known === undefined) return notCredited(description, `not run on ${ctx.repo.label} and not run on the working tree either`);
      return known ? { credited: true, description: `${description} (outcome of the working tree reused)`, findings: [] } : notCredited(description, 'the command failed on the working tree');
    }
    const result = await ctx.runCommand(argv, { cwd: ctx.repo.root, timeoutMs: ctx.settings.commandTimeoutMs });
    ctx.commandOutcomes.set(key, result.exitCode === 0);
    if (result.exitCode === 0) return { credited: true, description: `${description} exited 0`, findings: [] };
    const problem = result.error ?? `it exited ${result.exitCode}`;
    return notCredited(description, problem, [{
      severity: result.error ? 'error' : 'warning', code: result.error ? 'evidence-command-error' : 'evidence-command-failed', test: testId,
      message: `${testId}: ${description} ${result.error ? `could not run: ${result.error}` : `exited ${result.exitCode}`}`,
      location: ctx.settings.locate(keyPath),
    }]);
  },
};
