import { closeSync, fstatSync, readSync, type Stats } from 'node:fs';
import { lstat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { SignatureSpec } from '../core/config-types.js';
import { silentProgress, type Progress } from '../core/progress.js';
import type { ValidateSettings } from './config.js';
import { CODE_CAPABLE_FORMATS, DATA_ONLY_FORMATS, detect, expectedFormats, HEAD_BYTES } from './detect.js';
import { error, note, warning } from './finding.js';
import { ANALYZERS, type RegisteredAnalyzer } from './formats/index.js';
import { sha256Of, type Digest } from './hash.js';
import { applyManifests } from './manifest-checks.js';
import { compareSignature } from './signature-check.js';
import { SizeLanes } from './lanes.js';
import { bufferSource, fileHandleSource } from './sources.js';
import type { AnalyzeContext, ArtifactReport, ByteSource, Finding, FormatId, NestedResult, ValidationReport } from './types.js';
import { collectFiles, isInside, openRegular, openRegularSync, type TargetOptions, type WalkedFile } from './walk.js';

// The walk (walk.ts), the signature comparison (signature-check.ts) and the manifest checks
// (manifest-checks.ts) live beside this file; here each file is read, hashed and analyzed, and the verdict made.
export type { TargetOptions } from './walk.js';

/** Files up to this size are read once into memory: the bytes hashed are exactly the bytes parsed. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;
/** Files validated at once, and the size above which a file runs alone (so at most 4 x 16 MiB read whole at a time). */
const LANES = 4;
const IN_MEMORY_LANE_BYTES = 16 * 1024 * 1024;
/** Files up to this size are read with synchronous calls (see validateFile). */
const SYNC_READ_BYTES = 1024 * 1024;
/** Formats a folder may hold beside the model without being one. */
const AUXILIARY = new Set<FormatId>(['json', 'text', 'safetensors-index', 'external-data']);
const MODEL_FILE_NAME = /\.(safetensors|gguf|onnx|bin|pt|pth|pkl|pickle|h5|hdf5|keras|tflite|npy|npz|ckpt|joblib|pb|mar|model)$/i;
const NOT_MODELS = new Set<FormatId>(['json', 'text', 'empty', 'git-lfs-pointer', 'html', 'unknown']);

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
  /** Hears how many of the files' bytes are validated (hashed), file by file. */
  progress?: Progress;
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
  const { files: walked, problems: walkFindings, roots } = await collectFiles(options.paths, options.cwd, options.settings.ignore, options.targets);

  const results = new Map<string, Internal>();
  const display = (abs: string) => {
    const rel = path.relative(options.cwd, abs);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
  };
  const progress = options.progress ?? silentProgress;
  if (options.progress) {
    // Sizes only for the display: the validation itself takes each file's size from its open handle.
    const sizes = await Promise.all([...new Set(walked.map((f) => f.absolute))].map((abs) => lstat(abs).then((st) => st.size, () => 0)));
    progress.start('validate', sizes.reduce((a, b) => a + b, 0), 'bytes');
  }
  try {
    const seen = new Set<string>();
    const unique = walked.filter((file) => !seen.has(file.absolute) && seen.add(file.absolute));
    // Bytes hashed so far, file by file: files validate several at a time, so progress is their sum.
    const hashed = new Array<number>(unique.length).fill(0);
    let total = 0;
    const lanes = new SizeLanes(LANES, IN_MEMORY_LANE_BYTES);
    const reports = await lanes.map(unique, async (file, i) => {
      const name = display(file.absolute);
      const onBytes = (bytes: number) => {
        total += bytes - hashed[i];
        hashed[i] = bytes;
        progress.update(total, name);
      };
      const r = await validateFile(file, name, options.settings, analyzers, lanes, onBytes);
      onBytes(r.report.size);
      return r;
    });
    unique.forEach((file, i) => results.set(file.absolute, reports[i]));
  } finally {
    progress.stop();
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
  await applyManifests(options, walked, results, display);

  const artifacts = [...results.values()].map((r) => r.report);
  for (const a of artifacts) a.verdict = verdictOf(a.findings, options.settings.failOnWarning);
  return { verdict: artifacts.length > 0 && artifacts.every((a) => a.verdict === 'pass') ? 'pass' : 'fail', artifacts };
}

export function verdictOf(findings: Finding[], failOnWarning = false): 'pass' | 'fail' {
  return findings.some((f) => f.severity === 'error' || (failOnWarning && f.severity === 'warning')) ? 'fail' : 'pass';
}

async function validateFile(file: WalkedFile, display: string, settings: ValidateSettings, analyzers: RegisteredAnalyzer[], lanes: SizeLanes, onBytes?: (hashed: number) => void): Promise<Internal> {
  const report: ArtifactReport = { path: display, format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [] };
  const out: Internal = { report, claims: [] };

  /** Hashes and analyzes the bytes, then checks the file did not change meanwhile. */
  const check = async (source: ByteSource, before: Stats, statAgain: () => Promise<Stats> | Stats) => {
    const hashing = sha256Of(source, undefined, onBytes);
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
    const after = await statAgain();
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || digest.size !== before.size) {
      report.findings.push(error('integrity/changed-during-validation', 'the file changed while it was validated: the hash and the analysis may not describe the same bytes'));
    }
  };
  const tooLarge = (size: number) => {
    if (size <= settings.limits.maxFileBytes) return false;
    report.findings.push(error('limits/file-size', `the file is ${size} bytes, over maxFileBytes (${settings.limits.maxFileBytes})`));
    return true;
  };

  // A small file is opened, read and closed with synchronous calls: each takes microseconds, where the
  // promise API costs tens of them on the main thread and a trip through the thread pool, which was most
  // of validating a repository of many small models.
  const small = openRegularSync(file.absolute);
  if (small.fd === undefined || !small.stats) {
    report.findings.push(small.problem!);
    return out;
  }
  const { fd, stats } = small;
  report.size = stats.size;
  if (tooLarge(stats.size) || stats.size <= SYNC_READ_BYTES) {
    try {
      if (stats.size <= SYNC_READ_BYTES) {
        const data = readAllSync(fd, stats.size);
        await lanes.withSize(stats.size, () => check(bufferSource(display, data, file.absolute), stats, () => fstatSync(fd)));
      }
    } finally {
      closeSync(fd);
    }
    return out;
  }
  closeSync(fd);

  const { handle, stats: before, problem } = await openRegular(file.absolute);
  if (!handle || !before) {
    report.findings.push(problem!);
    return out;
  }
  try {
    report.size = before.size;
    if (tooLarge(before.size)) return out;
    // Several small files validate at once; a large one waits to run alone (lanes.ts).
    await lanes.withSize(before.size, async () => {
      const source = before.size <= IN_MEMORY_BYTES ? bufferSource(display, await readAll(handle, before.size), file.absolute) : fileHandleSource(display, handle, before.size, file.absolute);
      await check(source, before, () => handle.stat());
    });
  } finally {
    await handle.close();
  }
  return out;
}

function readAllSync(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buf : buf.subarray(0, got);
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
