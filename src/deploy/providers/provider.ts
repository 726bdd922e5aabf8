import type { BanditFile } from '../../core/bandit-file.js';
import type { TrafficState } from '../../core/routing-file.js';
import type { VersionMetricsRecord } from '../../version/version-metrics.js';
/**
 * A deployment provider moves bits and traffic; it never decides. The engine and the strategies decide
 * when to call each step, journal it, and call `revert` with the last good traffic on any failure.
 */

// The traffic types are routing.json's, shared with the server: src/core/routing-file.ts.
export type { HeaderRoute, TrafficState } from '../../core/routing-file.js';

/** The version being deployed. */
export interface DeployTarget {
  model: string;
  version: string;
  /** Absolute path of the artifact (or a URI for providers that fetch it themselves). */
  artifact: string;
  sha256: string;
  format: string;
  signature?: unknown;
  /** Absolute path of the version's metrics file, when known. */
  metrics?: string;
  /** The version's metrics files with their sha256, where they were read (its release tag): what its gates judge. */
  versionMetrics?: VersionMetricsRecord;
  /** `oci://registry/repository@sha256:...` (src/package/reference.ts) when deployed by digest; `artifact` is then its verified local copy. */
  oci?: string;
}

export interface InstalledVersion {
  sha256: string;
  /** Absolute path (or URI) of the installed artifact. */
  artifact: string;
}

export interface ProviderContext {
  environment: string;
  model: string;
  log(line: string): void;
}

export interface DeploymentProvider {
  readonly type: string;
  /** Puts the artifact where it can serve, beside what is live (no traffic yet). Returns a detail line. */
  prepare(ctx: ProviderContext, target: DeployTarget): Promise<string>;
  /** Routes traffic as described. */
  shiftTraffic(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string>;
  /** Checks the prepared version is in place and healthy (sha256 re-checked where the provider can). */
  verify(ctx: ProviderContext, target: DeployTarget): Promise<string>;
  /** Makes the final traffic permanent and cleans up what the rollout no longer needs. */
  finalize(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string>;
  /**
   * Restores the last good traffic. Must be safe to call at any point, and more than once. `lastGoodTarget`
   * is the version `lastGood.stable` names, as it was deployed (its artifact and sha256); absent when
   * nothing was live.
   */
  revert(ctx: ProviderContext, lastGood: TrafficState, lastGoodTarget?: DeployTarget): Promise<string>;
  /** What the provider sees as live, when it can tell (used to detect a lost or stale state file). */
  observe?(ctx: ProviderContext): Promise<TrafficState | undefined>;
  /** The state of the model's bandit experiment as its server last wrote it (strategy `bandit`); undefined before any. */
  experiment?(ctx: ProviderContext): Promise<BanditFile | undefined>;
  /** A version the provider already holds, when it can tell: its sha256 and where its artifact is. */
  installed?(ctx: ProviderContext, version: string): Promise<InstalledVersion | undefined>;
}

export function emptyTraffic(strategy = 'direct'): TrafficState {
  return { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy };
}

/** The traffic of a finished deployment of `version` that replaced `previous`. */
export function settledTraffic(version: string, previous: string | null, strategy: string): TrafficState {
  return { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
}
