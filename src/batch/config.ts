/** The `provider: {type: batch}` of an environment (schema/sections/environments.defs.json is the authority). */

export type OutputFormat = 'csv' | 'jsonl' | 'parquet';
export type InputFormat = 'csv' | 'jsonl' | 'parquet' | 'npy';

export interface BatchProviderSpec {
  type: 'batch';
  /** The model repository of the environment (versioned folders, as the local provider). Default `.modelship/batch/<environment>`. */
  root?: string;
  /** A file, a folder or a glob, relative to the project. */
  input?: string;
  /** The output folder, relative to the project. */
  output?: string;
  outputFormat?: OutputFormat;
  /** Model input name -> the columns that make up its row vector, in order. */
  columns?: Record<string, string[]>;
  /** Input columns copied beside the predictions (ids). */
  passthrough?: string[];
  /** Rows per output chunk: the unit of commit, resume and sharding. */
  chunkRows?: number;
  /** Rows per onnxruntime run. */
  batchRows?: number;
  /** Share of bad rows beyond which the run fails (0 to 1). */
  maxErrorRate?: number;
  /** Shards the scheduled workflow runs (its matrix). */
  shards?: number;
  /** Informational cron expression of the scheduled workflow. */
  schedule?: string;
}

export const BATCH_DEFAULTS = {
  chunkRows: 10_000,
  batchRows: 1_024,
  maxErrorRate: 0,
  outputFormat: 'csv' as OutputFormat,
};

export function defaultBatchRoot(environment: string): string {
  return `.modelship/batch/${environment}`;
}
