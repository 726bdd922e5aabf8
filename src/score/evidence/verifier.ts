import type { SourceLocation } from '../../core/errors.js';
import type { ScoreSettings } from '../config.js';
import type { RepoFiles } from '../repo/files.js';
import type { TestIndex } from '../test-index.js';
import type { RunningStep } from '../test-runners.js';
import type { Finding } from '../types.js';
import type { WorkflowIndex } from '../workflows.js';

/** Runs a command (argument array, no shell) in the repository root; resolves its exit code or the reason it did not run. */
export type CommandRunner = (argv: string[], options: { cwd: string; timeoutMs: number }) => Promise<{ exitCode: number | null; error?: string; output?: string }>;

/** Everything a verifier may look at; nothing else reaches it. */
export interface EvidenceContext {
  repo: RepoFiles;
  workflows: WorkflowIndex;
  tests(): Promise<TestIndex>;
  /** Every test runner invoked by an active workflow step (computed once). */
  runners(): Promise<RunningStep[]>;
  settings: ScoreSettings;
  now: Date;
  /** Undefined when commands cannot run (the base ref is not checked out): see `commandOutcomes`. */
  runCommand?: CommandRunner;
  /** Outcomes of commands already run on the working tree, by JSON of the argv (reused for the base ref). */
  commandOutcomes: Map<string, boolean>;
}

export interface Verification {
  credited: boolean;
  description: string;
  problem?: string;
  location?: SourceLocation;
  findings: Finding[];
  /** For `--explain`: each fact that makes this evidence count, in order. */
  proof?: string[];
}

/** One kind of configured evidence, checked by Modelship itself. */
export interface EvidenceVerifier<C> {
  kind: string;
  level: 'automated' | 'manual';
  /** `keyPath` is where the evidence sits under `score` (for findings on modelship.yml lines). */
  verify(config: C, ctx: EvidenceContext, keyPath: Array<string | number>, testId: string): Promise<Verification>;
}

export function notCredited(description: string, problem: string, findings: Finding[] = [], location?: SourceLocation): Verification {
  return { credited: false, description, problem, findings, location };
}
