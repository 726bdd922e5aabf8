import path from 'node:path';
import { mapLimit, valuesInOrder } from '../core/map-limit.js';
import type { LoadedConfig } from '../core/config.js';
import { FileAtRefReader } from '../core/git/index.js';
import { ConfigError, ExitCode, ModelshipError } from '../core/errors.js';
import { createMetricSource, MetricSourceError, PlaceholderWithoutValue, SourceNotFoundError, withArguments, type MetricSet, type MetricSource, type MetricSourceSpec, type ServeMeasurement, type SourceContext } from '../core/metrics/index.js';
import { didYouMean } from '../core/text.js';
import type { LiveBaselineProvider } from './baseline.js';
import { gateConfig, type BaselineSpec, type GateSpec } from './config.js';
import { gateConfigIssues, isLive } from './config-issues.js';
import { evaluateGate } from './engine.js';
import type { CheckResult, GateResult, Verdict } from './result.js';

/** Options the CLI and the action pass on top of modelship.yml. */
export interface GateOverrides {
  /** Replaces every selected gate's candidate source. */
  candidate?: MetricSourceSpec;
  /** Replaces every selected gate's baseline source. */
  baseline?: MetricSourceSpec;
  /** Reads the baseline (configured or given; else the candidate's files) as it is at this git ref. */
  baselineRef?: string;
  seed?: number;
  live?: LiveBaselineProvider;
  /**
   * The version a rollout judges (src/version/version-metrics.ts): the configured candidate's files are read
   * where that version's metrics live (its release tag), never from the checkout. `candidate` wins over it.
   */
  candidateVersion?: { source(spec: MetricSourceSpec, ctx: SourceContext, gate: string): MetricSource };
  fetch?: typeof fetch;
  /**
   * Values of the `{{...}}` placeholders in the gate's sources when it runs as a rollout analysis template
   * (candidate, stable, model, environment, args.NAME); a placeholder without one is an error.
   */
  args?: Record<string, string | null>;
  /** Shared by the serve sources of one run, so candidate and baseline are measured over the same window. */
  measurement?: ServeMeasurement;
  /**
   * How the caller's user wrote each override (`--baseline "metrics.json@iris@v1.0.0"`, `input "baseline"`):
   * an error in a source given there names that argument, not a line of modelship.yml it never came from.
   */
  arguments?: { candidate?: string; baseline?: string; baselineRef?: string };
}

/** The result of one or more gates: DESIGN.md's `{verdict, checks}` plus each gate's own result. */
export interface GateRun {
  verdict: Verdict;
  exitCode: ExitCode;
  checks: Array<CheckResult & { gate: string }>;
  gates: GateResult[];
}

export function exitCodeFor(verdict: Verdict): ExitCode {
  return verdict === 'pass' ? ExitCode.Pass : verdict === 'fail' ? ExitCode.Failed : ExitCode.Inconclusive;
}

/** Worst verdict first: any fail fails, else any inconclusive is inconclusive. */
export function combineVerdicts(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('inconclusive') || verdicts.length === 0) return 'inconclusive';
  return 'pass';
}

export async function runGate(loaded: LoadedConfig, name: string | undefined, overrides: GateOverrides = {}): Promise<GateRun> {
  const gates = (loaded.config.gates ?? {}) as Record<string, GateSpec>;
  const names = Object.keys(gates);
  if (names.length === 0) {
    throw new ModelshipError(`${loaded.file} has no gates`, { location: loaded.locate([]), hint: 'add a `gates:` section (see docs/gate.md)' });
  }
  if (name !== undefined && !Object.hasOwn(gates, name)) {
    throw new ModelshipError(`unknown gate "${name}" in ${loaded.file}`, { hint: didYouMean(name, names) ?? `configured gates: ${names.join(', ')}` });
  }
  const results: GateResult[] = [];
  // One git for every baseline read at a ref in this run (a monorepo has a gate per model), not a few per file.
  const refs = new FileAtRefReader();
  try {
    // Gates are independent and mostly wait on files and git: four at a time, reported (and failing) in order.
    const selected = name === undefined ? names : [name];
    results.push(...valuesInOrder(await mapLimit(selected, 4, (gate) => runOne(loaded, gate, gates[gate], overrides, refs))));
  } finally {
    refs.close();
  }
  const verdict = combineVerdicts(results.map((r) => r.verdict));
  return {
    verdict,
    exitCode: exitCodeFor(verdict),
    checks: results.flatMap((r) => r.checks.map((c) => ({ gate: r.gate, ...c }))),
    gates: results,
  };
}

async function runOne(loaded: LoadedConfig, name: string, spec: GateSpec, overrides: GateOverrides, refs: FileAtRefReader): Promise<GateResult> {
  checkSemantics(loaded, name, spec);
  const config = gateConfig(name, spec);
  const keyPath = ['gates', name];
  // Paths from modelship.yml must stay inside the project; paths given on the command line or as action
  // inputs come from the person running the gate and may point anywhere (e.g. a downloaded artifact).
  const ctxFor = (key: string, ref: string | undefined, trusted: boolean) => ({
    root: loaded.root,
    ref,
    fetch: overrides.fetch,
    measurement: overrides.measurement,
    refs,
    resolvePath: (rel: string) => (trusted ? path.resolve(loaded.root, rel) : loaded.resolvePath(rel, [...keyPath, key])),
  });

  const args = overrides.args ?? {};
  const candidateSpec = withKey(() => withArguments(overrides.candidate ?? spec.candidate ?? modelMetrics(loaded, name, spec), args, `gate "${name}" candidate`), loaded, [...keyPath, 'candidate'], undefined);
  const inconclusive = (reason: string, candidate: string, baseline: string | null): GateResult => ({
    gate: name,
    verdict: 'inconclusive',
    reason,
    aggregate: config.aggregate.mode,
    candidate,
    baseline,
    counts: { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 },
    checks: [],
    seed: overrides.seed ?? config.seed,
  });

  const candidateCtx = ctxFor('candidate', undefined, overrides.candidate !== undefined);
  const bound = overrides.candidate === undefined ? overrides.candidateVersion : undefined;
  const candidateArgument = overrides.candidate !== undefined ? overrides.arguments?.candidate : undefined;
  const candidateSource = withKey(() => (bound ? bound.source(candidateSpec, candidateCtx, name) : createMetricSource(candidateSpec, candidateCtx)), loaded, [...keyPath, 'candidate'], candidateArgument);
  let candidate: MetricSet;
  try {
    candidate = await candidateSource.read();
  } catch (err) {
    if (err instanceof MetricSourceError && err.kind === 'unavailable') return inconclusive(`the candidate metrics could not be read: ${err.message}`, candidateSource.describe(), null);
    throw fromArgument(err, candidateArgument);
  }

  let baseline: MetricSet | undefined;
  let baselineNote: string | undefined;
  const rawBaseline: BaselineSpec | undefined = overrides.baseline ?? spec.baseline ?? (overrides.baselineRef ? candidateSpec : undefined);
  let baselineSpec: BaselineSpec | undefined;
  try {
    baselineSpec = rawBaseline === undefined || isLive(rawBaseline) ? rawBaseline : withKey(() => withArguments(rawBaseline, args, `gate "${name}" baseline`), loaded, [...keyPath, 'baseline'], undefined);
  } catch (err) {
    // {{stable}} on a first deploy: there is no baseline, and the gate's onMissingBaseline policy decides.
    if (!(err instanceof PlaceholderWithoutValue || (err as { cause?: unknown }).cause instanceof PlaceholderWithoutValue)) throw err;
    baselineSpec = undefined;
  }
  if (baselineSpec === undefined) {
    baselineNote = rawBaseline === undefined ? `gate "${name}" configures no baseline` : `gate "${name}": nothing is live to compare with (no stable version)`;
  } else if (isLive(baselineSpec)) {
    const { environment, model = spec.model } = baselineSpec.live;
    if (!model) throw new ModelshipError(`gate "${name}": a live baseline needs a model (baseline.live.model or the gate's model)`, { location: loaded.locate([...keyPath, 'baseline']) });
    if (!overrides.live) {
      throw new ModelshipError(`gate "${name}": the baseline is the version live in "${environment}", but no deployment state is available here`, {
        location: loaded.locate([...keyPath, 'baseline']),
        hint: 'pass --baseline FILE (or FILE@REF) instead; `modelship gate`, the gate action and deploys read the deployment state themselves',
      });
    }
    baseline = await overrides.live.metricsForLiveVersion(environment, model);
    if (!baseline) baselineNote = `no version of ${model} is live in ${environment} yet`;
  } else {
    // Named in errors: the argument that gave the baseline, else the one that gave its ref.
    const baselineArgument = overrides.baseline !== undefined ? overrides.arguments?.baseline : overrides.baselineRef !== undefined ? overrides.arguments?.baselineRef : undefined;
    const source = withKey(
      () => createMetricSource(baselineSpec, ctxFor('baseline', overrides.baselineRef, overrides.baseline !== undefined || (spec.baseline === undefined && overrides.candidate !== undefined))),
      loaded,
      [...keyPath, 'baseline'],
      baselineArgument,
    );
    try {
      baseline = await source.read();
    } catch (err) {
      if (err instanceof SourceNotFoundError) baselineNote = err.message;
      else if (err instanceof MetricSourceError && err.kind === 'unavailable') return inconclusive(`the baseline metrics could not be read: ${err.message}`, candidate.describe(), source.describe());
      else throw fromArgument(err, baselineArgument);
    }
  }

  const result = evaluateGate(config, { candidate, baseline, baselineNote }, { seed: overrides.seed });
  for (const row of result.checks) {
    const check = spec.checks[row.checkIndex];
    const key = row.kind === 'change' && check.change === undefined ? 'statistics' : row.kind;
    const loc = loaded.locate([...keyPath, 'checks', row.checkIndex, key]);
    row.location = { file: loc.file, line: loc.line, column: loc.column };
  }
  return result;
}

function modelMetrics(loaded: LoadedConfig, name: string, spec: GateSpec): MetricSourceSpec {
  if (spec.model !== undefined) {
    const model = loaded.config.models[spec.model];
    if (!model) {
      throw new ModelshipError(`gate "${name}" names model "${spec.model}", which is not configured`, {
        location: loaded.locate(['gates', name, 'model']),
        hint: didYouMean(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`,
      });
    }
    if (model.metrics) return model.metrics;
    throw new ModelshipError(`gate "${name}": model "${spec.model}" has no metrics file`, { location: loaded.locate(['models', spec.model]), hint: 'set models.<name>.metrics, or candidate: on the gate' });
  }
  throw new ModelshipError(`gate "${name}" has no candidate metrics`, { location: loaded.locate(['gates', name]), hint: 'set candidate: (a metrics file or source), model:, or pass --candidate' });
}

/** Source-spec errors point at the key in modelship.yml they came from, or name the argument that gave the source. */
function withKey<T>(make: () => T, loaded: LoadedConfig, keyPath: Array<string | number>, argument: string | undefined): T {
  try {
    return make();
  } catch (err) {
    if (argument !== undefined) throw fromArgument(err, argument);
    if (err instanceof ModelshipError && !err.location) throw new ModelshipError(err.message, { exitCode: err.exitCode, hint: err.hint, location: loaded.locate(keyPath), cause: err });
    throw err;
  }
}

/** An error of a source given on the command line (or as an action input), prefixed with that argument. */
function fromArgument(err: unknown, argument: string | undefined): unknown {
  if (argument === undefined || !(err instanceof ModelshipError)) return err;
  const splitHint = /@/.test(argument) ? 'FILE@REF splits at the first "@" after a path that exists (tags such as iris@v1.0.0 keep theirs); or give the ref alone with --baseline-ref (input baseline-ref)' : undefined;
  return new ModelshipError(`${argument}: ${err.message}`, { exitCode: err.exitCode, hint: [err.hint, splitHint].filter(Boolean).join('; ') || undefined, cause: err });
}

function checkSemantics(loaded: LoadedConfig, name: string, spec: GateSpec): void {
  const issues = gateConfigIssues(loaded, name, spec);
  if (issues.length > 0) throw new ConfigError(issues);
}
