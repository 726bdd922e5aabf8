import type { LoadedConfig } from '../core/config.js';

// What a demo step is: the contract between the demo's pipeline (./pipeline.ts) and its steps (./steps/).

export interface DemoContext {
  /** The demo's own copy of the example project: steps may change it freely. */
  projectDir: string;
  /** Scratch space beside the project (git repositories, deployment roots, reports). */
  workDir: string;
  config: LoadedConfig;
  log(line: string): void;
}

export interface DemoStepResult {
  ok: boolean;
  /** One line for the narration. */
  summary: string;
  /** Markdown for the report: tables, Mermaid charts. */
  markdown?: string;
  /** A step may be expected to refuse something (a malicious pickle, a degraded model): say so. */
  expectedFailure?: boolean;
}

export interface DemoStep {
  id: string;
  title: string;
  run(ctx: DemoContext): Promise<DemoStepResult>;
}
