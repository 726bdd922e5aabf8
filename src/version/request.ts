import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { releaseSettings } from './config.js';

/**
 * The pre-release id, the same way for the CLI (`--prerelease`) and the version action (`prerelease`):
 * `rc`, `pr.<n>`, `pr` (the pull request's number), `none`; when not given, on a pull request the configured
 * scheme (`release.prerelease`, where `pr` becomes `pr.<number>`), and none elsewhere.
 */
export function prereleaseOf(given: string | undefined, loaded: LoadedConfig, pullRequest: number | undefined, label: string): string | undefined {
  const scheme = given ?? (pullRequest !== undefined ? releaseSettings(loaded.config).prerelease : 'none');
  if (scheme === 'none') return undefined;
  if (scheme === 'pr') {
    if (pullRequest === undefined) throw new ModelshipError(`${label} is "pr" but this is not a pull request`, { hint: 'use pr.<number> or rc' });
    return `pr.${pullRequest}`;
  }
  return scheme;
}
