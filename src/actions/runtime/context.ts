import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedConfig } from '../../core/config.js';
import type { SourceLocation } from '../../core/errors.js';
import type { ActionEvent } from './event.js';
import type { Inputs } from './inputs.js';
import type { PullRequestRef } from './pull-request.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  location?: SourceLocation;
}

/** What an action body gets: typed inputs and the runner's channels, nothing else. */
export interface ActionContext {
  inputs: Inputs;
  /** The workspace (GITHUB_WORKSPACE, else the current folder). */
  workspace: string;
  /** Loads the `config` input (default modelship.yml) from the workspace. */
  loadConfig(): Promise<LoadedConfig>;
  /** The same, or undefined when the file is not there (for capabilities whose configuration is optional). */
  loadConfigIfPresent(): Promise<LoadedConfig | undefined>;
  /** Whether the `config` input names a file other than the default (action.yml always passes the default). */
  configNamed: boolean;
  setOutput(name: string, value: string | number | boolean): void;
  /** Appends Markdown to the job summary (written once, at the end). */
  summary(markdown: string): void;
  annotate(annotation: Annotation): void;
  /** Writes a JSON report under RUNNER_TEMP/modelship/ and returns its path. */
  writeReport(name: string, data: unknown): Promise<string>;
  /** The triggering event, read once per run. */
  event(): ActionEvent;
  /** The pull request of the triggering event (pull_request, or a comment on one), if any. */
  pullRequest(): PullRequestRef | undefined;
  /** The page of this workflow run, when running in GitHub Actions. */
  runUrl: string | undefined;
  /**
   * Keeps one comment per `key` on the event's pull request, edited in place on every run. A comment that
   * cannot be written (a fork's read-only token, an outage) is a warning, never a failure: the verdict
   * stands without it. Resolves to the comment's URL, or undefined when none was written.
   */
  stickyComment(key: string, markdown: string): Promise<string | undefined>;
  /**
   * Creates a completed check run on the commit under test (the pull request's head, else GITHUB_SHA, each a
   * checked full SHA). Like the comment, it is never the verdict: no token, no SHA, a read-only token or an
   * outage is a warning. Resolves to the check run's id, or undefined when none was created.
   */
  checkRun(report: CheckRunReport): Promise<number | undefined>;
  /** Masks a value in the log from now on. */
  secret(value: string): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  env: NodeJS.ProcessEnv;
}

/** A check run as a capability renders it: the runtime adds the commit, the repository and the token. */
export interface CheckRunReport {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown. */
  summary: string;
  annotations: Array<{ file: string; line: number; level: 'notice' | 'warning' | 'failure'; title?: string; message: string }>;
}

/** What an action body returns: a failure message when its check failed (the step then fails). */
export interface ActionResult {
  failed?: string;
}

export interface ActionSpec {
  name: string;
  run(ctx: ActionContext): Promise<ActionResult | void>;
}

export async function writeJsonReport(env: NodeJS.ProcessEnv, name: string, data: unknown): Promise<string> {
  const dir = path.join(env.RUNNER_TEMP || path.join(process.cwd(), '.modelship'), 'modelship');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** Path of a file relative to the workspace, as annotations need it. */
export function workspaceRelative(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
