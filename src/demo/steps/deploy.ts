import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelProto } from '../../core/onnx/onnx-proto.js';
import { LiveCanaryAnalysis, type StepObservation } from '../live-analysis.js';
import { LiveEnvironment } from '../live-environment.js';
import { canaryCharts, canaryTable, liveGateDetails, percent, ms, segmentsTable, timelineChart } from '../live-report.js';
import type { DemoContext, DemoStep, DemoStepResult } from '../step.js';
import { repositoryOfEnvironment } from '../../serve/config.js';
import { figuresBetween, histogramQuantile, type VersionFigures } from '../../core/metrics/exposition.js';
import { GateAnalysisRunner } from '../../deploy/analysis.js';
import { deploy, promote, rollback, status } from '../../deploy/engine.js';
import { LocalProvider } from '../../deploy/providers/local.js';
import { renderResultMarkdown } from '../../deploy/render.js';
import type { DeployResult } from '../../deploy/types.js';

/**
 * The deploy part of the demo, on the local environments of examples/iris (inside the demo's own copy):
 * v1 to staging and production; then, with `modelship serve` answering a steady client, a canary of v2 on
 * staging judged step by step from the server's /metrics, a broken re-export whose canary is rolled back
 * automatically, the blue-green promotion of v2 to production, and production's rollback to v1.
 */

const V1 = { version: '1.0.0', artifact: 'models/iris-v1/model.onnx' };
const V2 = { version: '1.1.0', artifact: 'models/iris-v2/model.onnx' };
/** The broken re-export of the degraded canary: v2's signature and weights, a graph that fails at inference. */
const BROKEN = { version: '1.2.0', artifact: 'models/iris-v2-reexport/model.onnx' };

function narrate(ctx: DemoContext, r: DeployResult): DeployResult {
  ctx.log(`    ${r.outcome}: ${r.message}`);
  return r;
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}

async function routingOf(ctx: DemoContext, environment: string): Promise<{ stable: string | null; weights: Record<string, number> } | undefined> {
  const root = repositoryOfEnvironment(ctx.config, environment);
  const model = Object.keys(ctx.config.config.models)[0];
  return new LocalProvider(root).readRouting(model);
}

/** v1 to staging (a canary with nothing to compare against) and on to production (blue-green). */
export const deployDemoStep: DemoStep = {
  id: 'deploy',
  title: 'Deploy v1 to staging and promote it to production (modelship deploy, promote)',
  async run(ctx) {
    ctx.log('    first deployment: nothing is live and no one calls the model yet, so the analysis is the configured offline gate');
    const results = [
      narrate(ctx, await deploy(ctx.config, { environment: 'staging', ...V1, actor: 'demo' })),
      narrate(ctx, await promote(ctx.config, { to: 'production', actor: 'demo' })),
    ];
    const state = await status(ctx.config);
    const live = (env: string) => state.environments.find((e) => e.environment === env)?.liveVersion;
    const ok = results.every((r) => r.outcome === 'deployed') && live('staging') === V1.version && live('production') === V1.version;
    return {
      ok,
      summary: ok ? `${V1.version} is live in staging and production` : `unexpected outcomes: ${results.map((r) => `${r.environment} ${r.outcome} (${r.message})`).join('; ')}`,
      markdown: results.map((r) => details(`${r.environment}: ${r.outcome} — ${r.message}`, renderResultMarkdown(r))).join('\n\n'),
    };
  },
};

/**
 * Makes `environment` serve `version` (with `previous` before it when given), whatever the earlier steps
 * achieved: a step that needs v2 on staging deploys it itself, without live traffic (the configured offline
 * gate only), when the canary step left staging elsewhere. Each step then shows its own point, and a slow
 * machine that makes one step fail does not fail every step after it. Says what it did.
 */
async function ensureLive(ctx: DemoContext, environment: string, version: { version: string; artifact: string }, previous?: { version: string; artifact: string }): Promise<string | undefined> {
  const liveOf = async () => (await status(ctx.config)).environments.find((e) => e.environment === environment)?.liveVersion;
  const now = await liveOf();
  if (now === version.version) return undefined;
  const done: string[] = [];
  if (previous && now !== previous.version) {
    const r = await deploy(ctx.config, { environment, ...previous, actor: 'demo' });
    done.push(`${previous.version}: ${r.outcome}`);
  }
  // Production takes versions by promotion from staging only, as the pipeline says.
  const r = environment === 'production' ? await promote(ctx.config, { to: 'production', actor: 'demo' }) : await deploy(ctx.config, { environment, ...version, actor: 'demo' });
  done.push(`${version.version}: ${r.outcome}`);
  const after = await liveOf();
  if (after !== version.version) throw new Error(`cannot set up ${environment} with ${version.version} live (${done.join('; ')}; live: ${after ?? 'nothing'})`);
  const note = `set-up: ${environment} served ${now ?? 'nothing'} after the earlier steps, so this step ${environment === 'production' ? 'promoted' : 'deployed'} ${done.map((d) => d.split(':')[0]).join(' then ')} there first, without live traffic`;
  ctx.log(`    ${note}`);
  return note;
}

/** Deploys `candidate` to staging with the live analysis judging each canary step from the server's /metrics. */
async function liveCanary(ctx: DemoContext, live: LiveEnvironment, stable: string, candidate: { version: string; artifact: string }): Promise<{ analysis: LiveCanaryAnalysis; result: DeployResult }> {
  const analysis = new LiveCanaryAnalysis(() => live.scrape(), {
    configured: new GateAnalysisRunner(ctx.config),
    onStep: (o) => ctx.log(`    step ${o.step} (${o.weight}%): ${stepLine(o, stable, candidate.version)}`),
  });
  const request = { environment: 'staging', version: candidate.version, artifact: candidate.artifact, actor: 'demo' };
  const result = narrate(ctx, await deploy(ctx.config, request, live.engineOptions({ analysis, onRouting: windowOpener(live, analysis, candidate.version) })));
  return { analysis, result };
}

/** The v2 canary on staging, under live traffic, judged after each step from /metrics. */
export const canaryDemoStep: DemoStep = {
  id: 'canary',
  title: 'Canary v2 on staging under live traffic, judged from the server\'s /metrics',
  async run(ctx) {
    await ensureLive(ctx, 'staging', V1);
    const live = await LiveEnvironment.start(ctx, 'staging', { label: `canary of ${V2.version}` });
    try {
      ctx.log(`    modelship serve --env staging at ${live.server.url}; a client sends ${live.load.options.rate} requests/s to /v2/models/${live.model}/infer`);
      const { analysis, result } = await liveCanary(ctx, live, V1.version, { version: V2.version, artifact: V2.artifact });
      await live.load.stop();
      const client = live.load.totals();
      const served = await live.scrape();
      ctx.log(`    the client sent ${client.sent} requests: ${client.ok} answered 200 (${versionsText(client.byVersion)}), ${client.failed} failed${skippedText(live)}`);
      const obs = analysis.observations;
      const expectedWeights = [10, 50, 100];
      const ok =
        result.outcome === 'deployed' &&
        obs.map((o) => o.weight).join() === expectedWeights.join() &&
        obs.every((o) => o.phase === 'successful') &&
        (served.get(V1.version)?.requests ?? 0) > 0 &&
        (served.get(V2.version)?.requests ?? 0) > 0 &&
        client.failed === 0;
      const markdown = [
        `\`modelship serve --env staging\` at ${live.server.url} served the rollout while a client sent ${live.load.options.rate} requests/s. After each step the candidate got 20 warm-up requests (a fresh session's first answers are not what users see a minute later), then the analysis waited for ${analysis.limits.minRequests} answers in the step's window (${analysis.limits.minCandidateRequests} or more by the candidate), read them from \`/metrics\`, and had the gate engine judge them (${rulesText(analysis.limits)}); the environment's own analysis gate (\`strategy.analysis.gate\`, offline quality) ran too.`,
        '',
        canaryTable(obs, V1.version, V2.version),
        '',
        canaryCharts(obs, V2.version),
        '',
        `The client: ${client.sent} requests sent, ${client.ok} answered 200 (${versionsText(client.byVersion)}), **${client.failed} failed**.`,
        '',
        liveGateDetails(obs),
        '',
        details(`Deployment journal: ${result.outcome} — ${result.message}`, renderResultMarkdown(result)),
      ].join('\n');
      return {
        ok,
        summary: ok
          ? `${V2.version} promoted through ${obs.map((o) => `${o.weight}% (observed ${o.share.toFixed(1)}%)`).join(', ')}; every step passed the live analysis; ${client.ok} requests served, none failed`
          : `canary of ${V2.version}: ${result.outcome} (${result.message}); phases ${obs.map((o) => o.phase).join(', ') || 'none'}; client failures ${client.failed}`,
        markdown,
      };
    } finally {
      await live.close();
    }
  },
};

/** A broken re-export canaried on staging: the live analysis fails it at the first step and the engine reverts. */
export const degradedCanaryDemoStep: DemoStep = {
  id: 'canary-degraded',
  title: 'Canary a broken re-export (expected to be rolled back automatically)',
  async run(ctx) {
    const setUp = await ensureLive(ctx, 'staging', V2, V1);
    const artifact = await writeBrokenReexport(ctx);
    ctx.log(`    ${BROKEN.version}: v2 re-exported with a bad graph edit (${path.relative(ctx.projectDir, artifact)}): it passes validate and the offline gate, and fails at inference`);
    const live = await LiveEnvironment.start(ctx, 'staging', { label: `canary of ${BROKEN.version}` });
    try {
      const { analysis, result } = await liveCanary(ctx, live, V2.version, { version: BROKEN.version, artifact: path.relative(ctx.projectDir, artifact) });
      const during = live.load.current;
      const after = live.load.mark('after the automatic rollback');
      await live.load.waitForAnswers(100);
      await live.load.stop();
      const routing = await routingOf(ctx, 'staging');
      const obs = analysis.observations;
      const failedStep = obs.find((o) => o.phase === 'failed');
      ctx.log(`    blast radius: ${during.failed} of the ${during.sent} requests sent during the rollout failed, those routed to ${BROKEN.version} at ${failedStep?.weight ?? '?'}%; after the rollback ${after.ok} of ${after.sent} answered 200 (${versionsText(after.byVersion)})`);
      const ok =
        result.outcome === 'aborted' &&
        result.liveVersion === V2.version &&
        failedStep !== undefined &&
        obs.length === 1 &&
        routing?.stable === V2.version &&
        Object.keys(routing.weights).join() === V2.version &&
        after.failed === 0 &&
        after.ok > 0 &&
        Object.keys(after.byVersion).join() === V2.version;
      const markdown = [
        ...(setUp ? [`_${setUp}._`, ''] : []),
        `${BROKEN.version} is iris v2 re-exported with a bad graph edit: the same signature and offline metrics, so \`validate\` (which every deploy runs) and an offline gate let it through, but it fails at inference on every real input; the canary's live analysis does not let it through.`,
        '',
        canaryTable(obs, V2.version, BROKEN.version),
        '',
        segmentsTable(live.load.segments),
        '',
        `Blast radius: ${during.failed} of the ${during.sent} requests sent during the rollout (${percent(during.failed / Math.max(1, during.sent))}) failed: those the router gave ${BROKEN.version} at ${failedStep?.weight ?? '?'}%. The engine then restored \`${JSON.stringify(routing?.weights ?? {})}\` and staging kept serving ${V2.version} with no failure.`,
        '',
        liveGateDetails(obs),
        '',
        details(`Deployment journal: ${result.outcome} — ${result.message}`, renderResultMarkdown(result)),
      ].join('\n');
      return {
        ok,
        expectedFailure: true,
        summary: ok
          ? `${BROKEN.version} aborted at ${failedStep!.weight}% (${failedStep!.reasons[0]}); staging left on ${V2.version}, which answered all ${after.ok} requests after the revert`
          : `the broken canary was not handled as expected: ${result.outcome} (${result.message}); staging routes ${JSON.stringify(routing?.weights ?? {})}; ${after.failed} failures after the rollback`,
        markdown,
      };
    } finally {
      await live.close();
    }
  },
};

/** Blue-green promotion of v2 to production while production serves a client: the switch loses nothing. */
export const promoteDemoStep: DemoStep = {
  id: 'promote',
  title: 'Promote v2 to production (blue-green) while production serves traffic',
  async run(ctx) {
    const setUp = [await ensureLive(ctx, 'staging', V2, V1)].filter((n): n is string => n !== undefined);
    const r = await switchUnderLoad(ctx, {
      before: V1.version,
      after: V2.version,
      action: (live) => promote(ctx.config, { to: 'production', actor: 'demo' }, live.engineOptions()),
      expected: 'deployed',
      label: 'blue-green switch',
    });
    return setUp.length ? { ...r, markdown: `${setUp.map((n) => `_${n}._`).join('\n\n')}\n\n${r.markdown}` } : r;
  },
};

/** Production rolled back to v1 while serving: rollback re-deploys the recorded payload, observed through the server. */
export const rollbackDemoStep: DemoStep = {
  id: 'rollback',
  title: 'Roll production back to v1 while it serves traffic (modelship rollback)',
  async run(ctx) {
    const setUp = [await ensureLive(ctx, 'staging', V2, V1), await ensureLive(ctx, 'production', V2)].filter((n): n is string => n !== undefined).join('; ') || undefined;
    const r = await switchUnderLoad(ctx, {
      before: V2.version,
      after: V1.version,
      action: (live) => rollback(ctx.config, { environment: 'production', actor: 'demo' }, live.engineOptions()),
      expected: 'rolled-back',
      label: 'rollback',
    });
    const state = await status(ctx.config);
    const table = ['| Environment | Live | Rollback would restore |', '| --- | --- | --- |', ...state.environments.map((e) => `| ${e.environment} | ${e.liveVersion ?? '—'} | ${e.rollbackTarget ?? '—'} |`)];
    const prod = state.environments.find((e) => e.environment === 'production')?.liveVersion;
    return { ...r, ok: r.ok && prod === V1.version, markdown: `${setUp ? `_${setUp}._\n\n` : ''}${r.markdown}\n\nFinal state:\n\n${table.join('\n')}` };
  },
};

async function switchUnderLoad(ctx: DemoContext, o: { before: string; after: string; action: (live: LiveEnvironment) => Promise<DeployResult>; expected: DeployResult['outcome']; label: string }): Promise<DemoStepResult> {
  const live = await LiveEnvironment.start(ctx, 'production', { label: `before (${o.before} live)` });
  try {
    ctx.log(`    modelship serve --env production at ${live.server.url}; a client sends ${live.load.options.rate} requests/s`);
    await live.load.waitForAnswers(100);
    const m0 = await live.scrape();
    const switchAt = live.load.elapsed();
    live.load.mark(`during the ${o.label}`);
    const result = narrate(ctx, await o.action(live));
    const m1 = await live.scrape();
    const doneAt = live.load.elapsed();
    live.load.mark(`after (${o.after} live)`);
    await live.load.waitForAnswers(100);
    await live.load.stop();
    const m2 = await live.scrape();
    const client = live.load.totals();
    const [before, during, after] = live.load.segments;
    ctx.log(`    client: ${segmentLine(before)}; ${segmentLine(during)}; ${segmentLine(after)}${skippedText(live)}`);
    const only = (s: typeof before, v: string) => Object.keys(s.byVersion).join() === v && s.ok > 0;
    const ok = result.outcome === o.expected && client.failed === 0 && only(before, o.before) && only(after, o.after);
    const windows: Array<[string, Map<string, VersionFigures>]> = [
      [`before the ${o.label}`, figuresBetween(new Map(), m0)],
      [`during the ${o.label}`, figuresBetween(m0, m1)],
      [`after the ${o.label}`, figuresBetween(m1, m2)],
    ];
    const serverRows = windows.flatMap(([label, figures]) =>
      [...figures.values()].filter((f) => f.requests > 0).map((f) => `| ${label} | ${f.version || '(no version)'} | ${f.requests} | ${f.errors} | ${ms(quantile(f, 0.5))} | ${ms(quantile(f, 0.99))} |`),
    );
    const markdown = [
      `\`modelship serve --env production\` at ${live.server.url}; a client sent ${live.load.options.rate} requests/s throughout. The ${o.label} took ${((doneAt - switchAt) / 1000).toFixed(2)} s; **${client.failed} requests failed** over ${client.sent}.`,
      '',
      'What the client saw:',
      '',
      segmentsTable(live.load.segments),
      '',
      'What the server counted (`/metrics`, scraped before, right after and at the end):',
      '',
      '| Window | Version | Requests | Errors | p50 ms | p99 ms |',
      '| --- | --- | --- | --- | --- | --- |',
      ...serverRows,
      '',
      `Share of answers by version, 100 ms at a time (lines: ${o.before}, then ${o.after}; the switch at ${(switchAt / 1000).toFixed(1)} s):`,
      '',
      timelineChart(live.load.slots, [o.before, o.after], `${o.before} → ${o.after} on production`),
      '',
      details(`Deployment journal: ${result.outcome} — ${result.message}`, renderResultMarkdown(result)),
    ].join('\n');
    return {
      ok,
      summary: ok
        ? `production switched from ${o.before} to ${o.after} while serving: ${client.sent} requests, ${client.failed} failed; after the ${o.label} every answer came from ${o.after}`
        : `${o.label}: ${result.outcome} (${result.message}); client failures ${client.failed}; served after: ${versionsText(after?.byVersion ?? {})}`,
      markdown,
    };
  } finally {
    await live.close();
  }
}

function quantile(f: VersionFigures, q: number): number {
  return histogramQuantile(q, f.latency) * 1000;
}

/** After each weight change: warm the candidate up, then open the analysis window. */
function windowOpener(live: LiveEnvironment, analysis: LiveCanaryAnalysis, candidate: string): (what: string) => Promise<void> {
  return async (what) => {
    if (what !== 'shift') return;
    await live.warmUp(candidate);
    await analysis.beginWindow();
  };
}

function rulesText(l: LiveCanaryAnalysis['limits']): string {
  return [
    `candidate share within ${l.shareSigmas} binomial σ of the weight`,
    `error rate ≤ ${percent(l.maxErrorRate, 0)} and ≤ the stable's + ${percent(l.errorMargin, 0)}`,
    `side by side with the stable in the same window, no latency shift beyond +${percent(l.maxLatencyShift, 0)} of the stable's median significant at ${percent(l.latencyConfidence, 0)} (Mann-Whitney over every request; no absolute latency bound: load on the machine slows both versions alike)`,
  ].join('; ');
}

/** Sends the schedule skipped because the client already had its maximum waiting: said, never hidden. */
function skippedText(live: LiveEnvironment): string {
  return live.load.skipped > 0 ? ` (${live.load.skipped} scheduled requests not sent: ${live.load.options.maxInFlight ?? 64} were already waiting)` : '';
}

function versionsText(byVersion: Record<string, number>): string {
  return Object.entries(byVersion).sort(([a], [b]) => a.localeCompare(b)).map(([v, n]) => `${n} by ${v}`).join(', ') || 'none';
}

function segmentLine(s: { label: string; sent: number; failed: number; byVersion: Record<string, number> } | undefined): string {
  if (!s) return '—';
  return `${s.label}: ${s.sent} sent, ${s.failed} failed, ${versionsText(s.byVersion)}`;
}

function stepLine(o: StepObservation, stable: string, candidate: string): string {
  const s = o.stable;
  const c = o.candidate;
  const figures = `${o.routed} requests in ${(o.windowMs / 1000).toFixed(2)} s, ${candidate} ${o.share.toFixed(1)}%; errors ${s ? percent(s.errorRate) : '—'} (${stable}) vs ${percent(c.errorRate)}; p99 ${s ? ms(s.p99ms) : '—'} vs ${ms(c.p99ms)} ms`;
  return `${figures} → ${o.phase}${o.phase === 'successful' ? '' : ` (${o.reasons[0]})`}`;
}

/**
 * v2's graph with a bad edit an exporter could make: same signature, same offline metrics, so `validate` and an
 * offline gate pass it, but a Reshape to a fixed shape of 3 elements fails on every real input at inference
 * time (a batch of iris rows has 4·n values), and its result feeds the probabilities, so it always runs.
 */
async function writeBrokenReexport(ctx: DemoContext): Promise<string> {
  const source = path.join(ctx.projectDir, V2.artifact);
  type Node = { input: string[]; output: string[]; name?: string; op_type?: string; attribute?: unknown[] };
  const message = ModelProto.decode(await readFile(source)) as unknown as { graph: { input: Array<{ name: string }>; node: Node[]; output: Array<{ name: string }>; initializer: unknown[] } };
  const input = message.graph.input[0].name;
  const probabilities = message.graph.output[0].name;
  const producer = message.graph.node.find((n) => n.output.includes(probabilities))!;
  producer.output = producer.output.map((o) => (o === probabilities ? 'reexport/probabilities' : o));
  for (const node of message.graph.node) node.input = node.input.map((n) => (n === probabilities ? 'reexport/probabilities' : n));
  const int64 = (values: number[]) => Buffer.from(new BigInt64Array(values.map(BigInt)).buffer);
  const float32 = (values: number[]) => Buffer.from(new Float32Array(values).buffer);
  message.graph.initializer.push(
    { name: 'reexport/shape', dims: [1], data_type: 7, raw_data: int64([3]) },
    { name: 'reexport/zero', dims: [], data_type: 1, raw_data: float32([0]) },
  );
  message.graph.node.push(
    { name: 'reexport/reshape', op_type: 'Reshape', input: [input, 'reexport/shape'], output: ['reexport/reshaped'] },
    { name: 'reexport/sum', op_type: 'ReduceSum', input: ['reexport/reshaped'], output: ['reexport/sum'], attribute: [{ name: 'keepdims', type: 2, i: 0 }] },
    { name: 'reexport/mul', op_type: 'Mul', input: ['reexport/sum', 'reexport/zero'], output: ['reexport/nothing'] },
    { name: 'reexport/add', op_type: 'Add', input: ['reexport/probabilities', 'reexport/nothing'], output: [probabilities] },
  );
  const out = path.join(ctx.projectDir, BROKEN.artifact);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, ModelProto.encode(message as never).finish());
  return out;
}
