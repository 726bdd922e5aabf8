#!/usr/bin/env node
import { versionOnly } from './version-only.js';

const argv = process.argv.slice(2);
const version = versionOnly(argv);
if (version !== undefined) {
  process.stdout.write(version);
} else {
  // The command tree loads only when a command runs, so `--version` starts at the cost of bare node.
  const { runCli } = await import('./program.js');
  process.exitCode = await runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    progressStream: process.stderr,
  });
}
