/**
 * Types of modelship.yml. The JSON Schema (schema/modelship.schema.json) is the authority the loader
 * validates with; these types describe what a validated file looks like. Each capability types its own
 * section in `src/<capability>/config.ts` and reads it from `ModelshipConfig[section]`.
 */

export type ElementType =
  | 'float32' | 'float64' | 'float16' | 'bfloat16'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'bool' | 'string';

/** One tensor of a model's signature: a dimension is a size, or a name for a symbolic (dynamic) one. */
export interface TensorSpec {
  name: string;
  dtype: ElementType;
  shape: Array<number | string>;
  optional?: boolean;
}

export interface SignatureSpec {
  inputs: TensorSpec[];
  outputs: TensorSpec[];
}

export interface ModelConfig {
  /** The artifact: a file or a directory, relative to the configuration file's folder. */
  path: string;
  /** Declared format; detection by content still runs and a mismatch is a finding. */
  format?: string;
  /** Model card (Markdown), relative to the configuration file's folder. */
  card?: string;
  /** Metrics of this model version (JSON/YAML/CSV), relative to the configuration file's folder. */
  metrics?: string;
  /** Expected signature; for ONNX it is also read from the file and the two must agree. */
  signature?: SignatureSpec;
  /** Tag template; `{model}` and `{version}` are replaced. Default `{model}@v{version}`. */
  tagFormat?: string;
  /**
   * Which of `path`, `card` and `metrics` a workflow step makes before Modelship runs (e.g. training):
   * `config check` warns instead of failing when they do not exist yet. `true` means all three.
   */
  generated?: boolean | Array<'path' | 'card' | 'metrics'>;
  /** Further paths (files or folders) whose changes belong to this model, for versioning. */
  paths?: string[];
  description?: string;
  /** `modelship serve`'s prediction cache for this model (src/serve/cache.ts checks it). */
  cache?: Record<string, unknown>;
}

/** A member of an inference graph: another model of the file, optionally one pinned version. */
export interface GraphMemberConfig {
  model: string;
  version?: string;
  weight?: number;
}

/** A condition of a switch route: a header's text, or one element of an input tensor compared with a number. */
export interface GraphConditionConfig {
  header?: string;
  input?: string;
  index?: number;
  equals?: string | number | boolean;
  above?: number;
  atLeast?: number;
  below?: number;
  atMost?: number;
}

export type GraphConfig =
  | { type: 'sequence'; steps: Array<GraphMemberConfig & { map?: Record<string, string> }> }
  | { type: 'switch'; routes: Array<GraphMemberConfig & { when: GraphConditionConfig }>; default: GraphMemberConfig }
  | { type: 'ensemble'; members: GraphMemberConfig[]; combine?: 'average' | 'weighted-average' | 'majority-vote' }
  | { type: 'splitter'; members: GraphMemberConfig[] };

/** A `models:` entry with `graph:` instead of `path:` (docs/graphs.md). */
export interface GraphModelConfig {
  graph: GraphConfig;
  description?: string;
}

export interface ModelshipConfig {
  version: 1;
  models: Record<string, ModelConfig>;
  /**
   * The `models:` entries that are inference graphs. The loader moves them here, so everything that reads
   * `models` (validate, version, bench, deploy...) sees artifacts only; their locations stay `models.<name>`.
   */
  graphs?: Record<string, GraphModelConfig>;
  validate?: Record<string, unknown>;
  score?: Record<string, unknown>;
  bench?: Record<string, unknown>;
  gates?: Record<string, unknown>;
  release?: Record<string, unknown>;
  environments?: Record<string, unknown>;
  chatops?: Record<string, unknown>;
  monitor?: { driftShare?: number; correction?: 'bh' | 'bonferroni' | 'none'; features?: Record<string, { method?: string; threshold?: number }> };
}

