import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../core/config-file.js';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../score/index.js'),
};

interface ScoreOptions {
  root?: string;
  badge?: string;
  baseReport?: string;
  baseRef?: string;
  minimum?: string;
  explain?: boolean;
}

export function registerScoreCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('score')
    .description('score the project with the ML Test Score rubric (Breck et al., 2017)')
    .option('--root <dir>', 'repository root holding .github/ and the evidence (default: the configuration file\'s folder)')
    .option('--badge <file>', 'write an SVG badge of the score to FILE')
    .addOption(new Option('--base-report <file>', 'compare with a previous JSON report').conflicts('baseRef'))
    .option('--base-ref <ref>', 'compare with the score at a git ref (e.g. origin/main), read with git show')
    .option('--minimum <score>', 'fail (exit 1) below this score (overrides score.minimum)')
    .option('--explain', 'show, for each point, the exact evidence and every fact checked to count it')
    .addHelpText(
      'after',
      `
Without modelship.yml (and no --config) the repository is scored as it is, with no declared evidence:
0 for a bare repository, and the three cheapest next tests to raise it.

Exit codes: 0 at or above the minimum (or none set), 1 below it, 2 configuration or usage error.

Examples:
  $ modelship score
  $ modelship score --config examples/iris/modelship.yml --format json
  $ modelship score --base-ref origin/main --badge docs/ml-test-score.svg --minimum 2
  $ modelship score --explain                           # why each point counts`,
    )
    .action(async (opts: ScoreOptions, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          let minimum: number | undefined;
          if (opts.minimum !== undefined) {
            minimum = Number(opts.minimum);
            if (opts.minimum.trim() === '' || !Number.isFinite(minimum) || minimum < 0 || minimum > 7) {
              throw new ModelshipError(`--minimum is "${opts.minimum}", expected a number from 0 to 7`);
            }
          }
          // The first command a curious user runs: a repository without modelship.yml is scored, not refused.
          // A --config that names a missing file is still a usage error (exit 2).
          const configured = ctx.configOption !== undefined || existsSync(path.resolve(ctx.cwd, DEFAULT_CONFIG_FILE));
          const loaded = configured ? await ctx.loadConfig() : (await import('../../core/config.js')).unconfigured(ctx.cwd);
          const root = opts.root ? path.resolve(ctx.cwd, opts.root) : undefined;
          const report = await (await lazy.m0()).scoreProject({
            loaded,
            root,
            minimum,
            badge: opts.badge ? path.resolve(ctx.cwd, opts.badge) : undefined,
            baseReport: opts.baseReport ? path.resolve(ctx.cwd, opts.baseReport) : undefined,
            baseRef: opts.baseRef,
          });
          if (!configured) {
            report.findings.push({
              severity: 'note', code: 'no-config',
              message: `no ${DEFAULT_CONFIG_FILE} in ${ctx.cwd}: scored from what the repository holds (workflows, tests), with no declared evidence`,
              hint: `declare evidence under score.tests in ${DEFAULT_CONFIG_FILE} (docs/score.md)`,
            });
          }
          const { formatScore, renderText } = await lazy.m0();
          const text = renderText(report, ctx.style, ctx.cwd, { explain: opts.explain === true });
          const score = `ML Test Score ${formatScore(report.score)} / 7, band ${report.band}`;
          const verdict =
            report.minimum === null ? score : report.passed ? ctx.style.pass(`${score} meets the minimum ${formatScore(report.minimum)}`) : ctx.style.fail(`${score} is below the minimum ${formatScore(report.minimum)}`);
          return {
            exitCode: report.passed ? ExitCode.Pass : ExitCode.Failed,
            json: report,
            text: opts.badge ? `${text}\n${ctx.style.dim(`badge (${formatScore(report.score)}) written to ${opts.badge}`)}` : text,
            verdict,
            quietText: verdict,
          };
        }),
      );
    });
}
