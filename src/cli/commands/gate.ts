import { Command, Option } from 'commander';
import { ConfigError } from '../../core/errors.js';
import type { GateOptions } from '../../gate/request.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../gate/blessing.js'),
  m1: () => import('../../gate/render.js'),
  m2: () => import('../../gate/run.js'),
  m3: () => import('../../config-check/cross-check.js'),
  m4: () => import('../../gate/request.js'),
};


const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerGateCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('gate')
    .description('evaluate metric gates: bounds, change vs a baseline, slices, fairness gaps and statistics')
    .argument('[name]', 'the gate to evaluate (default: every gate in modelship.yml)')
    .addOption(new Option('--candidate <source>', 'candidate metrics: a file (json, yaml, csv, model card .md, MLflow run folder); repeat to merge').argParser(collect))
    .addOption(new Option('--baseline <source>', 'baseline metrics: a file, or FILE@REF for the file at a git ref (metrics.json@iris@v1.0.0 works: the split is at the first "@" after a path that exists); repeat to merge').argParser(collect))
    .option('--baseline-ref <ref>', 'read the baseline (or, when none is configured, the candidate files) as they are at this git ref')
    .option('--blessing <dir>', 'write a TFX-style blessing folder (BLESSED or NOT_BLESSED, blessing.json)')
    .option('--seed <n>', 'seed for bootstrap statistics (default: the gate\'s seed, 42)')
    .addHelpText(
      'after',
      `
Exit codes: 0 pass, 1 a check failed, 2 usage or configuration error, 3 inconclusive (nothing evaluated,
a source did not answer, or a weighted score in the marginal band).

Examples:
  $ modelship gate
  $ modelship gate quality --candidate models/v2/metrics.json --baseline models/v1/metrics.json
  $ modelship gate quality --baseline-ref origin/main --blessing out/blessing --format json`,
    )
    .action(async (name: string | undefined, opts: GateOptions, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          // Command-line paths are relative to where the user stands (src/gate/request.ts has the rules).
          const request = (await lazy.m4()).gateRequest(opts, {
            cwd: ctx.cwd,
            labels: { candidate: '--candidate', baseline: '--baseline', baselineRef: '--baseline-ref', seed: '--seed', blessing: '--blessing' },
          });
          // The same cross-check as `config check`: a file it rejects is never gated.
          const issues = await (await lazy.m3()).crossCheck(loaded);
          if (issues.length > 0) throw new ConfigError(issues);
          const run = await (await lazy.m2()).runGate(loaded, name, {
            ...request.overrides,
            // `baseline: {live: {environment}}` reads the local deployment state, loaded only when a gate asks.
            live: { metricsForLiveVersion: async (environment, model) => (await import('../../deploy/live-baseline.js')).liveBaselinesFromState(loaded).metricsForLiveVersion(environment, model) },
          });
          const blessing = request.blessingDir;
          if (blessing) await (await lazy.m0()).writeBlessing(blessing, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
          return {
            exitCode: run.exitCode,
            json: { verdict: run.verdict, checks: run.checks, gates: run.gates, blessing },
            text: (await lazy.m1()).renderText(run, ctx.style, ctx.quiet) + (blessing ? `\nblessing: ${blessing}/${run.verdict === 'pass' ? 'BLESSED' : 'NOT_BLESSED'}` : ''),
          };
        }),
      );
    });
}
