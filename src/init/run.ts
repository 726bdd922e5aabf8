import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { discoverProject, type FoundModel, type ProjectScan } from './discover.js';
import { renderConfig, renderWorkflows, type RenderOptions } from './render.js';
import type { InitRequest } from './request.js';

export interface PlannedFile {
  /** Relative to the project root. */
  path: string;
  action: 'create' | 'overwrite';
  content: string;
}

export interface InitResult {
  root: string;
  dryRun: boolean;
  models: Array<Pick<FoundModel, 'name' | 'path' | 'format' | 'size' | 'card' | 'signature' | 'notes'> & { metrics?: string; gatedMetrics: string[] }>;
  files: PlannedFile[];
  ci: { workflows: string[]; modelshipWorkflows: string[]; otherCi: string[] };
  notes: string[];
  next: string[];
}

/** The Modelship release the written workflows pin (the moving major tag). */
export const WORKFLOW_REF = 'v1';
const LOCAL_STATE_IGNORE = '# Written by `modelship init`: what the local environments deploy, and their state, stay on this machine.\nrepository/\ndeployments/\n';
const SCHEMA_URL = 'https://raw.githubusercontent.com/modelship/modelship/v1/schema/modelship.schema.json';

/** Finds the models, plans modelship.yml (+ workflows, + SHA256SUMS) and writes them unless asked not to. */
export async function initProject(request: InitRequest, now = new Date()): Promise<InitResult> {
  const scan = await discoverProject(request.root);
  if (scan.models.length === 0) {
    throw new ModelshipError(`no model file found under ${request.root} (looked by content for ONNX, safetensors, GGUF, PyTorch, TorchScript, pickle, joblib, Keras, HDF5 and TFLite files)`, {
      hint: 'put the model file in the repository first (Git LFS pointers are not models: run `git lfs pull`)',
    });
  }
  const options: RenderOptions = {
    schemaRef: schemaRefFor(request),
    workflowRef: WORKFLOW_REF,
    manifest: request.manifest,
    defaultBranch: await defaultBranch(request.root),
    date: now.toISOString().slice(0, 10),
  };
  const planned: Array<{ path: string; content: string }> = [{ path: rel(request.root, request.configFile), content: renderConfig(scan, options) }];
  if (request.workflows && scan.modelshipWorkflows.length === 0) planned.push(...renderWorkflows(scan, options));
  if (request.manifest) planned.push({ path: 'SHA256SUMS', content: await sha256sums(request.root, scan.models) });
  // The local environments' copies of models and their state belong to this machine, not to the repository.
  if (!existsSync(path.join(request.root, '.modelship', '.gitignore'))) planned.push({ path: '.modelship/.gitignore', content: LOCAL_STATE_IGNORE });

  const files: PlannedFile[] = planned.map((f) => ({ ...f, action: existsSync(path.join(request.root, f.path)) ? 'overwrite' : 'create' }));
  const clashes = files.filter((f) => f.action === 'overwrite');
  if (clashes.length && !request.force && !request.dryRun) {
    throw new ModelshipError(`${clashes.map((f) => f.path).join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written`, {
      hint: 'see what would be written with `modelship init --dry-run`, or replace them with --force',
    });
  }
  if (!request.dryRun) {
    for (const file of files) await writeAtomically(path.join(request.root, file.path), file.content);
  }
  return {
    root: request.root,
    dryRun: request.dryRun,
    models: scan.models.map((m) => ({
      name: m.name,
      path: m.path,
      format: m.format,
      size: m.size,
      card: m.card,
      signature: m.signature,
      notes: m.notes,
      metrics: m.metrics?.path,
      gatedMetrics: m.metrics?.values.map((v) => v.name) ?? [],
    })),
    files,
    ci: { workflows: scan.workflows, modelshipWorkflows: scan.modelshipWorkflows, otherCi: scan.otherCi },
    notes: notesFor(scan, request),
    next: nextCommands(scan, request),
  };
}

function notesFor(scan: ProjectScan, request: InitRequest): string[] {
  const notes: string[] = [];
  if (scan.modelshipWorkflows.length) notes.push(`${scan.modelshipWorkflows.join(', ')} already use Modelship: no workflow written`);
  if (scan.otherCi.length) notes.push(`other CI found (${scan.otherCi.join(', ')}): it keeps running; the workflows written are for GitHub Actions`);
  if (!scan.isGitRepository) notes.push('this folder is not a git repository: `modelship version` and `release` need one (git init, then commit)');
  if (scan.truncated) notes.push('the folder has more than 50,000 entries: the scan stopped early and may have missed models');
  if (scan.models.some((m) => m.format !== 'onnx')) notes.push('serve and bench run ONNX models: docs/export.md shows how to export scikit-learn and PyTorch models');
  if (!request.workflows) notes.push('no workflow written (--no-workflows)');
  return notes;
}

function nextCommands(scan: ProjectScan, request: InitRequest): string[] {
  const config = rel(request.root, request.configFile) === 'modelship.yml' ? '' : ` --config ${rel(request.root, request.configFile)}`;
  const gated = scan.models.some((m) => (m.metrics?.values.length ?? 0) > 0);
  return [
    `npx modelship validate${config}`,
    gated ? `npx modelship gate${config}` : `npx modelship score${config}`,
    `npx modelship release${config} && npx modelship deploy staging${config}`,
  ];
}

/** The schema beside the installed package when there is one, so editors work offline; else the release's. */
function schemaRefFor(request: InitRequest): string {
  const installed = path.join(request.root, 'node_modules', 'modelship', 'schema', 'modelship.schema.json');
  if (existsSync(installed)) return path.relative(path.dirname(request.configFile), installed).split(path.sep).join('/');
  return SCHEMA_URL;
}

/** The branch HEAD names (read from .git/HEAD; no git process needed), else main. */
async function defaultBranch(root: string): Promise<string> {
  const head = await readFile(path.join(root, '.git', 'HEAD'), 'utf8').catch(() => '');
  const match = /^ref: refs\/heads\/(.+)\s*$/.exec(head);
  return match ? match[1].trim() : 'main';
}

async function sha256sums(root: string, models: FoundModel[]): Promise<string> {
  const lines: string[] = [];
  for (const model of [...models].sort((a, b) => a.path.localeCompare(b.path))) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path.join(root, model.path), { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    lines.push(`${hash.digest('hex')}  ${model.path}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Write to a temporary file beside the target, then rename: a failure never leaves half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.modelship-init-${process.pid}.tmp`;
  await writeFile(temporary, content, { flag: 'wx' });
  await rename(temporary, file);
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
