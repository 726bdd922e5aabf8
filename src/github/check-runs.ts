import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import type { GitHubClient } from './client.js';

/** The Checks API takes at most this many annotations per request; the rest go in updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for the output summary and text. */
export const CHECK_OUTPUT_MAX_LENGTH = 65535;
/** Annotations past this are dropped (counted in the result): 10 API calls is enough for a person to read. */
export const DEFAULT_MAX_ANNOTATIONS = 500;

export type CheckAnnotationLevel = 'notice' | 'warning' | 'failure';
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
export type CheckStatus = 'queued' | 'in_progress' | 'completed';

export interface CheckAnnotation {
  /** Relative to the repository root; absolute paths are made relative to `workspace`. */
  path: string;
  startLine: number;
  endLine?: number;
  /** Kept only when the annotation is on one line (GitHub's rule). */
  startColumn?: number;
  endColumn?: number;
  level: CheckAnnotationLevel;
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  /** Default `completed` when a conclusion is given, else `in_progress`. */
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
  /** The checkout root, to turn absolute annotation paths into repository paths. */
  workspace?: string;
  maxAnnotations?: number;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** API calls made: 1 plus one per further 50 annotations. */
  requests: number;
  annotationsSent: number;
  /** Annotations past `maxAnnotations` (the most severe are kept). */
  annotationsDropped: number;
}

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: CheckAnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

const SEVERITY: Record<CheckAnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * Creates a check run with its output, sending the first 50 annotations with the create call and the rest
 * in updates of 50 (GitHub appends them).
 */
export async function createCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const all = (input.annotations ?? [])
    .map((a) => toApiAnnotation(a, input.workspace))
    .sort((a, b) => SEVERITY[a.annotation_level] - SEVERITY[b.annotation_level]);
  const max = input.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
  const kept = all.slice(0, max);
  const batches: ApiAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));

  const output = {
    title: clip(input.title, 255),
    summary: clip(input.summary, CHECK_OUTPUT_MAX_LENGTH),
    ...(input.text !== undefined ? { text: clip(input.text, CHECK_OUTPUT_MAX_LENGTH) } : {}),
  };
  const status = input.status ?? (input.conclusion ? 'completed' : 'in_progress');
  if (status === 'completed' && !input.conclusion) {
    throw new ModelshipError(`check run "${input.name}": a completed check run needs a conclusion`);
  }
  const { data } = await client.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status,
    ...(input.conclusion ? { conclusion: input.conclusion } : {}),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    ...(input.externalId ? { external_id: input.externalId } : {}),
    output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
  });
  for (const batch of batches.slice(1)) {
    // Each update must repeat the title and summary.
    await client.rest.checks.update({
      owner: input.owner,
      repo: input.repo,
      check_run_id: data.id,
      output: { title: output.title, summary: output.summary, annotations: batch },
    });
  }
  return {
    id: data.id,
    url: data.html_url ?? data.url,
    requests: Math.max(1, batches.length),
    annotationsSent: kept.length,
    annotationsDropped: all.length - kept.length,
  };
}

export interface CheckRunUpdate {
  owner: string;
  repo: string;
  checkRunId: number;
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  title?: string;
  summary?: string;
  text?: string;
}

/** Moves a check run on (e.g. in_progress to completed) and replaces its output text. */
export async function updateCheckRun(client: GitHubClient, update: CheckRunUpdate): Promise<void> {
  if ((update.title === undefined) !== (update.summary === undefined)) {
    throw new ModelshipError('a check run output needs both a title and a summary');
  }
  await client.rest.checks.update({
    owner: update.owner,
    repo: update.repo,
    check_run_id: update.checkRunId,
    ...(update.conclusion ? { conclusion: update.conclusion, status: 'completed' as const } : update.status ? { status: update.status } : {}),
    ...(update.title !== undefined && update.summary !== undefined
      ? {
          output: {
            title: clip(update.title, 255),
            summary: clip(update.summary, CHECK_OUTPUT_MAX_LENGTH),
            ...(update.text !== undefined ? { text: clip(update.text, CHECK_OUTPUT_MAX_LENGTH) } : {}),
          },
        }
      : {}),
  });
}

function toApiAnnotation(a: CheckAnnotation, workspace: string | undefined): ApiAnnotation {
  const startLine = Math.max(1, Math.floor(a.startLine));
  const endLine = Math.max(startLine, Math.floor(a.endLine ?? startLine));
  const oneLine = startLine === endLine;
  return {
    path: repositoryPath(a.path, workspace),
    start_line: startLine,
    end_line: endLine,
    ...(oneLine && a.startColumn !== undefined ? { start_column: Math.max(1, Math.floor(a.startColumn)) } : {}),
    ...(oneLine && a.endColumn !== undefined ? { end_column: Math.max(1, Math.floor(a.endColumn)) } : {}),
    annotation_level: a.level,
    message: clip(a.message, 64 * 1024 - 1),
    ...(a.title ? { title: clip(a.title, 255) } : {}),
    ...(a.rawDetails ? { raw_details: clip(a.rawDetails, 64 * 1024 - 1) } : {}),
  };
}

/** `./models/a.onnx`, `models\a.onnx` or `<workspace>/models/a.onnx` to `models/a.onnx`; refuses paths outside. */
export function repositoryPath(file: string, workspace?: string): string {
  let p = file.replace(/\\/g, '/');
  if (path.posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
    if (!workspace) throw new ModelshipError(`annotation path ${file} is absolute; pass the workspace to make it relative`);
    p = path.relative(workspace, file).replace(/\\/g, '/');
  }
  const normal = path.posix.normalize(p).replace(/^(\.\/)+/, '');
  if (normal === '..' || normal.startsWith('../') || normal === '' || normal === '.') {
    throw new ModelshipError(`annotation path ${file} is outside the repository`);
  }
  return normal;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
