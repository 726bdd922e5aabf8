import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { CORRECTIONS, METHODS, type Correction, type DriftMethod, type DriftOptions, type FeatureRule } from './drift.js';
import { Profile, PROFILE_FORMAT } from './profile.js';
import { profileData, type ProfileDataOptions } from './profile-data.js';

/** Raw options of `modelship monitor drift` (CLI flags or action inputs), checked into DriftOptions. */
export interface DriftFlags {
  driftShare?: string;
  correction?: string;
  method?: string;
  threshold?: string;
  /** NAME=METHOD[:THRESHOLD] or NAME=:THRESHOLD, repeatable. */
  feature?: string[];
}

export function driftOptions(flags: DriftFlags): DriftOptions {
  const options: DriftOptions = {};
  if (flags.driftShare !== undefined) options.driftShare = share(flags.driftShare, '--drift-share');
  if (flags.correction !== undefined) {
    if (!CORRECTIONS.includes(flags.correction as Correction)) throw new ModelshipError(`--correction: expected one of ${CORRECTIONS.join(', ')}, got "${flags.correction}"`);
    options.correction = flags.correction as Correction;
  }
  if (flags.method !== undefined) options.method = method(flags.method, '--method');
  if (flags.threshold !== undefined) options.threshold = positive(flags.threshold, '--threshold');
  for (const spec of flags.feature ?? []) {
    const m = /^([^=]+)=([a-z]*)(?::(.+))?$/.exec(spec);
    if (!m || (m[2] === '' && m[3] === undefined)) throw new ModelshipError(`--feature "${spec}": expected NAME=METHOD[:THRESHOLD] or NAME=:THRESHOLD`, { hint: `methods: ${METHODS.join(', ')}` });
    const rule: FeatureRule = {};
    if (m[2] !== '') rule.method = method(m[2], `--feature ${m[1]}`);
    if (m[3] !== undefined) rule.threshold = positive(m[3], `--feature ${m[1]}`);
    options.features = { ...options.features, [m[1]]: rule };
  }
  return options;
}

function method(v: string, where: string): DriftMethod {
  if (!METHODS.includes(v as DriftMethod)) throw new ModelshipError(`${where}: unknown drift method "${v}"`, { hint: `methods: ${METHODS.join(', ')}` });
  return v as DriftMethod;
}

function positive(v: string, where: string): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x <= 0) throw new ModelshipError(`${where}: expected a positive number, got "${v}"`);
  return x;
}

function share(v: string, where: string): number {
  const x = positive(v, where);
  if (x > 1) throw new ModelshipError(`${where}: expected a share in (0, 1], got "${v}"`);
  return x;
}

/** A profile file (JSON with "format": "modelship-profile") or data to profile (CSV, Parquet, JSON Lines). */
export async function loadProfile(spec: string, cwd: string, options: ProfileDataOptions = {}): Promise<Profile> {
  const file = path.resolve(cwd, spec);
  if (file.toLowerCase().endsWith('.json')) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new ModelshipError(`${spec}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new ModelshipError(`${spec}: not valid JSON: ${(err as Error).message}`, { hint: `a profile is the JSON "modelship monitor profile" writes ("format": "${PROFILE_FORMAT}")` });
    }
    return Profile.fromJSON(value, spec);
  }
  return (await profileData(spec, cwd, options)).profile;
}

/** `--tensor NAME=COL,COL,...` (repeatable) into the tensors map of a profile. */
export function tensorColumns(specs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.+)$/.exec(spec);
    const columns = m ? m[2].split(',').map((c) => c.trim()).filter((c) => c !== '') : [];
    if (!m || columns.length === 0) throw new ModelshipError(`--tensor "${spec}": expected NAME=COLUMN,COLUMN,... (the columns that feed one model tensor, in order)`);
    out[m[1]] = columns;
  }
  return out;
}

/**
 * The `monitor:` section of modelship.yml as defaults under the flags: a flag wins, and a feature's rule on
 * the command line replaces that feature's rule from the file (validated by the schema already).
 */
export function withConfigDefaults(options: DriftOptions, section: { driftShare?: number; correction?: Correction; features?: Record<string, { method?: string; threshold?: number }> } | undefined): DriftOptions {
  if (!section) return options;
  const features = { ...(section.features as Record<string, FeatureRule> | undefined), ...options.features };
  return {
    ...options,
    driftShare: options.driftShare ?? section.driftShare,
    correction: options.correction ?? section.correction,
    ...(Object.keys(features).length > 0 ? { features } : {}),
  };
}
