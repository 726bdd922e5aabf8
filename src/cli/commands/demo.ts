import { Command } from 'commander';
import { ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../demo/pipeline.js'),
};

export function registerDemoCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('demo')
    .description('run the whole pipeline on the bundled example project (examples/iris), on the embedded local environment')
    .option('--workdir <dir>', 'folder for the demo\'s copy of the example and its report (default: a new temporary folder)')
    .option('--example <dir>', 'example project to run on (default: examples/iris)')
    .addHelpText(
      'after',
      `
The example is copied first: your checkout is never changed. The report is written to <workdir>/report.md.

Examples:
  $ modelship demo
  $ modelship demo --workdir /tmp/demo --format json`,
    )
    .action(async (opts: { workdir?: string; example?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const narrate = ctx.format === 'text' && !ctx.quiet ? (line: string) => ctx.out(line) : () => {};
          const report = await (await lazy.m0()).runDemo({ workDir: opts.workdir, exampleDir: opts.example, log: narrate, progress: ctx.progress });
          const verdict = `${report.ok ? ctx.style.pass('demo complete') : ctx.style.fail('demo failed')}: ${report.steps.length} steps; report: ${report.reportPath}`;
          return {
            exitCode: report.ok ? ExitCode.Pass : ExitCode.Failed,
            json: report,
            text: `\n${verdict}`,
            verdict,
          };
        }),
      );
    });
}
