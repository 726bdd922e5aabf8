import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { didYouMean } from '../core/text.js';
import { readScoreSettings, type AutomatedEvidenceConfig, type ScoreSettings } from './config.js';
import { DETECTORS } from './detect/registry.js';
import type { DetectContext } from './detect/detector.js';
import { runCommand as defaultRunCommand } from './evidence/command.js';
import { manualVerifier } from './evidence/manual.js';
import { AUTOMATED_VERIFIERS } from './evidence/registry.js';
import type { CommandRunner, EvidenceContext, Verification } from './evidence/verifier.js';
import { nextSteps } from './next-steps.js';
import type { RepoFiles } from './repo/files.js';
import { ancestorWithWorkflows } from './root.js';
import { RUBRIC, RUBRIC_BY_ID, TEST_IDS } from './rubric.js';
import { computeScore, pointsFor } from './scoring.js';
import { buildTestIndex, type TestIndex } from './test-index.js';
import { findRunners, type RunningStep } from './test-runners.js';
import type { EvidenceRecord, Finding, ScoreReport, TestResult, TestStatus } from './types.js';
import { indexWorkflows } from './workflows.js';

export interface ScoreOptions {
  loaded: LoadedConfig;
  repo: RepoFiles;
  now?: Date;
  /** Overrides score.minimum (CLI `--minimum`, action input `minimum`). */
  minimum?: number;
  /** Defaults to running commands for real when the repository is the working tree. */
  runCommand?: CommandRunner;
  /** Outcomes of commands on the working tree, shared with the base ref's evaluation. */
  commandOutcomes?: Map<string, boolean>;
}

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/** Scores a repository against the rubric: configured evidence verified, detected evidence added, the paper's rule applied. */
export async function scoreRepository(options: ScoreOptions): Promise<ScoreReport> {
  const { loaded, repo } = options;
  const now = options.now ?? new Date();
  const settings = readScoreSettings(loaded);
  const workflows = await indexWorkflows(repo, settings.defaultBranch ? [settings.defaultBranch] : undefined);
  let testIndex: Promise<TestIndex> | undefined;
  let runners: Promise<RunningStep[]> | undefined;
  const ctx: EvidenceContext = {
    repo,
    workflows,
    tests: () => (testIndex ??= buildTestIndex(repo)),
    runners: () => (runners ??= findRunners(workflows, repo)),
    settings,
    now,
    runCommand: repo.live ? (options.runCommand ?? defaultRunCommand) : undefined,
    commandOutcomes: options.commandOutcomes ?? new Map(),
  };
  const findings: Finding[] = [...workflows.findings];
  const evidence = new Map<string, EvidenceRecord[]>(TEST_IDS.map((id) => [id, []]));
  const notApplicable = new Map<string, string>();

  if (repo.live) {
    const suggestion = ancestorWithWorkflows(repo.root);
    if (suggestion) {
      findings.push({
        severity: 'note', code: 'root-without-workflows',
        message: `${repo.root} has no .github/workflows, but ${suggestion} has: workflows are read from the repository root`,
        hint: `pass --root ${path.relative(process.cwd(), suggestion) || '.'} (action input root) if that is the repository`,
      });
    }
  }

  for (const [id, entry] of Object.entries(settings.tests)) {
    const keyPath = ['tests', id];
    if (!RUBRIC_BY_ID.has(id)) {
      findings.push({
        severity: 'error', code: 'unknown-test-id', test: id,
        message: `score.tests.${id}: "${id}" is not a test of the ML Test Score`,
        location: settings.locate(keyPath),
        hint: didYouMean(id, TEST_IDS) ?? 'ids are data-1..data-7, model-1..model-7, infra-1..infra-7, monitor-1..monitor-7',
      });
      continue;
    }
    const records = evidence.get(id)!;
    if (entry.manual) {
      const v = await manualVerifier.verify(entry.manual, ctx, [...keyPath, 'manual'], id);
      findings.push(...v.findings);
      records.push(toRecord('manual', 'manual', v, settings.locate([...keyPath, 'manual'])));
    }
    if (entry.automated) {
      const v = await verifyAutomated(entry.automated, ctx, [...keyPath, 'automated'], id);
      findings.push(...v.findings);
      records.push(toRecord(v.kind, 'automated', v, settings.locate([...keyPath, 'automated'])));
    }
    if (entry.notApplicable !== undefined) notApplicable.set(id, entry.notApplicable);
  }

  const detectCtx: DetectContext = { ...ctx, config: loaded.config, locateConfig: (k) => loaded.locate(k) };
  for (const detector of DETECTORS) {
    if (!settings.autoDetect[detector.name]) continue;
    const { detected, findings: more } = await detector.detect(detectCtx);
    findings.push(...more);
    for (const d of detected) evidence.get(d.test)?.push(d.record);
  }

  const tests: TestResult[] = RUBRIC.map((rubric) => {
    const records = evidence.get(rubric.id)!.sort((a, b) => Number(b.credited) - Number(a.credited) || (a.level === b.level ? 0 : a.level === 'automated' ? -1 : 1));
    const status: TestStatus = records.some((r) => r.credited && r.level === 'automated') ? 'automated' : records.some((r) => r.credited) ? 'manual' : 'missing';
    const reason = notApplicable.get(rubric.id);
    let applicable = reason === undefined;
    if (!applicable && status !== 'missing') {
      applicable = true;
      findings.push({
        severity: 'warning', code: 'not-applicable-with-evidence', test: rubric.id,
        message: `score.tests.${rubric.id} is declared not applicable but has ${status} evidence: it is scored as applicable`,
        location: settings.locate(['tests', rubric.id, 'notApplicable']), hint: 'remove notApplicable, or the evidence',
      });
    }
    return {
      id: rubric.id,
      section: rubric.section,
      title: rubric.title,
      status,
      points: pointsFor(status),
      applicable,
      ...(applicable || reason === undefined ? {} : { notApplicableReason: reason }),
      effort: rubric.effort,
      evidence: records,
    };
  });

  const scoring = computeScore(tests, settings.notApplicable);
  for (const s of scoring.sections) {
    if (s.excluded) {
      findings.push({ severity: 'warning', code: 'section-excluded', message: `every ${s.title} test is declared not applicable: the section is left out of the minimum`, location: settings.locate(['notApplicable']) });
    }
  }
  const minimum = options.minimum ?? settings.minimum;
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location?.line ?? 0) - (b.location?.line ?? 0));
  return {
    score: scoring.score,
    band: scoring.band,
    bandDescription: scoring.bandDescription,
    sections: Object.fromEntries(scoring.sections.map((s) => [s.id, s.score])) as ScoreReport['sections'],
    sectionDetail: scoring.sections,
    weakestSections: scoring.weakest,
    tests,
    findings,
    nextSteps: nextSteps(tests, settings.notApplicable),
    naPolicy: settings.notApplicable,
    minimum,
    passed: minimum === null || scoring.score >= minimum,
    rubric: 'breck-2017',
    scoring: { manual: 0.5, automated: 1, final: 'minimum of the four section scores' },
    root: repo.root,
    config: loaded.file,
    generatedAt: now.toISOString(),
  };
}

/** Every kind given under `automated:` must hold: one combined verification. */
async function verifyAutomated(config: AutomatedEvidenceConfig, ctx: EvidenceContext, keyPath: Array<string | number>, testId: string): Promise<Verification & { kind: string }> {
  const results: Array<{ kind: string; v: Verification }> = [];
  for (const key of Object.keys(AUTOMATED_VERIFIERS) as Array<keyof AutomatedEvidenceConfig>) {
    const value = config[key];
    if (value === undefined) continue;
    const verifier = AUTOMATED_VERIFIERS[key] as { kind: string; verify(c: unknown, ctx: EvidenceContext, k: Array<string | number>, id: string): Promise<Verification> };
    results.push({ kind: verifier.kind, v: await verifier.verify(value, ctx, [...keyPath, key], testId) });
  }
  const failed = results.filter((r) => !r.v.credited);
  return {
    kind: results.map((r) => r.kind).join('+'),
    credited: results.length > 0 && failed.length === 0,
    description: results.map((r) => r.v.description).join('; '),
    problem: failed.length > 0 ? failed.map((r) => r.v.problem).join('; ') : undefined,
    location: results.find((r) => r.v.location)?.v.location,
    findings: results.flatMap((r) => r.v.findings),
    proof: results.flatMap((r) => (r.v.proof ?? [r.v.description]).map((p) => (results.length > 1 ? `${r.kind}: ${p}` : p))),
  };
}

function toRecord(kind: string, level: 'manual' | 'automated', v: Verification, declaredAt: EvidenceRecord['declaredAt']): EvidenceRecord {
  return {
    kind,
    source: 'configured',
    level,
    credited: v.credited,
    description: v.description,
    ...(v.problem ? { problem: v.problem } : {}),
    ...(v.location ? { location: v.location } : {}),
    ...(v.credited && v.proof ? { proof: v.proof } : {}),
    declaredAt,
  };
}

