import type { ParsedCommand } from './grammar.js';

/** What a command runs with: the pinned commit and who asked, never the branch name. */
export interface ExecutionContext {
  sha: string;
  actor: string;
  pullRequest: number;
  dryRun: boolean;
  /**
   * Called as the command progresses (the deployment is recorded, a step ends), so the reply can show it
   * while a long rollout runs. Its failures are the caller's to report; they never stop the command.
   */
  progress?: (update: ExecutionProgress) => Promise<void>;
}

/** What is known while a command runs. */
export interface ExecutionProgress {
  /** Steps that ended so far, in order. */
  steps: ExecutionStep[];
  /** A page for the deployment being made, once it is recorded. */
  deploymentUrl?: string;
}

export interface ExecutionStep {
  name: string;
  status: 'ok' | 'failed' | 'skipped' | 'planned' | 'reverted' | 'started';
  detail: string;
}

export interface ExecutionResult {
  ok: boolean;
  /** One sentence: what happened and where the environment is now. */
  message: string;
  steps: ExecutionStep[];
  version?: string;
  environmentUrl?: string;
  deploymentUrl?: string;
  /** Markdown shown in the reply below the steps (e.g. the /status table). */
  details?: string;
}

/**
 * The port through which an authorised command acts. The deploy engine adapter implements it; tests use a
 * recording fake, so "nothing was deployed" is an assertion on its calls.
 */
export interface CommandExecutor {
  /** Whether it runs this command; the ones it does not are `approved` for the workflow's own steps. Default: all. */
  handles?(command: ParsedCommand): boolean;
  run(command: ParsedCommand, context: ExecutionContext): Promise<ExecutionResult>;
}
