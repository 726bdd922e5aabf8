import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import type { PicklePolicyConfig, ValidationLimits } from './types.js';

/** modelship.yml `validate:` as written (see schema/sections/validate.json). */
export interface ValidateSectionConfig {
  limits?: Partial<Record<keyof ValidationLimits, number | string>>;
  pickle?: Partial<PicklePolicyConfig>;
  manifest?: string;
  allowCustomOnnxDomains?: string[];
  failOnWarning?: boolean;
  ignore?: string[];
}

/** The section with every default applied. */
export interface ValidateSettings {
  limits: ValidationLimits;
  pickle: PicklePolicyConfig;
  manifest?: string;
  allowCustomOnnxDomains: string[];
  failOnWarning: boolean;
  ignore: string[];
}

const GiB = 1024 ** 3;

/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
export const DEFAULT_LIMITS: ValidationLimits = {
  maxFileBytes: 1024 * GiB,
  maxArchiveMembers: 10_000,
  maxArchiveDepth: 4,
  maxDecompressedBytes: 32 * GiB,
  maxCompressionRatio: 200,
  maxPickleOpcodes: 50_000_000,
  maxPickleMemo: 1_000_000,
  maxHeaderBytes: 100_000_000,
  timeoutMs: 10 * 60_000,
};

export const DEFAULT_PICKLE_POLICY: PicklePolicyConfig = {
  profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
  allow: [],
  deny: [],
};

const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS: Record<string, number> = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };

/** `4 GiB`, `100MB` or a plain number of bytes. */
export function parseSize(value: number | string, what: string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new ModelshipError(`${what} is ${value}, expected a size >= 0`);
    return Math.floor(value);
  }
  const m = SIZE.exec(value.trim());
  if (!m) throw new ModelshipError(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
  return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}

/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
export function resolveValidateSettings(raw: ValidateSectionConfig | undefined): ValidateSettings {
  const limits: ValidationLimits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(raw?.limits ?? {})) {
    if (value === undefined) continue;
    const k = key as keyof ValidationLimits;
    if (!(k in DEFAULT_LIMITS)) throw new ModelshipError(`validate.limits.${key} is not a known limit`);
    // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
    limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : parseDuration(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
  }
  return {
    limits,
    pickle: {
      profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
      allow: raw?.pickle?.allow ?? [],
      deny: raw?.pickle?.deny ?? [],
    },
    manifest: raw?.manifest,
    allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
    failOnWarning: raw?.failOnWarning ?? false,
    ignore: raw?.ignore ?? [],
  };
}
