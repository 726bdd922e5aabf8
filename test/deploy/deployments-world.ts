import type { GitHubStandIn, StandInRequest } from '../support/github-stand-in.js';

const SHA = 'cd'.repeat(20);

/** A small Deployments + git-refs world on top of the stand-in (its own world does not model them). */
export function deploymentsWorld(gh: GitHubStandIn) {
  const deployments: Array<Record<string, unknown> & { id: number }> = [];
  const statuses = new Map<number, Array<Record<string, unknown>>>();
  const refs = new Map<string, string>();
  const blobs = new Map<string, string>();
  const trees = new Map<string, string>();
  const commits = new Map<string, string>();
  let seq = 0;
  const sha = () => (++seq).toString(16).padStart(40, '0');
  gh.on('POST /repos/{owner}/{repo}/deployments', (req: StandInRequest) => {
    const body = req.body as Record<string, unknown>;
    const d = gh.example('POST /repos/{owner}/{repo}/deployments', { id: deployments.length + 1, sha: SHA, ref: body.ref, task: body.task, environment: body.environment, payload: body.payload, description: body.description, production_environment: body.production_environment, transient_environment: body.transient_environment }, 201) as Record<string, unknown> & { id: number };
    deployments.unshift(d);
    return { status: 201, body: d };
  });
  gh.onList('GET /repos/{owner}/{repo}/deployments', (req) => deployments.filter((d) => d.environment === req.query.environment && d.task === req.query.task));
  gh.on('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req: StandInRequest) => {
    const id = Number(req.params.deployment_id);
    const body = req.body as Record<string, unknown>;
    const list = statuses.get(id) ?? [];
    const s = gh.example('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { id: ++seq, state: body.state, description: body.description, ...(body.environment_url ? { environment_url: body.environment_url } : {}), ...(body.log_url ? { log_url: body.log_url } : {}), created_at: new Date(Date.now() + seq).toISOString() }, 201);
    list.unshift(s);
    statuses.set(id, list);
    // GitHub's auto_inactive: a new success makes the other successes of the environment inactive.
    if (body.state === 'success') {
      const env = deployments.find((d) => d.id === id)?.environment;
      for (const d of deployments) if (d.id !== id && d.environment === env && statuses.get(d.id)?.[0]?.state === 'success') statuses.get(d.id)!.unshift({ ...statuses.get(d.id)![0], id: ++seq, state: 'inactive' });
    }
    return { status: 201, body: s };
  });
  gh.onList('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req) => statuses.get(Number(req.params.deployment_id)) ?? []);
  gh.on('POST /repos/{owner}/{repo}/git/blobs', (req) => {
    const s = sha();
    blobs.set(s, (req.body as { content: string }).content);
    return { status: 201, body: { sha: s, url: `${gh.url}/blob/${s}` } };
  });
  gh.on('POST /repos/{owner}/{repo}/git/trees', (req) => {
    const s = sha();
    trees.set(s, (req.body as { tree: Array<{ sha: string }> }).tree[0].sha);
    return { status: 201, body: gh.example('POST /repos/{owner}/{repo}/git/trees', { sha: s }, 201) };
  });
  gh.on('POST /repos/{owner}/{repo}/git/commits', (req) => {
    const s = sha();
    commits.set(s, (req.body as { tree: string }).tree);
    return { status: 201, body: gh.example('POST /repos/{owner}/{repo}/git/commits', { sha: s }, 201) };
  });
  gh.on('POST /repos/{owner}/{repo}/git/refs', (req) => {
    const { ref, sha: s } = req.body as { ref: string; sha: string };
    if (refs.has(ref)) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' } };
    refs.set(ref, s);
    return { status: 201, body: gh.example('POST /repos/{owner}/{repo}/git/refs', { ref, object: { sha: s } }, 201) };
  });
  gh.on('DELETE /repos/{owner}/{repo}/git/refs/{ref}', (req) => {
    refs.delete(`refs/${decodeURIComponent(req.params.ref)}`);
    return { status: 204 };
  });
  gh.on('GET /repos/{owner}/{repo}/contents/{path}', (req) => {
    const ref = `refs/${String(req.query.ref)}`;
    const commit = refs.get(ref);
    if (!commit) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    const content = blobs.get(trees.get(commits.get(commit)!)!)!;
    return { body: gh.example('GET /repos/{owner}/{repo}/contents/{path}', { type: 'file', encoding: 'base64', content, name: 'lock.json', path: 'lock.json' }) };
  });
  return { deployments, statuses, refs };
}

