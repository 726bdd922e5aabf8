import { runCli } from '../../src/cli/program.js';

/** Runs the CLI in-process with captured streams, as a user would from a shell. */
export async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}
