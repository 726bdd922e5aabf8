import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ExitCode, ModelshipError } from '../core/errors.js';
import { createMetricSource, MergedMetricSet, parseFileSpec, parseMetricsText, type FileSourceSpec, type MetricSource, type MetricSourceSpec, type SourceContext } from '../core/metrics/index.js';
import { MAX_METRICS_FILE_BYTES } from '../core/metrics/text-file.js';
import { GitTree, openGit, type Git } from '../core/git/index.js';
import { TagFormat } from './tag-format.js';

/**
 * The metrics of a model version, bound to that version: read at its release tag (git's content
 * addressing makes them as immutable as the tag), checked against the sha256 recorded in the release
 * notes and in the deployment payload, and never taken from whatever the checkout holds today.
 *
 * A version never released (no tag, in a full clone or outside git) is bound at its first deploy to the
 * checkout's files as they are then: their sha256 go into the deployment payload, and every later gate
 * (canary analysis, promotion) verifies the files still have those bytes. Anything else (a released
 * version whose tag is not here, a file the release does not hold, bytes that differ from the record) is
 * refused with exit code 2: a version whose metrics cannot be found is never judged on other data.
 * Run-time evidence that names the version it measured (a `batch compare` report) is the exception: it is
 * read from the workspace, and refused when it names another version.
 */

/** A metrics file of a version: path relative to the folder of modelship.yml (as gates write it), sha256 of its bytes. */
export interface RecordedMetricFile {
  path: string;
  sha256: string;
}

/** What a deployment payload records about its version's metrics. */
export interface VersionMetricsRecord {
  /** The release tag the files were read at; absent when the version was never released (read from the checkout at its first deploy). */
  tag?: string;
  commit?: string;
  files: RecordedMetricFile[];
}

/** What a gate needs to read its candidate for a version (src/gate/run.ts takes it as `candidateVersion`). */
export interface CandidateBinding {
  describe(): string;
  source(spec: MetricSourceSpec, ctx: SourceContext, gate: string): MetricSource;
}

const NOTES_MARKER = 'modelship:metrics-files';

/** The hidden line of the release notes that records the metrics files (`<!-- modelship:metrics-files {...} -->`). */
export function metricsFilesComment(files: RecordedMetricFile[]): string {
  // JSON inside an HTML comment: "--" cannot appear in paths git accepts here, but escape ">" anyway.
  return `<!-- ${NOTES_MARKER} ${JSON.stringify({ files }).replace(/>/g, '\\u003e')} -->`;
}

/** The files recorded by metricsFilesComment in release notes, or undefined when the notes have none. */
export function parseMetricsFilesComment(notes: string): RecordedMetricFile[] | undefined {
  const m = new RegExp(`<!-- ${NOTES_MARKER} (\\{.*?\\}) -->`).exec(notes);
  if (!m) return undefined;
  try {
    const data = JSON.parse(m[1]) as { files?: unknown };
    if (!Array.isArray(data.files)) return undefined;
    return data.files.filter((f): f is RecordedMetricFile => typeof f?.path === 'string' && typeof f?.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256));
  } catch {
    return undefined;
  }
}

/**
 * The metrics files that judge `model`: the candidate files of every gate about it (gates naming it, and
 * gates naming no model), and the model's own `metrics`. Paths are relative to the folder of modelship.yml.
 * Live sources (Prometheus) measure the running version and are not files of it.
 */
export function versionMetricFiles(loaded: LoadedConfig, model: string): string[] {
  const out = new Set<string>();
  const own = loaded.config.models[model]?.metrics;
  const gates = (loaded.config.gates ?? {}) as Record<string, { model?: string; candidate?: MetricSourceSpec }>;
  for (const gate of Object.values(gates)) {
    if (gate.model !== undefined && gate.model !== model) continue;
    const spec = gate.candidate ?? (gate.model !== undefined ? loaded.config.models[gate.model]?.metrics : undefined);
    if (spec !== undefined) for (const f of fileSpecs(spec, loaded)) if (f.ref === undefined) out.add(normalize(f.file));
  }
  if (typeof own === 'string') for (const f of fileSpecs(own, loaded)) if (f.ref === undefined) out.add(normalize(f.file));
  return [...out].sort();
}

/** The file sources inside a spec (lists walked; Prometheus and MLflow left out). */
function fileSpecs(spec: MetricSourceSpec, loaded: LoadedConfig): FileSourceSpec[] {
  if (Array.isArray(spec)) return spec.flatMap((s) => fileSpecs(s, loaded));
  if (typeof spec === 'string') return [parseFileSpec(spec, undefined, (p) => existsUnder(loaded.root, p))];
  if (spec === null || typeof spec !== 'object') return [];
  if ('file' in spec) return [spec];
  if ('bench' in spec) return [typeof spec.bench === 'string' ? { file: spec.bench, format: 'bench' } : { ...spec.bench, format: 'bench' }];
  if ('score' in spec) return [{ file: spec.score, format: 'score' }];
  return [];
}

function existsUnder(root: string, p: string): boolean {
  return existsSync(path.resolve(root, p));
}

function normalize(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\//, '');
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** sha256 of the version's metrics files at `commit` (release notes): files the commit does not hold are left out. */
export async function metricsFilesAt(tree: GitTree, configDir: string, loaded: LoadedConfig, model: string): Promise<RecordedMetricFile[]> {
  const files = [...versionMetricFiles(loaded, model)];
  // One `git cat-file --batch` for every file, not one git process per file.
  const blobs = await tree.readPaths(files.map((file) => path.posix.join(configDir, file)));
  const out: RecordedMetricFile[] = [];
  for (const file of files) {
    const blob = blobs.get(path.posix.join(configDir, file));
    if (blob !== undefined) out.push({ path: file, sha256: sha256(blob) });
  }
  return out;
}

export interface BindOptions {
  /** What the deployment payload recorded for the version (the previous environment's, on promotion). */
  recorded?: VersionMetricsRecord;
  /** A first deploy may bind an unreleased version to the checkout; a promotion must find a record. */
  firstDeploy: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Where the metrics of one version are read from. */
export class VersionMetrics implements CandidateBinding {
  private constructor(
    readonly model: string,
    readonly version: string,
    private readonly loaded: LoadedConfig,
    private readonly at: { tag: string; commit: string; git: Git; configDir: string; released?: RecordedMetricFile[] } | undefined,
    private readonly recorded: VersionMetricsRecord | undefined,
    private readonly firstDeploy: boolean,
  ) {}

  /** Finds the version's release tag (or decides it was never released) and what was recorded for it. */
  static async bind(loaded: LoadedConfig, model: string, version: string, options: BindOptions): Promise<VersionMetrics> {
    const config = loaded.config.models[model];
    const tag = new TagFormat(model, config?.tagFormat, loaded.locate(['models', model, 'tagFormat'])).format(version);
    let repo: Awaited<ReturnType<typeof openGit>> | undefined;
    try {
      repo = await openGit(loaded.root, options.env);
    } catch {
      repo = undefined; // not a git repository: nothing is released here
    }
    const commit = repo ? await repo.git.commitOf(`refs/tags/${tag}`) : undefined;
    const recorded = options.recorded;
    if (repo && commit) {
      if (recorded?.tag !== undefined && recorded.commit !== undefined && recorded.commit !== commit) {
        throw refusal(`${model} ${version} was deployed from ${recorded.tag} on commit ${recorded.commit.slice(0, 12)}, but that tag now points at ${commit.slice(0, 12)}`, 'a released version never moves: restore the tag, or release the change as a new version');
      }
      const configDir = path.relative(await realpath(repo.toplevel), await realpath(loaded.root)).split(path.sep).join('/');
      const message = await repo.git.run(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`]);
      const released = message.code === 0 ? parseMetricsFilesComment(message.stdout.toString('utf8')) : undefined;
      return new VersionMetrics(model, version, loaded, { tag, commit, git: repo.git, configDir, released }, recorded, options.firstDeploy);
    }
    if (recorded?.tag !== undefined) {
      throw refusal(`the metrics of ${model} ${version} are those of its release ${recorded.tag}, and this clone does not have that tag`, 'fetch the tags (actions/checkout with fetch-depth: 0, or git fetch --tags)');
    }
    if (repo?.shallow) {
      throw refusal(`cannot tell whether ${model} ${version} was released: this is a shallow clone, and ${tag} is not in it`, 'fetch history and tags (actions/checkout with fetch-depth: 0, or git fetch --unshallow --tags); the metrics of a released version are read at its tag');
    }
    if (!options.firstDeploy && recorded === undefined) {
      throw refusal(`the metrics of ${model} ${version} cannot be found: it has no release tag ${tag}${repo ? '' : ' (the project is not in a git repository)'} and its deployment recorded none`, `release it (modelship release ${model}) and deploy the released version; gates never judge a version on the checkout's files`);
    }
    return new VersionMetrics(model, version, loaded, undefined, recorded, options.firstDeploy);
  }

  describe(): string {
    return this.at ? `${this.model} ${this.version} at ${this.at.tag}` : `${this.model} ${this.version} (not released: the checkout as recorded at its first deploy)`;
  }

  /** The record for the deployment payload: every metrics file of the version, read where the version's metrics live. */
  async record(): Promise<VersionMetricsRecord> {
    const files: RecordedMetricFile[] = [];
    for (const file of versionMetricFiles(this.loaded, this.model)) {
      // Run-time evidence belongs to one deployment, not to the version: it is checked when read, never recorded.
      if (!this.at?.released?.some((f) => f.path === file) && (await stampOf(path.join(this.loaded.root, file)))) continue;
      const bytes = await this.bytes(file, { optional: true });
      if (bytes !== undefined) files.push({ path: file, sha256: sha256(bytes) });
    }
    // Files recorded by the previous environment and no longer configured stay in the record: nothing recorded is dropped.
    for (const f of this.recorded?.files ?? []) if (!files.some((x) => x.path === f.path)) files.push(f);
    return this.at ? { tag: this.at.tag, commit: this.at.commit, files } : { files };
  }

  /** The gate's candidate source for this version: files read where the version's metrics live, live sources as they are. */
  source(spec: MetricSourceSpec, ctx: SourceContext, gate: string): MetricSource {
    if (Array.isArray(spec)) {
      if (spec.length === 0) return createMetricSource(spec, ctx);
      const sources = spec.map((s) => this.source(s, ctx, gate));
      return { describe: () => sources.map((s) => s.describe()).join(' + '), read: async () => new MergedMetricSet(await Promise.all(sources.map((s) => s.read()))) };
    }
    if (spec !== null && typeof spec === 'object' && 'prometheus' in spec) return createMetricSource(spec, ctx);
    if (spec !== null && typeof spec === 'object' && 'mlflow' in spec) {
      throw refusal(`gate "${gate}" reads its candidate from an MLflow run folder, which cannot be bound to ${this.model} ${this.version}`, 'commit the run\'s metrics as a file (JSON, YAML, CSV) so the release tag holds them');
    }
    const [file] = fileSpecs(spec, this.loaded);
    if (file === undefined) return createMetricSource(spec, ctx); // not a source: let the gate report the spec error
    if (file.ref !== undefined) {
      throw refusal(`gate "${gate}" reads its candidate ${file.file} at git ref ${file.ref}, not from ${this.model} ${this.version}`, 'a rollout judges the version it deploys: drop the @ref from the gate\'s candidate');
    }
    const absolute = ctx.resolvePath(file.file);
    const rel = normalize(path.relative(this.loaded.root, absolute));
    if (rel.startsWith('../')) throw refusal(`gate "${gate}": the candidate ${file.file} is outside the project, so it cannot belong to ${this.model} ${this.version}`);
    const format = file.format && file.format !== 'auto' ? file.format : formatByExtension(rel);
    const label = this.at ? `${rel} at ${this.at.tag}` : `${rel} (recorded for ${this.version})`;
    return {
      describe: () => label,
      read: async () => {
        const stamped = format === 'json' ? await this.stampedEvidence(rel, gate) : undefined;
        if (stamped) return parseMetricsText(stamped, `${rel} (measured on ${this.model} ${this.version})`, format, file);
        const bytes = (await this.bytes(rel, { optional: false })) as Buffer;
        const text = bytes.toString('utf8');
        return parseMetricsText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, this.at ? `${rel}@${this.at.tag}` : rel, format, file);
      },
    };
  }

  /**
   * Run-time evidence names the version it measured (`"candidate": {"model", "version"}`, as `modelship batch
   * compare` writes): it is produced for this deployment, not released with the version, so it is read from
   * the workspace, and only when it names exactly the version being judged. Undefined for any other file.
   */
  private async stampedEvidence(rel: string, gate: string): Promise<string | undefined> {
    const stamped = await stampOf(path.join(this.loaded.root, rel));
    if (!stamped) return undefined;
    if (stamped.model !== this.model || stamped.version !== this.version) {
      throw refusal(`gate "${gate}": ${rel} measured ${stamped.model} ${stamped.version} (its "candidate"), not ${this.model} ${this.version}, the version being deployed`, `produce it for ${this.model} ${this.version} (e.g. modelship batch compare ENV --candidate ${this.model}@${this.version})`);
    }
    return stamped.text;
  }

  /** The bytes of one metrics file of the version, verified against every sha256 recorded for it. */
  private async bytes(rel: string, options: { optional: boolean }): Promise<Buffer | undefined> {
    const recorded = this.recorded?.files.find((f) => f.path === rel);
    let bytes: Buffer | undefined;
    if (this.at) {
      bytes = await new GitTree(this.at.git, this.at.commit).readPath(path.posix.join(this.at.configDir, rel));
      if (bytes === undefined) {
        if (options.optional) return undefined;
        throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} is not in its release ${this.at.tag} (commit ${this.at.commit.slice(0, 12)})`, 'the gate judges the files the release holds; release a version that commits them');
      }
      const released = this.at.released?.find((f) => f.path === rel);
      if (released && released.sha256 !== sha256(bytes)) {
        throw refusal(`${rel} at ${this.at.tag} has sha256 ${sha256(bytes).slice(0, 12)}, but the release notes of ${this.model} ${this.version} recorded ${released.sha256.slice(0, 12)}`, 'the tag was recreated after the release: restore it, or release the change as a new version');
      }
    } else {
      if (this.recorded !== undefined && recorded === undefined) {
        if (options.optional) return undefined;
        throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} was not recorded when it was first deployed, and it has no release tag`, `release it (modelship release ${this.model}) so its metrics are read at its tag`);
      }
      if (this.recorded === undefined && !this.firstDeploy) throw refusal(`the metrics of ${this.model} ${this.version} cannot be found`);
      bytes = await readSmallFile(path.join(this.loaded.root, rel));
      if (bytes === undefined) {
        if (options.optional) return undefined;
        throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} does not exist and the version has no release tag`);
      }
    }
    if (recorded && recorded.sha256 !== sha256(bytes)) {
      const where = this.at ? `at ${this.at.tag}` : 'in the checkout';
      throw refusal(`${rel} ${where} has sha256 ${sha256(bytes).slice(0, 12)}, but ${recorded.sha256.slice(0, 12)} was recorded when ${this.model} ${this.version} was deployed`, this.at ? 'the release changed since it was deployed: deploy it again from the start' : `the file changed since ${this.version} was deployed; release the model (modelship release ${this.model}) so its metrics are bound to its tag`);
    }
    return bytes;
  }
}

function formatByExtension(file: string): 'json' | 'yaml' | 'csv' | 'model-card' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'model-card';
  throw refusal(`cannot tell the format of metrics file ${file} from its extension`, 'use .json, .yaml, .csv or .md, or set format: on the source');
}

/** The version a run-time evidence file says it measured (`"candidate": {"model", "version"}`), with its text. */
async function stampOf(file: string): Promise<{ model: string; version: string; text: string } | undefined> {
  if (path.extname(file).toLowerCase() !== '.json') return undefined;
  const bytes = await readSmallFile(file);
  if (bytes === undefined) return undefined;
  const text = bytes.toString('utf8');
  let candidate: unknown;
  try {
    candidate = (JSON.parse(text) as { candidate?: unknown } | null)?.candidate;
  } catch {
    return undefined;
  }
  if (candidate === null || typeof candidate !== 'object') return undefined;
  const { model, version } = candidate as { model?: unknown; version?: unknown };
  return typeof model === 'string' && typeof version === 'string' ? { model, version, text } : undefined;
}

async function readSmallFile(file: string): Promise<Buffer | undefined> {
  const s = await stat(file).catch(() => undefined);
  if (!s || !s.isFile()) return undefined;
  if (s.size > MAX_METRICS_FILE_BYTES) throw refusal(`metrics file ${file} is ${s.size} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit`);
  return readFile(file);
}

function refusal(message: string, hint?: string): ModelshipError {
  return new ModelshipError(message, { exitCode: ExitCode.Usage, hint });
}
