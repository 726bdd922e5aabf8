import type { Command } from 'commander';
import { ExitCode } from '../../core/errors.js';
import type { OptimizeOptions } from '../../optimize/request.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime.
const lazy = {
  request: () => import('../../optimize/request.js'),
  run: () => import('../../optimize/run.js'),
  render: () => import('../../optimize/render.js'),
};

export function registerOptimizeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('optimize')
    .description('write optimised ONNX variants (onnxruntime graph optimisation, float16, int8 weights) and measure them against the original')
    .argument('<model>', 'a model of modelship.yml, or an .onnx file')
    .option('-o, --out <dir>', 'where the variants go: <dir>/<variant>/model.onnx + metrics.json, <dir>/report.json (default .modelship/optimize/<model>)')
    .option('--variants <list>', 'graph, fp16, int8 (comma-separated; default all three)')
    .option('--graph-level <level>', 'onnxruntime optimisation level of the graph variant: basic (portable, default), extended, all (this CPU only)')
    .option('--fp16-block <ops>', 'op types kept in float32 besides the built-in block list (comma-separated)')
    .option('--int8-ops <ops>', 'op types whose weights are quantized (default MatMul,Gemm,Conv)')
    .option('--int8-exclude <names>', 'node names or op types never quantized (comma-separated)')
    .option('--per-tensor', 'one int8 scale per weight instead of one per output channel')
    .option('--data <csv>', 'evaluation rows: numeric feature columns plus the label column')
    .option('--label <column>', 'the label column of --data')
    .option('--classes <list>', 'class names in the order of the model output (default: sorted names)')
    .option('--no-web', 'skip the onnxruntime-web (WebAssembly) check')
    .option('--trials <n>', 'latency trials per model (default bench.trials, 8)')
    .addHelpText(
      'after',
      `
Exit codes: 0 every variant was written, validates and keeps the signature; 1 one does not; 2 usage error.
Each variant's metrics.json (accuracy, agreement, max_abs_diff, size_bytes, load_ms, p50_ms, p99_ms,
web_runs) is a gate candidate; the original's is its baseline (docs/edge.md).

Examples:
  $ modelship optimize iris --data data/iris.csv --label species
  $ modelship optimize model.onnx --variants int8 --int8-exclude classifier --format json`,
    )
    .action(async (model: string, opts: OptimizeOptions, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const { optimizeRequest, isModelFile } = await lazy.request();
          // A file needs no configuration; one is read when present or named (its bench settings apply).
          const loaded = !isModelFile(model, ctx.cwd) || ctx.configOption !== undefined ? await ctx.loadConfig() : await ctx.loadConfig().catch(() => undefined);
          const request = optimizeRequest(model, opts, ctx.cwd, loaded);
          const report = await (await lazy.run()).runOptimize({ ...request, log: ctx.quiet ? undefined : (line) => ctx.err(line) });
          return { exitCode: report.verdict === 'pass' ? ExitCode.Pass : ExitCode.Failed, json: report, text: (await lazy.render()).renderOptimizeText(report) };
        }),
      );
    });
}
