import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { silentProgress, type Progress } from '../core/progress.js';
import type { DemoContext, DemoStep, DemoStepResult } from './step.js';
import { DEMO_STEPS } from './steps/index.js';

export interface DemoReport {
  workDir: string;
  reportPath: string;
  ok: boolean;
  steps: Array<{ id: string; title: string; ok: boolean; summary: string; expectedFailure: boolean; seconds: number }>;
}

/** Finds `examples/iris` next to the package, from the source tree or the built bundle. */
export function findExampleProject(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'examples', 'iris');
    if (existsSync(path.join(candidate, 'modelship.yml'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new ModelshipError('cannot find the example project examples/iris next to modelship', { hint: 'pass --example DIR' });
    dir = parent;
  }
}

/** Copies the example into a fresh folder and runs every step there; the checkout is never touched. */
export async function runDemo(options: {
  exampleDir?: string;
  workDir?: string;
  log: (line: string) => void;
  steps?: DemoStep[];
  /** Hears the steps done (the CLI draws it on a terminal). */
  progress?: Progress;
}): Promise<DemoReport> {
  const exampleDir = options.exampleDir ?? findExampleProject();
  const workDir = options.workDir ? path.resolve(options.workDir) : await mkdtemp(path.join(os.tmpdir(), 'modelship-demo-'));
  await mkdir(workDir, { recursive: true });
  const projectDir = path.join(workDir, 'project');
  if (existsSync(projectDir)) throw new ModelshipError(`${projectDir} already exists: pass an empty --workdir`);
  await cp(exampleDir, projectDir, { recursive: true });
  const config = await loadConfig(path.join(projectDir, 'modelship.yml'));
  const ctx: DemoContext = { projectDir, workDir, config, log: options.log };

  const steps: DemoReport['steps'] = [];
  const markdown: string[] = ['# Modelship demo report', '', `Example project: \`${projectDir}\``, ''];
  const plan = options.steps ?? DEMO_STEPS;
  const progress = options.progress ?? silentProgress;
  progress.start('demo', plan.length, 'steps');
  for (const [i, step] of plan.entries()) {
    progress.update(i, step.title);
    options.log(`\n[${i + 1}] ${step.title}`);
    let result: DemoStepResult;
    const t0 = performance.now();
    try {
      result = await step.run(ctx);
    } catch (err) {
      result = { ok: false, summary: `step failed: ${err instanceof ModelshipError ? err.describe() : (err as Error).message}` };
    }
    const seconds = (performance.now() - t0) / 1000;
    options.log(`    ${result.ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s): ${result.summary}`);
    steps.push({ id: step.id, title: step.title, ok: result.ok, summary: result.summary, expectedFailure: result.expectedFailure === true, seconds: Number(seconds.toFixed(2)) });
    markdown.push(`## ${i + 1}. ${step.title}`, '', `**${result.ok ? 'ok' : 'failed'}** (${seconds.toFixed(1)} s) — ${result.summary}`, '');
    if (result.markdown) markdown.push(result.markdown.trimEnd(), '');
  }
  // Each step catches its own failure, so the loop always gets here.
  progress.update(plan.length);
  progress.stop();
  const reportPath = path.join(workDir, 'report.md');
  await writeFile(reportPath, `${markdown.join('\n').trimEnd()}\n`);
  return { workDir, reportPath, ok: steps.every((s) => s.ok), steps };
}
