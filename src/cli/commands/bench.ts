import { Command } from 'commander';
import { ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../bench/options.js'),
  m1: () => import('../../bench/render.js'),
};

interface BenchFlags {
  model?: string[];
  runner?: string;
  baseline?: string;
  save?: string;
  trials?: string;
  duration?: string;
  warmup?: string;
  batch?: string;
  url?: string;
}

export function registerBenchCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('bench')
    .description('benchmark models (latency percentiles, throughput, RSS over repeated trials) and detect regressions against a baseline')
    .option('-m, --model <name...>', 'model(s) to benchmark (default: bench.models, else every ONNX model)')
    .option('--runner <runner>', 'onnx | http | command (default: bench.runner)')
    .option('--baseline <file|ref>', 'a stored report (*.json), a model file, or a git ref whose model is measured side by side')
    .option('--save <dir>', 'history folder: one JSON file per run plus index.json, pruned by age (default: bench.history.dir)')
    .option('--trials <n>', 'trials per model and batch size (default: bench.trials, 8)')
    .option('--duration <duration>', 'timed window per trial, e.g. 500ms, 2s (default: bench.duration, 1s)')
    .option('--warmup <duration>', 'warm-up before each trial (default: bench.warmup, 200ms)')
    .option('--batch <sizes>', 'batch sizes, comma-separated (default: bench.batchSizes, 1)')
    .option('--url <url>', 'endpoint of the http runner (default: bench.http.url)')
    .addHelpText(
      'after',
      `
Candidate and baseline trials run in pairs (order drawn at random in each pair); a regression is evidence
from a one-sided test on the per-pair ratios (bench.regression.test) AND a change of at least
bench.regression.minEffect. Exit code 1 when one is found, 3 when the trials cannot tell (inconclusive),
2 on a usage or configuration error.

Examples:
  $ modelship bench --model iris --trials 5 --duration 500ms
  $ modelship bench --baseline origin/main          # base commit's model measured beside this one
  $ modelship bench --baseline bench-main.json      # a stored report from the same machine type
  $ modelship bench --save .modelship/bench --format json`,
    )
    .action(async (flags: BenchFlags, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          const log = ctx.format === 'text' && !ctx.quiet ? (line: string) => ctx.err(line) : undefined;
          const outcome = await (await lazy.m0()).benchWithOptions(loaded, { ...flags, models: flags.model }, { cwd: ctx.cwd, env: ctx.env, log, progress: ctx.progress });
          const { report } = outcome;
          const text = [(await lazy.m1()).renderText(report), outcome.savedAs ? `saved: ${outcome.savedAs}${outcome.pruned.length ? ` (pruned ${outcome.pruned.length} old run(s))` : ''}` : ''].filter(Boolean).join('\n');
          const verdict = report.regressed ? ctx.style.fail('verdict: regression detected') : 'verdict: no regression';
          return {
            exitCode: report.verdict === 'fail' ? ExitCode.Failed : report.verdict === 'inconclusive' ? ExitCode.Inconclusive : ExitCode.Pass,
            json: { ...report, savedAs: outcome.savedAs },
            text: report.regressed ? text.replace('verdict: regression detected', verdict) : text,
            verdict,
            // -q on a regression: the comparisons that regressed, then the verdict.
            quietText: [...text.split('\n').filter((line) => line.startsWith('  REGRESSED')), verdict].join('\n'),
          };
        }),
      );
    });
}
