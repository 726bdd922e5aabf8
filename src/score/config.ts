import type { LoadedConfig } from '../core/config.js';
import { parseDuration } from '../core/duration.js';
import type { SourceLocation } from '../core/errors.js';
import type { NotApplicablePolicy } from './types.js';

/** `score.tests.<id>.manual`: a test run by hand, its results documented and reviewed. */
export interface ManualEvidenceConfig {
  document: string;
  reviewer: string;
  /** ISO date (YYYY-MM-DD) of the review. */
  date: string;
  /** Overrides score.manualMaxAge for this test. */
  maxAge?: string | number;
}

/** `score.tests.<id>.automated.workflow`: a step in a workflow that runs on its own. */
export interface WorkflowEvidenceConfig {
  /** Workflow file under .github/workflows (name or path); any workflow when absent. */
  file?: string;
  /** Job id; any job when absent. */
  job?: string;
  /** A `uses:` value the step must have; the `@ref` is ignored unless given here. */
  uses?: string;
  /** Text the step's `run:` script must contain. */
  run?: string;
  /** The step's `name:` must contain this. */
  step?: string;
}

/** `score.tests.<id>.automated.tests`: test files and/or test names that CI runs. */
export interface TestsEvidenceConfig {
  /** Files, folders or globs (`*`, `**`) relative to the repository root. */
  paths?: string[];
  /** Test names or globs (`test_data_1_*`); one match anywhere in the given paths (or the repository) is enough. */
  names?: string[];
}

export interface AutomatedEvidenceConfig {
  workflow?: WorkflowEvidenceConfig;
  tests?: TestsEvidenceConfig;
  /**
   * A configuration file that automates the test: Dependabot and Renovate files by name (they are parsed and
   * must configure updates), any other YAML/JSON file with the key(s) it must hold.
   */
  config?: string | ConfigFileEvidenceConfig;
  /** A command (argument array, never a shell string) that must exit 0 and print what `expect` matches. */
  command?: string[] | CommandEvidenceConfig;
}

export interface ConfigFileEvidenceConfig {
  file: string;
  /** Dotted key paths (`groups.0.rules`) that must exist with a non-empty value. */
  key?: string | string[];
}

export interface CommandEvidenceConfig {
  run: string[];
  /** A regular expression the command's output (stdout and stderr) must match. */
  expect: string;
}

export interface TestEvidenceConfig {
  manual?: ManualEvidenceConfig;
  automated?: AutomatedEvidenceConfig;
  /** The reason this test does not apply to this system. */
  notApplicable?: string;
  note?: string;
}

export interface AutoDetectConfig {
  /** Modelship's own actions and CLI in workflows, with gates, benchmarks and environments. */
  modelship?: boolean;
  /** Tests named or marked for a rubric id (`test_data_1_*`, `@pytest.mark.ml_test_score("model-6")`, `[model-6]` in jest titles). */
  tests?: boolean;
  /** Dependabot or Renovate configuration (monitor-1). */
  dependencies?: boolean;
}

export interface ScoreSection {
  minimum?: number;
  defaultBranch?: string;
  notApplicable?: NotApplicablePolicy;
  manualMaxAge?: string | number;
  expiryWarning?: string | number;
  commandTimeout?: string | number;
  autoDetect?: boolean | AutoDetectConfig;
  tests?: Record<string, TestEvidenceConfig>;
}

/** The score section with every default applied, and a way back to its lines. */
export interface ScoreSettings {
  minimum: number | null;
  /** The branch workflows must run on (push, or pull requests into it); `main` or `master` when unset. */
  defaultBranch?: string;
  notApplicable: NotApplicablePolicy;
  manualMaxAgeMs: number;
  expiryWarningMs: number;
  commandTimeoutMs: number;
  autoDetect: Required<AutoDetectConfig>;
  tests: Record<string, TestEvidenceConfig>;
  locate(keyPath: ReadonlyArray<string | number>): SourceLocation;
}

export const DEFAULT_MANUAL_MAX_AGE = '180d';
export const DEFAULT_EXPIRY_WARNING = '30d';
export const DEFAULT_COMMAND_TIMEOUT = '120s';

/** Reads `score:` from a validated configuration (the schema has checked the shapes). */
export function readScoreSettings(loaded: LoadedConfig): ScoreSettings {
  const section = (loaded.config.score ?? {}) as ScoreSection;
  const auto = section.autoDetect;
  const all = auto === undefined || auto === true;
  const autoDetect: Required<AutoDetectConfig> =
    typeof auto === 'object'
      ? { modelship: auto.modelship ?? true, tests: auto.tests ?? true, dependencies: auto.dependencies ?? true }
      : { modelship: all, tests: all, dependencies: all };
  return {
    minimum: section.minimum ?? null,
    ...(section.defaultBranch ? { defaultBranch: section.defaultBranch } : {}),
    notApplicable: section.notApplicable ?? 'zero',
    manualMaxAgeMs: parseDuration(section.manualMaxAge ?? DEFAULT_MANUAL_MAX_AGE, 'score.manualMaxAge'),
    expiryWarningMs: parseDuration(section.expiryWarning ?? DEFAULT_EXPIRY_WARNING, 'score.expiryWarning'),
    commandTimeoutMs: parseDuration(section.commandTimeout ?? DEFAULT_COMMAND_TIMEOUT, 'score.commandTimeout'),
    autoDetect,
    tests: section.tests ?? {},
    locate: (keyPath) => loaded.locate(['score', ...keyPath]),
  };
}
