import type { Command } from 'commander';
import { ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

export function registerInitCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('init')
    .description('find the models in a repository and write a commented modelship.yml and the GitHub workflows')
    .argument('[dir]', 'the repository folder (default: the current folder)')
    .option('--dry-run', 'print the files instead of writing them')
    .option('--force', 'replace files that already exist')
    .option('--manifest', 'also write SHA256SUMS of the models, and check it in validate')
    .option('--no-workflows', 'do not write .github/workflows files')
    .addHelpText(
      'after',
      `
Models are found by content, not by file name; ONNX signatures are read from the files, metrics files and
model cards are taken from the model's folder. Existing files are never replaced without --force.

Exit codes: 0 written (or printed), 2 nothing written: no model found, or a file exists.

Examples:
  $ modelship init --dry-run
  $ modelship init --manifest`,
    )
    .action(async (dir: string | undefined, opts: { dryRun?: boolean; force?: boolean; manifest?: boolean; workflows?: boolean }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const { initRequest } = await import('../../init/request.js');
          const { initProject } = await import('../../init/run.js');
          const { renderInitText } = await import('../../init/render-result.js');
          const result = await initProject(initRequest({ ...opts, dir, config: ctx.configOption }, ctx.cwd));
          return { exitCode: ExitCode.Pass, json: result, text: renderInitText(result, ctx.style) };
        }),
      );
    });
}
