import { constants } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import type { SignatureSpec } from '../core/config-types.js';
import type { ValidateSettings } from './config.js';
import { CODE_CAPABLE_FORMATS, DATA_ONLY_FORMATS, detect, expectedFormats, HEAD_BYTES } from './detect.js';
import { error, note, warning } from './finding.js';
import { ANALYZERS, type RegisteredAnalyzer } from './formats/index.js';
import { sha256Of, type Digest } from './hash.js';
import { checkManifest, parseManifest } from './manifest.js';
import { bufferSource, fileHandleSource } from './sources.js';
import type { AnalyzeContext, ArtifactReport, ByteSource, Finding, FormatId, NestedResult, ValidationReport } from './types.js';

/** Files up to this size are read once into memory: the bytes hashed are exactly the bytes parsed. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;
const MAX_WALK_DEPTH = 32;
const MAX_WALK_FILES = 100_000;
const MANIFEST_NAMES = ['SHA256SUMS', 'SHA256SUMS.txt', 'sha256sums.txt'];
/** Formats a folder may hold beside the model without being one. */
const AUXILIARY = new Set<FormatId>(['json', 'text', 'safetensors-index', 'external-data']);
const MODEL_FILE_NAME = /\.(safetensors|gguf|onnx|bin|pt|pth|pkl|pickle|h5|hdf5|keras|tflite|npy|npz|ckpt|joblib|pb|mar|model)$/i;
const NOT_MODELS = new Set<FormatId>(['json', 'text', 'empty', 'git-lfs-pointer', 'html', 'unknown']);

export interface TargetOptions {
  /** Declared format (modelship.yml models.<name>.format). */
  format?: string;
  /** Expected signature (modelship.yml models.<name>.signature), compared with what the file declares. */
  signature?: SignatureSpec;
}

export interface ValidateOptions {
  /** Files or folders; relative to cwd. */
  paths: string[];
  cwd: string;
  settings: ValidateSettings;
  /** An explicit manifest (sha256sum format or JSON); otherwise each folder's SHA256SUMS is used. */
  manifest?: string;
  /** Per-path expectations, keyed by absolute path. */
  targets?: Map<string, TargetOptions>;
  analyzers?: RegisteredAnalyzer[];
}

interface WalkedFile {
  absolute: string;
  /** The folder given on the command line, when the file was found by walking it. */
  walkRoot?: string;
  target?: TargetOptions;
}

interface Internal {
  report: ArtifactReport;
  claims: string[];
  digest?: Digest;
}

/**
 * Validates files and folders: walks them (symlinks never followed, special files refused), hashes each
 * file while it is analyzed, detects its format by content, runs the analyzer under the limits, checks
 * manifests, and aggregates a fail-closed verdict. Usage errors (a path that does not exist) throw
 * ModelshipError; everything about the artifacts themselves is a finding.
 */
export async function validateArtifacts(options: ValidateOptions): Promise<ValidationReport> {
  const analyzers = options.analyzers ?? ANALYZERS;
  const walked: WalkedFile[] = [];
  const walkFindings = new Map<string, Finding[]>();
  const roots: string[] = [];
  for (const p of options.paths) {
    const absolute = path.resolve(options.cwd, p);
    let st;
    try {
      st = await lstat(absolute);
    } catch {
      throw new ModelshipError(`no such file or folder: ${p}`, { hint: 'pass existing files or folders, or configure models in modelship.yml' });
    }
    const target = options.targets?.get(absolute);
    if (st.isSymbolicLink()) {
      // A path the user typed may be a link; what it points to is validated, inside its own folder.
      const real = await realpath(absolute).catch(() => undefined);
      if (!real) throw new ModelshipError(`${p} is a dangling symbolic link`);
      const rs = await lstat(real);
      if (rs.isDirectory()) {
        roots.push(real);
        await walk(real, real, 0, walked, walkFindings, options.settings.ignore, target);
      } else walked.push({ absolute: real, target });
    } else if (st.isDirectory()) {
      roots.push(absolute);
      await walk(absolute, absolute, 0, walked, walkFindings, options.settings.ignore, target);
    } else {
      walked.push({ absolute, target });
    }
  }

  const results = new Map<string, Internal>();
  const display = (abs: string) => {
    const rel = path.relative(options.cwd, abs);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
  };
  for (const file of walked) {
    if (results.has(file.absolute)) continue;
    const r = await validateFile(file, display(file.absolute), options.settings, analyzers);
    results.set(file.absolute, r);
  }
  for (const [abs, findings] of walkFindings) {
    results.set(abs, { report: { path: display(abs), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings }, claims: [] });
  }

  applyClaims(results);
  for (const root of roots) {
    const inRoot = [...results.values()].filter((r) => r.report.verdict !== undefined && isInside(root, path.resolve(options.cwd, r.report.path)));
    if (!inRoot.some((r) => !AUXILIARY.has(r.report.format) && !NOT_MODELS.has(r.report.format))) {
      const first = inRoot[0];
      const f = error('validate/no-model', `${display(root)} holds no model file`);
      if (first) first.report.findings.push(f);
      else results.set(root, { report: { path: display(root), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [f] }, claims: [] });
    }
  }
  await applyManifests(options, roots, walked, results, display);

  const artifacts = [...results.values()].map((r) => r.report);
  for (const a of artifacts) a.verdict = verdictOf(a.findings, options.settings.failOnWarning);
  return { verdict: artifacts.length > 0 && artifacts.every((a) => a.verdict === 'pass') ? 'pass' : 'fail', artifacts };
}

export function verdictOf(findings: Finding[], failOnWarning = false): 'pass' | 'fail' {
  return findings.some((f) => f.severity === 'error' || (failOnWarning && f.severity === 'warning')) ? 'fail' : 'pass';
}

async function walk(dir: string, root: string, depth: number, out: WalkedFile[], problems: Map<string, Finding[]>, ignore: string[], target?: TargetOptions): Promise<void> {
  if (depth > MAX_WALK_DEPTH) {
    problems.set(dir, [error('walk/too-deep', `folders nested deeper than ${MAX_WALK_DEPTH}`)]);
    return;
  }
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    const rel = path.relative(root, absolute).split(path.sep).join('/');
    if (entry.name === '.git' || ignore.some((g) => globMatch(g, rel))) continue;
    if (out.length >= MAX_WALK_FILES) {
      problems.set(dir, [error('walk/too-many-files', `more than ${MAX_WALK_FILES} files`)]);
      return;
    }
    if (entry.isSymbolicLink()) {
      const real = await realpath(absolute).catch(() => undefined);
      const inside = real !== undefined && isInside(root, real);
      problems.set(absolute, [
        inside
          ? warning('walk/symlink', `a symbolic link (to ${path.relative(root, real!)}); not followed: its target is validated on its own`)
          : error('walk/symlink-escape', `a symbolic link pointing outside the folder${real ? ` (to ${real})` : ' (dangling)'}: a loader following it reads a file nobody validated`),
      ]);
      continue;
    }
    if (entry.isDirectory()) await walk(absolute, root, depth + 1, out, problems, ignore, target);
    else if (entry.isFile()) out.push({ absolute, walkRoot: root, target: undefined });
    else problems.set(absolute, [error('walk/special-file', 'a device, FIFO or socket, not a regular file: refused (reading it could block or never end)')]);
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `*` within a segment, `**` across segments, `?` one character. */
export function globMatch(glob: string, rel: string): boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(rel) || new RegExp(`^${re}/`).test(rel);
}

async function openRegular(absolute: string): Promise<{ handle?: FileHandle; problem?: Finding }> {
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a link swapped in after the walk is refused; O_NONBLOCK: a FIFO swapped in cannot hang us.
    handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: error('walk/symlink', 'the path became a symbolic link during validation: refused') };
    return { problem: error('walk/unreadable', `cannot open the file: ${(err as Error).message}`) };
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    return { problem: error('walk/special-file', 'not a regular file: refused') };
  }
  return { handle };
}

async function validateFile(file: WalkedFile, display: string, settings: ValidateSettings, analyzers: RegisteredAnalyzer[]): Promise<Internal> {
  const report: ArtifactReport = { path: display, format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [] };
  const out: Internal = { report, claims: [] };
  const { handle, problem } = await openRegular(file.absolute);
  if (!handle) {
    report.findings.push(problem!);
    return out;
  }
  try {
    const before = await handle.stat();
    report.size = before.size;
    if (before.size > settings.limits.maxFileBytes) {
      report.findings.push(error('limits/file-size', `the file is ${before.size} bytes, over maxFileBytes (${settings.limits.maxFileBytes})`));
      return out;
    }
    let source: ByteSource;
    let hashing: Promise<Digest>;
    if (before.size <= IN_MEMORY_BYTES) {
      const data = await readAll(handle, before.size);
      source = bufferSource(display, data, file.absolute);
      hashing = sha256Of(source);
    } else {
      source = fileHandleSource(display, handle, before.size, file.absolute);
      hashing = sha256Of(source);
    }
    // Hashing streams once while the analyzer reads what it needs (headers of large files) in parallel.
    hashing.catch(() => undefined);
    const analysis = analyzeTop(source, file, settings, analyzers, path.dirname(file.absolute));
    const [digest, result] = await Promise.all([hashing, analysis]);
    out.digest = digest;
    report.sha256 = digest.sha256;
    report.format = result.format;
    report.findings.push(...result.findings);
    if (result.details) report.details = result.details;
    out.claims = result.claims ?? [];
    const after = await handle.stat();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || digest.size !== before.size) {
      report.findings.push(error('integrity/changed-during-validation', 'the file changed while it was validated: the hash and the analysis may not describe the same bytes'));
    }
  } finally {
    await handle.close();
  }
  return out;
}

async function readAll(handle: FileHandle, size: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const { bytesRead } = await handle.read(buf, got, size - got, got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === size ? buf : buf.subarray(0, got);
}

interface TopResult extends NestedResult {
  details?: Record<string, unknown>;
  claims?: string[];
}

async function analyzeTop(source: ByteSource, file: WalkedFile, settings: ValidateSettings, analyzers: RegisteredAnalyzer[], root: string): Promise<TopResult> {
  const result = await runAnalyzer(source, source.name, settings, analyzers, root, 0);
  const findings = result.findings;
  const base = path.basename(file.absolute);
  const inFolder = file.walkRoot !== undefined;
  // Not a model: fatal when the user pointed at this file, harmless beside a model in a folder.
  if (result.format === 'unknown') {
    findings.push(error('format/unknown', 'the content matches no supported model format: it cannot be checked, so it fails (fail-closed)'));
  } else if (!inFolder && (result.format === 'json' || result.format === 'text' || result.format === 'empty')) {
    findings.push(error('format/not-a-model', `a ${result.format === 'empty' ? 'n empty file' : `${result.format} file`}, not a model`));
  } else if (inFolder && (result.format === 'empty' || result.format === 'text' || result.format === 'json') && MODEL_FILE_NAME.test(base)) {
    // Beside a model, text is harmless; under a model's name it is what a loader will open (a pickle in
    // protocol 0 that our sniffer cannot place is text to us), so it cannot pass unchecked.
    findings.push(error('format/not-a-model', result.format === 'empty' ? 'an empty file under a model file name' : `named like a model (${path.extname(base)}) but the content is ${result.format}: it cannot be checked as a model, so it fails (fail-closed)`));
  }
  if (result.format === 'text' && /\.py$/i.test(base)) {
    findings.push(warning('format/python-code', 'Python code beside the model: loaders with trust_remote_code run it'));
  }
  const expected = expectedFormats(base);
  if (expected && !expected.includes(result.format) && !['unknown', 'git-lfs-pointer', 'html', 'empty'].includes(result.format)) {
    const claimed = expected[0];
    if (DATA_ONLY_FORMATS.has(claimed) && CODE_CAPABLE_FORMATS.has(result.format)) {
      findings.push(error('format/disguised', `named like ${claimed} (${path.extname(base)}) but the content is ${result.format}, a format that can run code: tools that trust extensions skip it`));
    } else {
      findings.push(warning('format/extension-mismatch', `named like ${expected.join(' or ')} (${path.extname(base)}) but the content is ${result.format}`));
    }
  }
  const declared = file.target?.format;
  if (declared && declared !== 'other' && !formatMatchesDeclared(declared, result.format)) {
    findings.push(error('format/declared-mismatch', `modelship.yml declares format ${declared} but the content is ${result.format}`));
  }
  if (file.target?.signature && result.details?.signature) {
    findings.push(...compareSignature(file.target.signature, result.details.signature as SignatureSpec));
  }
  return result;
}

function formatMatchesDeclared(declared: string, actual: FormatId): boolean {
  const map: Record<string, FormatId[]> = {
    pytorch: ['pytorch-zip', 'pytorch-legacy', 'torchscript'],
    numpy: ['numpy', 'numpy-npz'],
    pickle: ['pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
    joblib: ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
    safetensors: ['safetensors', 'safetensors-index'],
  };
  return (map[declared] ?? [declared as FormatId]).includes(actual);
}

/** The configured signature against the file's: names, element types, and fixed sizes must agree. */
export function compareSignature(expected: SignatureSpec, actual: SignatureSpec): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['inputs', 'outputs'] as const) {
    const have = new Map(actual[side].map((t) => [t.name, t]));
    for (const want of expected[side]) {
      const got = have.get(want.name);
      if (!got) {
        if (!want.optional) findings.push(error('signature/missing-tensor', `modelship.yml expects ${side.slice(0, -1)} ${JSON.stringify(want.name)}, which the model does not declare (it has ${[...have.keys()].join(', ') || 'none'})`, { pointer: `${side}.${want.name}` }));
        continue;
      }
      if (got.dtype !== want.dtype) findings.push(error('signature/dtype-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} is ${got.dtype}, modelship.yml expects ${want.dtype}`, { pointer: `${side}.${want.name}` }));
      if (got.shape.length !== want.shape.length) {
        findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} has rank ${got.shape.length} [${got.shape.join(', ')}], modelship.yml expects [${want.shape.join(', ')}]`, { pointer: `${side}.${want.name}` }));
      } else {
        want.shape.forEach((d, i) => {
          const g = got.shape[i];
          if (typeof d === 'number' && typeof g === 'number' && d !== g) {
            findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} dimension ${i} is ${g}, modelship.yml expects ${d}`, { pointer: `${side}.${want.name}` }));
          }
        });
      }
    }
  }
  return findings;
}

/** Runs the detected analyzer under the time limit; a crash or a timeout is an error, never a pass. */
async function runAnalyzer(source: ByteSource, name: string, settings: ValidateSettings, analyzers: RegisteredAnalyzer[], root: string, depth: number, hint?: string): Promise<TopResult> {
  const head = await source.read(0, HEAD_BYTES);
  const analyzer = detect(head, source.size, hint ?? name, analyzers);
  if (!analyzer) return { format: 'unknown', findings: [] };
  const controller = new AbortController();
  const ctx: AnalyzeContext = {
    limits: settings.limits,
    pickle: settings.pickle,
    depth,
    root,
    signal: controller.signal,
    allowCustomOnnxDomains: settings.allowCustomOnnxDomains,
    analyzeNested: (nested, nestedHint, opts) => analyzeNested(nested, nestedHint, opts, settings, analyzers, root, depth + 1),
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TopResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('timeout'));
      resolve({ format: analyzer.format, findings: [error('limits/timeout', `analysis took longer than timeoutMs (${settings.limits.timeoutMs} ms): not fully checked, so it fails`)] });
    }, settings.limits.timeoutMs);
    timer.unref?.();
  });
  const work = analyzer
    .analyze(source, ctx)
    .then((r): TopResult => ({ format: analyzer.format, findings: r.findings, details: r.details, claims: r.claims }))
    .catch((err: unknown): TopResult => ({
      format: analyzer.format,
      findings: [error('validate/analyzer-error', `the ${analyzer.format} analyzer could not finish: ${(err as Error)?.message ?? String(err)} (fail-closed)`)],
    }));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function analyzeNested(source: ByteSource, hint: string | undefined, opts: { requireModel?: boolean } | undefined, settings: ValidateSettings, analyzers: RegisteredAnalyzer[], root: string, depth: number): Promise<NestedResult> {
  if (depth > settings.limits.maxArchiveDepth) {
    return { format: 'unknown', findings: [error('limits/archive-depth', `nested deeper than maxArchiveDepth (${settings.limits.maxArchiveDepth}): not checked, so it fails`, { member: hint })] };
  }
  const result = await runAnalyzer(source, source.name, settings, analyzers, root, depth, hint);
  const findings = result.findings.map((f) => (result.format === 'html' && f.rule === 'format/html' ? { ...f, severity: 'warning' as const } : f));
  if (result.format === 'unknown') {
    findings.push(opts?.requireModel ? error('format/unknown', 'a member whose content matches no supported format (fail-closed)', { member: hint }) : note('format/unknown-member', 'raw data in no known format (not analyzed)', { member: hint }));
  }
  if (hint) {
    const expected = expectedFormats(hint);
    if (expected && !expected.includes(result.format) && DATA_ONLY_FORMATS.has(expected[0]) && CODE_CAPABLE_FORMATS.has(result.format)) {
      findings.push(error('format/disguised', `member named like ${expected[0]} holds ${result.format}, a format that can run code`, { member: hint }));
    }
  }
  return { format: result.format, findings };
}

/** Files an artifact vouched for (external data, variables) are data, not unknown files. */
function applyClaims(results: Map<string, Internal>): void {
  const owners = new Map<string, string>();
  for (const r of results.values()) for (const c of r.claims) owners.set(c, r.report.path);
  for (const [abs, r] of results) {
    const owner = owners.get(abs);
    if (!owner || r.report.format !== 'unknown') continue;
    r.report.format = 'external-data';
    r.report.findings = r.report.findings.filter((f) => f.rule !== 'format/unknown');
    r.report.findings.push(note('format/external-data', `raw tensor data of ${owner} (its ranges were checked there)`));
  }
}

async function applyManifests(options: ValidateOptions, roots: string[], walked: WalkedFile[], results: Map<string, Internal>, display: (abs: string) => string): Promise<void> {
  const jobs: Array<{ manifest: string; root: string; scope: string[]; only?: Set<string> }> = [];
  if (options.manifest) {
    const manifest = path.resolve(options.cwd, options.manifest);
    const root = path.dirname(manifest);
    jobs.push({ manifest, root, scope: walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute)).map((w) => w.absolute) });
  } else {
    // Every folder met in a walk that holds a SHA256SUMS is checked against it; its scope stops where a
    // deeper folder has its own manifest.
    const manifests = walked.filter((w) => w.walkRoot !== undefined && MANIFEST_NAMES.includes(path.basename(w.absolute))).map((w) => w.absolute);
    const dirs = manifests.map((m) => path.dirname(m));
    for (const manifest of manifests) {
      const root = path.dirname(manifest);
      const deeper = dirs.filter((d) => d !== root && isInside(root, d));
      const scope = walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute) && !deeper.some((d) => isInside(d, w.absolute))).map((w) => w.absolute);
      jobs.push({ manifest, root, scope });
    }
    // A file named on its own is checked against a SHA256SUMS beside it, when that lists it.
    for (const w of walked.filter((x) => x.walkRoot === undefined)) {
      const dir = path.dirname(w.absolute);
      for (const name of MANIFEST_NAMES) {
        const manifest = path.join(dir, name);
        try {
          if (!(await lstat(manifest)).isFile()) continue;
        } catch {
          continue;
        }
        const existing = jobs.find((j) => j.manifest === manifest && j.only);
        if (existing) existing.only!.add(w.absolute);
        else if (!jobs.some((j) => j.manifest === manifest)) jobs.push({ manifest, root: dir, scope: [], only: new Set([w.absolute]) });
        break;
      }
    }
  }
  for (const job of jobs) {
    let data: Buffer;
    try {
      data = await readFile(job.manifest);
    } catch {
      throw new ModelshipError(`cannot read the manifest ${display(job.manifest)}`, { hint: 'pass a sha256sum-format or JSON manifest with --manifest' });
    }
    const parsed = parseManifest(data);
    const entries = job.only ? parsed.entries.filter((e) => job.only!.has(path.resolve(job.root, e.path))) : parsed.entries;
    if (job.only && entries.length === 0) continue;
    const check = await checkManifest({
      manifestPath: job.manifest,
      entries,
      root: job.root,
      scope: job.scope,
      digest: async (abs) => {
        const known = results.get(abs)?.digest;
        if (known) return known;
        const { handle } = await openRegular(abs);
        if (!handle) return { sha256: '', size: -1 };
        try {
          const st = await handle.stat();
          return await sha256Of(fileHandleSource(abs, handle, st.size, abs));
        } finally {
          await handle.close();
        }
      },
    });
    // A finding about a listed file that points at a manifest line says which file that line is in.
    const inManifest = (f: Finding): Finding => (f.location?.line !== undefined ? { ...f, location: { ...f.location, file: display(job.manifest) } } : f);
    if (job.only) {
      // The manifest was not asked for: its own problems matter only for the entries checked.
      for (const f of [...parsed.findings, ...check.manifestFindings]) {
        for (const abs of job.only) results.get(abs)?.report.findings.push(inManifest({ ...f, message: `${display(job.manifest)}: ${f.message}` }));
      }
      for (const [abs, findings] of check.fileFindings) results.get(abs)?.report.findings.push(...findings.map(inManifest));
      for (const abs of job.only) results.get(abs)?.report.findings.push(note('manifest/checked', `sha256 matches ${display(job.manifest)}`));
      continue;
    }
    let holder = results.get(job.manifest);
    if (!holder) {
      holder = { report: { path: display(job.manifest), format: 'text', size: data.length, sha256: '', verdict: 'fail', findings: [] }, claims: [] };
      results.set(job.manifest, holder);
    }
    holder.report.findings = holder.report.findings.filter((f) => f.rule !== 'format/not-a-model');
    holder.report.findings.push(...parsed.findings, ...check.manifestFindings);
    holder.report.findings.push(note('manifest/checked', `${check.checked} of ${parsed.entries.length} entries checked against the files`));
    if (parsed.entries.length === 0 && parsed.findings.length === 0) holder.report.findings.push(error('manifest/empty', 'the manifest lists no files'));
    for (const [abs, findings] of check.fileFindings) {
      const r = results.get(abs);
      if (r) r.report.findings.push(...findings.map(inManifest));
    }
  }
}
