import { Command, Option } from 'commander';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

// The domain loads when a batch command runs: `modelship --help` should not pay for onnxruntime or Parquet.
const lazy = {
  request: () => import('../../batch/request.js'),
  service: () => import('../../batch/service.js'),
  merge: () => import('../../batch/merge.js'),
  render: () => import('../../batch/render.js'),
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

interface RunFlags {
  model?: string;
  artifact?: string;
  input?: string;
  output?: string;
  outputFormat?: string;
  columns?: string[];
  id?: string[];
  outputs?: string[];
  chunkRows?: string;
  batchRows?: string;
  maxErrorRate?: string;
  shard?: string;
  resume?: boolean;
  workers?: string;
  summary?: string;
}

/** `modelship batch run|merge|compare`: scheduled, sharded, resumable batch scoring (docs/batch.md). */
export function registerBatchCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const batch = program.command('batch').description('score large inputs with the version live in a batch environment; merge shards; compare versions');

  batch
    .command('run')
    .description('score input files (CSV, JSON Lines, Parquet, .npy) chunk by chunk with onnxruntime')
    .argument('[environment]', 'batch environment: scores with the version live there at the start of the run')
    .option('--model <name[@version]>', 'NAME@VERSION to score with a version directly (or NAME to pick the environment\'s model)')
    .option('--artifact <file>', 'the ONNX file of --model NAME@VERSION (default: where a deployment of it recorded it)')
    .option('--input <path>', 'file, folder or glob (default: the environment\'s provider.input)')
    .option('--output <dir>', 'output folder (default: the environment\'s provider.output)')
    .addOption(new Option('--output-format <format>', 'prediction files').choices(['csv', 'jsonl', 'parquet']))
    .addOption(new Option('--columns <input=cols>', 'map columns to a model input, e.g. features=a,b,c,d; repeatable').argParser(collect))
    .addOption(new Option('--id <column>', 'pass-through column(s) written beside the predictions; repeatable').argParser(collect))
    .addOption(new Option('--outputs <name>', 'model outputs written (default: all); repeatable').argParser(collect))
    .option('--chunk-rows <n>', 'rows per output chunk (unit of commit, resume and sharding; default 10000)')
    .option('--batch-rows <n>', 'rows per onnxruntime run (default 1024)')
    .option('--max-error-rate <share>', 'fail the run (exit 1) when bad rows exceed this share (default 0)')
    .option('--shard <I/N>', 'score only shard I of N (zero-based), e.g. --shard $JOB_COMPLETION_INDEX/8')
    .option('--resume', 'continue an interrupted run in the same output folder from its committed chunks')
    .option('--workers <n>', 'inference worker threads (default 1)')
    .option('--summary <file>', 'append a Markdown summary with a throughput chart (e.g. $GITHUB_STEP_SUMMARY)')
    .addHelpText('after', `
Exit codes: 0 scored (bad rows within --max-error-rate, listed in the errors file); 1 too many bad rows, or
the installed model does not match its recorded sha256; 2 usage or configuration error (unknown column,
output folder holding another run, --resume with other inputs or model).

Examples:
  $ modelship batch run nightly
  $ modelship batch run nightly --shard 0/4 --output out/shard-0
  $ modelship batch run --model iris@2.0.0 --input data/*.csv --columns features=a,b,c,d --id id --output out`)
    .action(async (environment: string | undefined, flags: RunFlags, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const loaded = await ctx.loadConfig();
        const request = (await lazy.request()).toRunRequest({ ...flags, environment, format: flags.outputFormat }, loaded, ctx.cwd);
        const progress = io.isTTY && ctx.format === 'text' && !ctx.quiet;
        // Called once per chunk read; redrawn at most twice a second, padded over the previous line.
        const render = await lazy.render();
        const started = Date.now();
        let last = 0;
        let width = 0;
        const result = await (await lazy.service()).runRequest(loaded, request, {
          progress: progress ? (p) => {
            if (Date.now() - last < 500) return;
            last = Date.now();
            const line = render.progressLine(p, last - started);
            io.stderr(`\r${line.padEnd(width)}`);
            width = line.length;
          } : undefined,
        });
        if (progress) io.stderr('\n');
        if (flags.summary) {
          const { appendFile } = await import('node:fs/promises');
          await appendFile(flags.summary, render.renderRunMarkdown(result.manifest));
        }
        return { exitCode: result.exitCode, json: render.contractJson(result.manifest, result.manifestPath), text: render.renderRunText(result.manifest, result.manifestPath) };
      }));
    });

  batch
    .command('merge')
    .description('check that shard manifests cover every input chunk exactly once and write the combined manifest')
    .argument('<sources...>', 'shard output folders (or manifest files)')
    .option('--output <dir>', 'where manifest.json (and errors.jsonl) go (default: the first source)')
    .addHelpText('after', '\nExit codes: 0 merged; 1 refused (a shard twice, a shard missing, other model or inputs, an output file missing or changed); 2 usage error.')
    .action(async (sources: string[], flags: { output?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const request = (await lazy.request()).toMergeRequest({ sources, output: flags.output }, ctx.cwd);
        const result = await (await lazy.merge()).mergeShards(request);
        const render = await lazy.render();
        return { exitCode: result.exitCode, json: render.contractJson(result.manifest, result.manifestPath), text: render.renderRunText(result.manifest, result.manifestPath) };
      }));
    });

  batch
    .command('compare')
    .description('score the same input with a candidate and the live version: agreement, prediction shift, per-slice differences')
    .argument('[environment]', 'batch environment whose live version is the baseline')
    .requiredOption('--candidate <name@version>', 'the candidate version')
    .option('--candidate-artifact <file>', 'its ONNX file (default: where a deployment of it recorded it)')
    .option('--baseline <name@version>', 'baseline version when no environment is given')
    .option('--baseline-artifact <file>', 'its ONNX file')
    .option('--input <path>', 'file, folder or glob (default: the environment\'s provider.input)')
    .addOption(new Option('--columns <input=cols>', 'map columns to a model input; repeatable').argParser(collect))
    .addOption(new Option('--slice <column>', 'report agreement per value of this column; repeatable').argParser(collect))
    .option('--label <output>', 'output compared (default: the first integer/string output, else the argmax of the first)')
    .option('--output <file>', 'write the report (a metrics file gates read: agreement, prediction_shift, slices)')
    .option('--batch-rows <n>', 'rows per onnxruntime run (default 1024)')
    .option('--workers <n>', 'worker threads per model (default 1)')
    .addHelpText('after', '\nExit codes: 0 compared (gate the report with `modelship gate`); 2 usage or configuration error.')
    .action(async (environment: string | undefined, flags: Record<string, unknown>, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const loaded = await ctx.loadConfig();
        const request = (await lazy.request()).toCompareRequest({ ...(flags as object), environment, slice: flags.slice as string[] | undefined }, loaded, ctx.cwd);
        const report = await (await lazy.service()).compareRequest(loaded, request);
        return { exitCode: ExitCode.Pass, json: report, text: (await lazy.render()).renderCompareText(report) };
      }));
    });

  batch
    .command('job')
    .description('print a Kubernetes Indexed Job whose pod I of N runs `modelship batch run ENV --shard I/N --resume`')
    .argument('<environment>', 'batch environment')
    .requiredOption('--image <ref>', 'image holding the project and the modelship CLI')
    .option('--shards <n>', 'completions, one pod per shard (default the environment\'s provider.shards, else 1)')
    .option('--parallelism <n>', 'pods at once (default every shard)')
    .option('--namespace <ns>', 'namespace of the Job')
    .option('--name <name>', 'Job name (default modelship-batch-<environment>)')
    .option('--workers <n>', 'inference worker threads per pod')
    .addHelpText('after', `
The output folder must be on a volume every pod shares (and that outlives a pod, for --resume to matter);
then \`modelship batch merge\` checks and combines the shard manifests.

Examples:
  $ modelship batch job nightly --image ghcr.io/acme/scoring:1.4.0 --shards 16 | kubectl apply -f -`)
    .action(async (environment: string, flags: { image: string; shards?: string; parallelism?: string; namespace?: string; name?: string; workers?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const loaded = await ctx.loadConfig();
        const { batchEnvironment } = await import('../../batch/model.js');
        const { spec } = batchEnvironment(loaded, environment);
        const integer = (flag: string, value: string | undefined) => {
          if (value === undefined) return undefined;
          const n = Number(value);
          if (!Number.isInteger(n) || n < 1) throw new ModelshipError(`--${flag} "${value}" is not a positive integer`, { exitCode: ExitCode.Usage });
          return n;
        };
        const { renderIndexedJob } = await import('../../batch/kubernetes-job.js');
        const job = renderIndexedJob({
          environment,
          image: flags.image,
          shards: integer('shards', flags.shards) ?? spec.shards ?? 1,
          parallelism: integer('parallelism', flags.parallelism),
          namespace: flags.namespace,
          name: flags.name,
          workers: integer('workers', flags.workers),
        });
        const { stringify } = await import('yaml');
        return { exitCode: ExitCode.Pass, json: job, text: stringify(job).trimEnd() };
      }));
    });
}
