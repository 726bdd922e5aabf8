import type { ModelshipConfig } from '../core/config-types.js';

/** The `release:` section with its defaults applied (schema/sections/release.json is the authority). */
export interface ReleaseSettings {
  initialVersion: string;
  floatingMajor: boolean;
  prerelease: 'pr' | 'rc';
  cleanTree: 'model' | 'repository';
  remote: string;
  notes: { cardExcerptChars: number; maxMetrics: number; signature: boolean; checksums: boolean };
}

interface RawRelease {
  initialVersion?: string;
  floatingMajor?: boolean;
  prerelease?: 'pr' | 'rc';
  cleanTree?: 'model' | 'repository';
  remote?: string;
  notes?: Partial<ReleaseSettings['notes']>;
}

export function releaseSettings(config: Pick<ModelshipConfig, 'release'>): ReleaseSettings {
  const raw = (config.release ?? {}) as RawRelease;
  return {
    initialVersion: raw.initialVersion ?? '0.1.0',
    floatingMajor: raw.floatingMajor ?? false,
    prerelease: raw.prerelease ?? 'pr',
    cleanTree: raw.cleanTree ?? 'model',
    remote: raw.remote ?? 'origin',
    notes: {
      cardExcerptChars: raw.notes?.cardExcerptChars ?? 600,
      maxMetrics: raw.notes?.maxMetrics ?? 40,
      signature: raw.notes?.signature ?? true,
      checksums: raw.notes?.checksums ?? true,
    },
  };
}
