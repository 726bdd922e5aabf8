import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

const lazy = {
  request: () => import('../../monitor/request.js'),
  profileData: () => import('../../monitor/profile-data.js'),
  drift: () => import('../../monitor/drift.js'),
  render: () => import('../../monitor/render.js'),
};

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')];
const collect = (value: string, previous: string[] = []) => [...previous, value];

interface ProfileFlags {
  tensor?: string[];
  output?: string;
  outputs?: string[];
  columns?: string[];
  k?: string;
}

interface DriftCliFlags {
  reference: string;
  current: string;
  outputs?: string[];
  driftShare?: string;
  correction?: string;
  method?: string;
  threshold?: string;
  feature?: string[];
  output?: string;
}

/** `modelship monitor profile|drift` (docs/monitor.md). */
export function registerMonitorCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const monitor = program.command('monitor').description('profile data with mergeable sketches; compute data and prediction drift between profiles');

  monitor
    .command('profile')
    .description('profile CSV, Parquet or JSON Lines data (a file, folder or glob) into a profile JSON')
    .argument('<data>', 'file, folder or glob')
    .option('--output <file>', 'write the profile JSON here')
    .addOption(new Option('--outputs <columns>', 'columns that are model outputs (predictions), comma-separated; repeatable').argParser(list))
    .addOption(new Option('--columns <columns>', 'profile only these input columns, comma-separated; repeatable').argParser(list))
    .addOption(new Option('--tensor <name=cols>', 'columns that are one model tensor, in order, e.g. features=a,b,c,d: serve names its live features by them; repeatable').argParser(collect))
    .option('--k <n>', 'KLL sketch size (default 200: rank error about 1.65%)')
    .addHelpText('after', `
Examples:
  $ modelship monitor profile data/train.parquet --outputs prediction --output reference.json
  $ modelship monitor profile 'logs/**/*.jsonl' --output current.json
  $ modelship monitor profile iris.csv --tensor features=sepal_length,sepal_width,petal_length,petal_width \
      --output .modelship/repository/iris/2.0.0/reference-profile.json`)
    .action(async (data: string, flags: ProfileFlags, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const k = flags.k === undefined ? undefined : Number(flags.k);
        if (k !== undefined && !(Number.isInteger(k) && k >= 8 && k <= 65535)) {
          const { ModelshipError } = await import('../../core/errors.js');
          throw new ModelshipError(`--k: expected an integer in 8..65535, got "${flags.k}"`);
        }
        const tensors = (await lazy.request()).tensorColumns(flags.tensor ?? []);
        const { profile, files, unreadable } = await (await lazy.profileData()).profileData(data, ctx.cwd, { outputs: flags.outputs, columns: flags.columns, k, tensors });
        const json = profile.toJSON();
        if (flags.output) await writeFile(path.resolve(ctx.cwd, flags.output), `${JSON.stringify(json)}\n`);
        const text = (await lazy.render()).renderProfileText(profile, flags.output);
        const warning = unreadable.rows > 0 ? `\n${unreadable.rows} unreadable row(s) left out, first: ${unreadable.first.join('; ')}` : '';
        return { exitCode: ExitCode.Pass, json: { files, output: flags.output ?? null, unreadable, profile: json }, text: text + warning };
      }));
    });

  monitor
    .command('drift')
    .description('data and prediction drift between a reference and a current profile (or data files)')
    .requiredOption('--reference <file>', 'reference: a profile JSON or data (CSV, Parquet, JSON Lines)')
    .requiredOption('--current <file>', 'current: a profile JSON or data')
    .addOption(new Option('--outputs <columns>', 'when reading data: columns that are model outputs, comma-separated').argParser(list))
    .option('--drift-share <share>', 'dataset drift when at least this share of input features drifted (default 0.5)')
    .addOption(new Option('--correction <kind>', 'multiple-testing correction over p-value tests (default bh)').choices(['none', 'bonferroni', 'bh']))
    .option('--method <method>', 'one method for every feature: ks, wasserstein, psi, jensenshannon, chisquare, z (default: per feature, as Evidently chooses)')
    .option('--threshold <x>', 'threshold of --method')
    .addOption(new Option('--feature <name=method[:threshold]>', 'a feature\'s own method and/or threshold (NAME=:THRESHOLD keeps the default method); repeatable').argParser(collect))
    .option('--output <file>', 'also write the drift report JSON here (a metric source for gates: share, drift, ...)')
    .addHelpText('after', `
Exit codes: 0 no dataset drift, 1 dataset or prediction drift, 2 usage error.

Examples:
  $ modelship monitor drift --reference reference.json --current current.json
  $ modelship monitor drift --reference train.parquet --current today.csv --feature age=psi:0.2 --drift-share 0.3`)
    .action(async (flags: DriftCliFlags, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const request = await lazy.request();
        // modelship.yml's `monitor:` section gives defaults when the file is there (or named with --config).
        const configFile = path.resolve(ctx.cwd, ctx.configOption ?? 'modelship.yml');
        const section = ctx.configOption !== undefined || existsSync(configFile) ? (await ctx.loadConfig()).config.monitor : undefined;
        const options = request.withConfigDefaults(request.driftOptions(flags), section);
        const reference = await request.loadProfile(flags.reference, ctx.cwd, { outputs: flags.outputs });
        const current = await request.loadProfile(flags.current, ctx.cwd, { outputs: flags.outputs });
        const report = (await lazy.drift()).computeDrift(reference, current, options);
        if (flags.output) await writeFile(path.resolve(ctx.cwd, flags.output), `${JSON.stringify(report, null, 2)}\n`);
        const drifted = report.drift || report.prediction.drift;
        return { exitCode: drifted ? ExitCode.Failed : ExitCode.Pass, json: report, text: (await lazy.render()).renderDriftText(report) };
      }));
    });
}
