import type { GitHubStandIn } from '../support/github-stand-in.js';

/**
 * The Deployments API and the git refs the lock branch uses, as the stand-in's shared world models them
 * (test/support/github-world.ts): deployments and their statuses with GitHub's auto-inactivation, blobs,
 * trees, commits, refs and file contents at a ref. Kept for the suites that name it; it returns live views
 * of that world.
 */
export function deploymentsWorld(gh: GitHubStandIn) {
  const world = gh.world;
  return { deployments: world.deployments, statuses: world.deploymentStatuses, refs: world.refs };
}
