import { existsSync } from 'node:fs';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { splitFileAtRef, type FileSourceSpec } from '../core/metrics/index.js';
import type { GateOverrides } from './run.js';

/** `modelship gate` flags and the gate action's inputs, as given. */
export interface GateOptions {
  candidate?: string[];
  baseline?: string[];
  baselineRef?: string;
  seed?: string | number;
  blessing?: string;
}

/** How one surface names its options in messages, and what it knows that the other does not. */
export interface GateSurface {
  /** Paths are relative to it: where the user stands, or the workspace. */
  cwd: string;
  /** `--candidate` or `input candidate`, by option. */
  labels: Record<'candidate' | 'baseline' | 'baselineRef' | 'seed' | 'blessing', string>;
  /** The base commit of the pull request under test, for `pr-base`. */
  pullRequestBase?: string;
}

export interface GateRequest {
  /** The overrides for `runGate`; the caller adds `live` (where the deployment state is read from). */
  overrides: Omit<GateOverrides, 'live'>;
  /** Absolute. */
  blessingDir?: string;
}

/** A baseline ref naming the pull request's base commit without an expression in the workflow. */
export const PULL_REQUEST_BASE = 'pr-base';

/**
 * Raw options to one gate request, for the CLI and the action alike:
 * - `FILE@REF` names the file at a git ref, split at the first "@" after a path that exists (so tags that hold
 *   "@", such as `iris@v1.0.0`, stay whole);
 * - `pr-base` is the pull request's base commit (`HEAD^` outside a pull request);
 * - each override remembers how the user wrote it, so an error in it names that argument.
 */
export function gateRequest(options: GateOptions, surface: GateSurface): GateRequest {
  const source = (text: string): FileSourceSpec => {
    const { file, ref } = splitFileAtRef(text, (f) => existsSync(path.resolve(surface.cwd, f)));
    return { file: path.resolve(surface.cwd, file), ref };
  };
  const given = (values: string[] | undefined) => (values && values.length > 0 ? values : undefined);
  const candidate = given(options.candidate);
  const baseline = given(options.baseline);
  const baselineRef = options.baselineRef === PULL_REQUEST_BASE ? (surface.pullRequestBase ?? 'HEAD^') : options.baselineRef;
  const named = (label: string, values: string[] | undefined) => (values ? `${label} ${values.map((v) => JSON.stringify(v)).join(', ')}` : undefined);
  return {
    overrides: {
      candidate: candidate?.map(source),
      baseline: baseline?.map(source),
      baselineRef,
      seed: seedOf(options.seed, surface.labels.seed),
      arguments: {
        candidate: named(surface.labels.candidate, candidate),
        baseline: named(surface.labels.baseline, baseline),
        baselineRef: named(surface.labels.baselineRef, options.baselineRef === undefined ? undefined : [options.baselineRef]),
      },
    },
    blessingDir: options.blessing ? path.resolve(surface.cwd, options.blessing) : undefined,
  };
}

function seedOf(value: string | number | undefined, label: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new ModelshipError(`${label} is "${value}", expected an integer`);
  return seed;
}
