import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { assertSafeRef, Git, readFileAtRef } from '../core/git/index.js';
import { silentProgress, type Progress } from '../core/progress.js';
import { createRandom } from '../core/stats/random.js';
import { aggregateTrials } from './aggregate.js';
import { compareTrials, incomparable } from './compare.js';
import type { BenchSettings } from './config.js';
import { readReportFile } from './history.js';
import { describeMachine, machineDifferences } from './machine.js';
import type { BenchRunner, BenchSession, BenchTarget } from './runner.js';
import { runnerFor } from './runners/registry.js';
import type { TrialPlan } from './measure.js';
import type { BenchReport, BenchResult, ComparisonRow, TrialResult } from './types.js';

/**
 * Where the baseline comes from:
 *  - `ref`: the model file at a git commit (the PR's base), measured in this run beside the candidate;
 *  - `model`: another model file, measured in this run beside the candidate;
 *  - `report`: a stored report (a history run or a saved `--format json`), compared only when it comes
 *    from the same machine type.
 */
export type BaselineSpec = { kind: 'ref'; ref: string } | { kind: 'model'; path: string } | { kind: 'report'; path: string };

export interface BenchRequest {
  settings: BenchSettings;
  loaded?: LoadedConfig;
  /** Models to measure (default: bench.models, else every configured model). */
  models?: string[];
  baseline?: BaselineSpec;
  /** Where git runs and relative paths resolve (default: the configuration's folder). */
  cwd: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Hears the trials measured out of all planned (the CLI draws it on a terminal). */
  progress?: Progress;
  /** Test and demo hook: a calibrated slowdown of the candidate (see BenchTarget.slowdown). */
  candidateSlowdown?: number;
  /** Test hook: a runner other than the registry's (e.g. a fake whose timings a test controls). */
  runner?: BenchRunner;
}

/** `--baseline` text to a spec: *.json is a stored report, an existing model file is measured, else a git ref. */
export function parseBaseline(value: string, cwd: string): BaselineSpec {
  const file = path.resolve(cwd, value);
  if (value.endsWith('.json')) return { kind: 'report', path: file };
  if (existsSync(file) && statSync(file).isFile()) return { kind: 'model', path: file };
  return { kind: 'ref', ref: value };
}

/** The model file of a configured model: the path itself, or the one .onnx file in its folder. */
export function modelFile(loaded: LoadedConfig, name: string): string {
  const model = loaded.config.models[name];
  if (!model) {
    const known = Object.keys(loaded.config.models);
    throw new ModelshipError(`no model "${name}" in ${loaded.file}`, { hint: `configured models: ${known.join(', ')}` });
  }
  const resolved = loaded.resolvePath(model.path, ['models', name, 'path']);
  if (!existsSync(resolved)) throw new ModelshipError(`model "${name}": ${model.path} does not exist`, { location: loaded.locate(['models', name, 'path']) });
  if (!statSync(resolved).isDirectory()) return resolved;
  const onnx = readdirSync(resolved).filter((f) => f.endsWith('.onnx'));
  if (onnx.includes('model.onnx')) return path.join(resolved, 'model.onnx');
  if (onnx.length === 1) return path.join(resolved, onnx[0]);
  throw new ModelshipError(`model "${name}": ${model.path} is a folder with ${onnx.length === 0 ? 'no' : 'several'} .onnx files`, {
    location: loaded.locate(['models', name, 'path']),
    hint: 'point models.<name>.path at the .onnx file',
  });
}

function selectModels(req: BenchRequest): string[] {
  if (req.models && req.models.length) return req.models;
  const section = req.loaded?.config.bench as { models?: string[] } | undefined;
  if (section?.models?.length) return section.models;
  const all = Object.keys(req.loaded?.config.models ?? {});
  if (req.settings.runner === 'onnx') {
    const onnx = all.filter((n) => {
      const m = req.loaded!.config.models[n];
      return m.format === 'onnx' || m.format === undefined;
    });
    if (onnx.length) return onnx;
  }
  if (all.length === 0) throw new ModelshipError('no model to benchmark', { hint: 'configure models in modelship.yml or pass --model NAME' });
  return all;
}

function toResult(model: string, runner: string, role: BenchResult['role'], batch: number, session: BenchSession, trials: TrialResult[], settings: BenchSettings): BenchResult {
  const agg = aggregateTrials(trials, settings.regression.metric);
  const warnings = [...session.warnings];
  if (agg.errors > 0) warnings.push(`${agg.errors} of ${agg.samples + agg.errors} requests failed (${Object.entries(agg.status ?? {}).filter(([k]) => !/^2\d\d$/.test(k)).map(([k, v]) => `${k} x${v}`).join(', ')})`);
  if (agg.trialCv > 0.1) warnings.push(`trials vary by ${(agg.trialCv * 100).toFixed(0)}% (coefficient of variation): a noisy machine; only large changes can be detected`);
  return { model, runner, batch, role, ...agg, loadMs: session.loadMs, trials, target: session.description, sha256: session.sha256, warnings };
}

/** The commit `--baseline REF` names; the ref is checked by assertSafeRef before git sees it. */
async function resolveCommit(ref: string, cwd: string): Promise<string> {
  const commit = await new Git(cwd).commitOf(assertSafeRef(ref));
  if (commit === undefined) throw new ModelshipError(`--baseline ${ref}: no such commit in ${cwd}`, { hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main)' });
  return commit;
}

/** Runs the benchmark: every model and batch size, baseline beside candidate when asked, then the comparison. */
export async function runBenchmark(req: BenchRequest): Promise<BenchReport> {
  const { settings } = req;
  const log = req.log ?? (() => {});
  const runner = req.runner ?? runnerFor(settings.runner);
  const models = selectModels(req);
  const warnings: string[] = [];
  const results: BenchResult[] = [];
  const comparison: ComparisonRow[] = [];
  let runtimeVersion: string | undefined;
  let storedBaseline: BenchReport | undefined;
  let baselineCommit: string | undefined;
  if (req.baseline?.kind === 'report') storedBaseline = await readReportFile(req.baseline.path);
  if (req.baseline?.kind === 'ref') {
    if (settings.runner !== 'onnx') throw new ModelshipError(`--baseline REF measures the model file at that commit, which only the onnx runner can do`, { hint: 'for the http and command runners pass a stored report (--baseline FILE.json) or a history run' });
    baselineCommit = await resolveCommit(req.baseline.ref, req.cwd);
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'modelship-bench-'));
  const progress = req.progress ?? silentProgress;
  // The plan: every model at every batch size; a size a model fixes differently is measured once, so the
  // count can end short of the total (stop() clears the bar either way).
  progress.start('bench', models.length * settings.batchSizes.length * settings.trials, 'trials');
  let trialsDone = 0;
  try {
    for (const model of models) {
      const candidateTarget: BenchTarget = { model, slowdown: req.candidateSlowdown };
      if (settings.runner === 'onnx') candidateTarget.modelPath = req.loaded ? modelFile(req.loaded, model) : undefined;
      else if (req.loaded?.config.models[model]) {
        try {
          candidateTarget.modelPath = modelFile(req.loaded, model);
        } catch {
          /* the command may not need a file */
        }
      }
      let baselineTarget: BenchTarget | undefined;
      let baselineSource = '';
      let newModel: string | undefined;
      if (req.baseline?.kind === 'model') {
        baselineTarget = { model, modelPath: req.baseline.path };
        baselineSource = `model:${path.relative(req.cwd, req.baseline.path) || req.baseline.path}`;
      } else if (req.baseline?.kind === 'ref') {
        const { path: rel, bytes } = await readFileAtRef(candidateTarget.modelPath!, baselineCommit!);
        if (bytes === undefined) {
          // A pull request that adds a model: measured alone, reported as new (incomparable), never a failure.
          newModel = `a new model: ${rel} does not exist at ${req.baseline.ref} (${baselineCommit!.slice(0, 12)})`;
          baselineSource = `ref:${req.baseline.ref}@${baselineCommit!.slice(0, 12)}`;
        } else {
          const file = path.join(scratch, `${model.replace(/[^\w.-]/g, '_')}-${baselineCommit!.slice(0, 12)}.onnx`);
          await writeFile(file, bytes);
          baselineTarget = { model, modelPath: file };
          baselineSource = `ref:${req.baseline.ref}@${baselineCommit!.slice(0, 12)}`;
        }
      }
      log(`${model}: loading (${settings.runner})`);
      const candidate = await runner.open(candidateTarget, settings);
      const baseline = baselineTarget ? await runner.open(baselineTarget, settings).catch(async (err) => {
        await candidate.close();
        throw err;
      }) : undefined;
      runtimeVersion ??= candidate.runtimeVersion;
      try {
        const measured = new Set<number>();
        for (const requested of settings.batchSizes) {
          const batch = await candidate.prepare(requested);
          if (measured.has(batch)) continue;
          measured.add(batch);
          if (baseline) await baseline.prepare(requested);
          if (batch !== requested) warnings.push(`${model}: the ${settings.inputsFile ? 'inputs file' : 'model'} fixes the batch at ${batch}; batch size ${requested} was not measured as such`);
          const plan = { durationMs: settings.durationMs, warmupMs: settings.warmupMs, iterations: settings.iterations, batch };
          const { candidate: cTrials, baseline: bTrials } = await measurePairs(candidate, baseline, plan, settings, `${settings.seed}:${model}:${batch}`, (t) => {
            log(`${model} batch ${batch}: trial ${t}/${settings.trials}`);
            progress.update(++trialsDone, `${model} batch ${batch}`);
          });
          const cResult = toResult(model, settings.runner, 'candidate', batch, candidate, cTrials, settings);
          results.push(cResult);
          if (baseline) {
            const bResult = toResult(model, settings.runner, 'baseline', batch, baseline, bTrials, settings);
            results.push(bResult);
            comparison.push(compareTrials(cResult, bResult, settings.regression, baselineSource, { paired: true }));
          } else if (storedBaseline) {
            comparison.push(compareWithStored(cResult, storedBaseline, req, runtimeVersion));
          } else if (newModel) {
            comparison.push(incomparable(cResult, settings.regression, baselineSource, newModel));
          }
        }
      } finally {
        await candidate.close();
        await baseline?.close();
      }
    }
  } finally {
    progress.stop();
    await rm(scratch, { recursive: true, force: true });
  }
  const machine = describeMachine(req.env ?? process.env, runtimeVersion);
  for (const c of comparison) if (c.verdict === 'incomparable') warnings.push(`${c.model} batch ${c.batch}: not compared: ${c.reason}`);
  return {
    version: 1,
    createdAt: new Date().toISOString(),
    commit: (req.env ?? process.env).GITHUB_SHA || (await new Git(req.cwd).commitOf('HEAD')),
    machine,
    results,
    comparison,
    verdict: reportVerdict(comparison),
    regressed: comparison.some((c) => c.regressed),
    inconclusive: comparison.some((c) => c.verdict === 'inconclusive'),
    warnings: [...warnings, ...results.flatMap((r) => r.warnings.map((w) => `${r.model} batch ${r.batch} (${r.role}): ${w}`))],
  };
}

/** A regression fails the run; else a comparison that could not tell makes it inconclusive; else it passes. */
export function reportVerdict(comparison: readonly ComparisonRow[]): BenchReport['verdict'] {
  if (comparison.some((c) => c.regressed)) return 'fail';
  return comparison.some((c) => c.verdict === 'inconclusive') ? 'inconclusive' : 'pass';
}

/**
 * The trials of one model and batch size. With a baseline, trial i of each side forms a pair run back to
 * back, in an order drawn at random for each pair (seeded, so a re-run measures in the same order): slow
 * drift (a neighbour's job, thermal state) then hits both sides of a pair alike and cancels in its ratio,
 * and neither side is favoured by going first. Before the first timed trial each session runs one untimed
 * trial (in random order too): a cold first trial, 4-13% slower, never lands on one side only.
 */
export async function measurePairs(
  candidate: BenchSession,
  baseline: BenchSession | undefined,
  plan: TrialPlan,
  settings: Pick<BenchSettings, 'trials'>,
  seed: string,
  progress: (trial: number) => void = () => {},
): Promise<{ candidate: TrialResult[]; baseline: TrialResult[]; order: Array<'candidate-first' | 'baseline-first'> }> {
  const random = createRandom(seed);
  const cTrials: TrialResult[] = [];
  const bTrials: TrialResult[] = [];
  const order: Array<'candidate-first' | 'baseline-first'> = [];
  const sides = () => (random.next() < 0.5 ? (['c', 'b'] as const) : (['b', 'c'] as const));
  if (baseline) for (const side of sides()) await (side === 'c' ? candidate : baseline).trial(plan);
  else await candidate.trial(plan);
  for (let t = 0; t < settings.trials; t++) {
    if (!baseline) cTrials.push(await candidate.trial(plan));
    else {
      const pair = sides();
      order.push(pair[0] === 'c' ? 'candidate-first' : 'baseline-first');
      for (const side of pair) {
        if (side === 'b') bTrials.push(await baseline.trial(plan));
        else cTrials.push(await candidate.trial(plan));
      }
    }
    progress(t + 1);
  }
  return { candidate: cTrials, baseline: bTrials, order };
}

function compareWithStored(candidate: BenchResult, stored: BenchReport, req: BenchRequest, runtimeVersion: string | undefined): ComparisonRow {
  const source = `file:${path.relative(req.cwd, (req.baseline as { path: string }).path)}`;
  const rule = req.settings.regression;
  const here = describeMachine(req.env ?? process.env, runtimeVersion);
  const diffs = machineDifferences(here, stored.machine);
  const match = stored.results.find((r) => r.model === candidate.model && r.batch === candidate.batch && r.role !== 'baseline' && r.runner === candidate.runner);
  if (!match) return incomparable(candidate, rule, source, `the baseline has no ${candidate.runner} result for ${candidate.model} at batch ${candidate.batch}`);
  if (diffs.length) return incomparable(candidate, rule, source, `the baseline ran on another machine type (${diffs.join('; ')}); measure both in one job with --baseline REF`);
  return compareTrials(candidate, match, rule, source);
}
