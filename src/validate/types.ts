/**
 * The contract between the validation engine (detection, orchestration, integrity, output) and the
 * per-format analyzers (src/validate/formats/<format>.ts), found through src/validate/formats/index.ts.
 */

export type Severity = 'error' | 'warning' | 'note';

export interface FindingLocation {
  /** Byte offset in the file (or in the archive member when `member` is set). */
  offset?: number;
  /** Archive member path, nested members joined with `!/` (e.g. `model.zip!/archive/data.pkl`). */
  member?: string;
  /** A path inside a structured document, e.g. `graph.input[0]` or `config.layers[3]`. */
  pointer?: string;
  /** 1-based line in a text file (manifests, JSON indexes). */
  line?: number;
  /**
   * The text file `line` is in, when it is not the artifact itself: a SHA256SUMS entry that does not match
   * its model file. Same form as `ArtifactReport.path` (relative to the working folder).
   */
  file?: string;
}

export interface Finding {
  /** Stable rule id, e.g. `pickle/dangerous-global`, `safetensors/overlapping-tensors`. */
  rule: string;
  severity: Severity;
  message: string;
  location?: FindingLocation;
}

export type FormatId =
  | 'pickle' | 'pytorch-zip' | 'pytorch-legacy' | 'torchscript' | 'numpy' | 'numpy-npz' | 'joblib'
  | 'gzip' | 'zlib' | 'bzip2' | 'xz' | 'zip' | 'tar'
  /** An archive or compressed stream Modelship cannot open (7z, rar, zstd, lz4...): it always fails. */
  | 'unsupported-container'
  | 'safetensors' | 'safetensors-index' | 'gguf' | 'onnx' | 'keras' | 'hdf5' | 'savedmodel' | 'tflite'
  | 'git-lfs-pointer' | 'html' | 'empty' | 'json' | 'text' | 'unknown'
  /** Raw weights another artifact of the same run points at (ONNX external data, TF variables). */
  | 'external-data';

/** Limits that bound every parser; each breach is a finding, never a crash or a hang. */
export interface ValidationLimits {
  maxFileBytes: number;
  maxArchiveMembers: number;
  maxArchiveDepth: number;
  maxDecompressedBytes: number;
  maxCompressionRatio: number;
  maxPickleOpcodes: number;
  maxPickleMemo: number;
  maxHeaderBytes: number;
  timeoutMs: number;
}

/** A byte source an analyzer reads: a file on disk or an archive member, read in ranges or streamed. */
export interface ByteSource {
  /** Display path (file path, or `archive!/member`). */
  name: string;
  size: number;
  /** Reads `length` bytes at `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Buffer>;
  /** Streams the whole content in chunks. */
  stream(): AsyncIterable<Buffer>;
  /** The file on disk, when it is one (for sibling files such as ONNX external data). */
  filePath?: string;
}

export interface AnalyzeContext {
  limits: ValidationLimits;
  /** Pickle policy: profiles and user allow/deny entries from modelship.yml `validate.pickle`. */
  pickle: PicklePolicyConfig;
  /** Nesting depth of the source inside archives (0 for a file on disk). */
  depth: number;
  /**
   * Analyze a nested source (archive member, decompressed stream) with detection by content. Beyond
   * `maxArchiveDepth` it returns a `limits/archive-depth` error. An unrecognised member comes back as
   * `unknown` with a note only: the container decides whether it must be a model (`requireModel` makes
   * the engine report it as an error itself).
   */
  analyzeNested(source: ByteSource, hint?: string, options?: { requireModel?: boolean }): Promise<NestedResult>;
  /** Root folder the artifact may not escape (for external data, symlinks). */
  root: string;
  signal?: AbortSignal;
  /** ONNX custom operator domains the configuration allows (a note instead of a warning). */
  allowCustomOnnxDomains?: string[];
}

export interface NestedResult {
  format: FormatId;
  findings: Finding[];
}

export interface PicklePolicyConfig {
  /** Framework profiles whose globals are allowed: pytorch, numpy, sklearn, xgboost, lightgbm, data. */
  profiles: string[];
  /** Extra `module.name` (or `module.*`) the user allows. */
  allow: string[];
  /** Extra entries the user denies. */
  deny: string[];
}

export interface FormatAnalyzer {
  format: FormatId;
  /** Looks at the first bytes (at least 512 when the file has them) and says whether this is its format. */
  sniff(head: Buffer, size: number): boolean;
  /** Full analysis; returns findings (errors fail the artifact). Must not throw on bad input: report it. */
  analyze(source: ByteSource, ctx: AnalyzeContext): Promise<AnalyzerResult>;
}

export interface AnalyzerResult {
  findings: Finding[];
  /** Anything worth showing: tensor counts, signature, pickle globals seen, opset, members. */
  details?: Record<string, unknown>;
  /**
   * Absolute paths of sibling files this artifact vouches for after checking them (ONNX external data,
   * SavedModel variables): the engine reports them as `external-data` instead of unknown files.
   */
  claims?: string[];
}

export interface ArtifactReport {
  path: string;
  format: FormatId;
  size: number;
  sha256: string;
  verdict: 'pass' | 'fail';
  findings: Finding[];
  details?: Record<string, unknown>;
}

export interface ValidationReport {
  verdict: 'pass' | 'fail';
  artifacts: ArtifactReport[];
}
