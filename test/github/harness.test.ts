import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pullRequestCommentEvent, webhookEvent, webhookEventNames } from '../support/events.js';
import { GitHubStandIn, STAND_IN_TOKEN } from '../support/github-stand-in.js';
import { gitHubOpenApi } from '../support/openapi.js';
import { inputVariable, parseFileCommands, parseWorkflowCommands, runAction } from '../support/run-action.js';
import { REPO, standInClient } from './stand-in-client.js';

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

const auth = { authorization: `token ${STAND_IN_TOKEN}`, 'content-type': 'application/json' };

describe('the GitHub stand-in', () => {
  it('answers 404 to a route GitHub does not have, and records a violation', async () => {
    const response = await fetch(`${gh.url}/repos/acme/models/check-runz`, { method: 'POST', headers: auth, body: '{}' });
    expect(response.status).toBe(404);
    const wrongMethod = await fetch(`${gh.url}/repos/acme/models/pulls/1`, { method: 'DELETE', headers: auth });
    expect(wrongMethod.status).toBe(404);
    const violations = gh.takeViolations();
    expect(violations.map((v) => v.kind)).toEqual(['unknown-route', 'unknown-route']);
    expect(violations[1].problems[0]).toMatch(/DELETE is not documented for this path \(documented: GET, PATCH\)/);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch(`${gh.url}/repos/acme/models/check-runs`, { method: 'POST', headers: auth, body: '{name:' });
    expect(response.status).toBe(400);
    expect(gh.takeViolations()[0].kind).toBe('invalid-json');
  });

  it('checks query parameters against the description', async () => {
    gh.world.addPullRequest(1);
    const response = await fetch(`${gh.url}/repos/acme/models/issues/1/comments?per_page=ten`, { headers: auth });
    expect(response.status).toBe(422);
    await fetch(`${gh.url}/repos/acme/models/pulls/1?expand=all`, { headers: auth });
    const problems = gh.takeViolations().flatMap((v) => v.problems);
    expect(problems).toEqual([
      expect.stringMatching(/query parameter "per_page" must be integer/),
      expect.stringMatching(/query parameter "expand" is not documented for pulls\/get/),
    ]);
  });

  it('flags a configured response that does not match the documented schema', async () => {
    gh.on(PULL, { body: { number: 'seven' } });
    await standInClient(gh).rest.pulls.get({ ...REPO, pull_number: 1 });
    const [violation] = gh.takeViolations();
    expect(violation.kind).toBe('response');
    expect(violation.problems.join('\n')).toMatch(/200 response must have required properties '_links', 'assignee', .* and \d+ more/);
    expect(violation.problems.join('\n')).toMatch(/\/number must be integer/);
  });

  it('flags an undocumented success status', async () => {
    gh.on('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 200, body: {} });
    await standInClient(gh).rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' });
    expect(gh.takeViolations()[0].problems[0]).toMatch(/status 200 is not documented for issues\/create-comment \(documented: 201/);
  });

  it('refuses to register a route GitHub does not document', () => {
    expect(() => gh.on('GET /repos/{owner}/{repo}/pullz', {})).toThrow(/not a documented GitHub API route/);
    expect(() => gh.on('pulls', {})).toThrow(/looks like/);
  });

  it('prefers the most specific registration, then the latest', async () => {
    const pr = (n: number) => gh.example(PULL, { number: n, requested_teams: [] });
    gh.on(PULL, { body: pr(1) });
    gh.on('GET /repos/{owner}/{repo}/pulls/7', { body: pr(7) });
    gh.on(PULL, () => ({ body: pr(2) }));
    const client = standInClient(gh);
    expect((await client.rest.pulls.get({ ...REPO, pull_number: 7 })).data.number).toBe(7);
    expect((await client.rest.pulls.get({ ...REPO, pull_number: 8 })).data.number).toBe(2);
    expect(gh.calls('GET /repos/{owner}/{repo}/pulls/7')).toHaveLength(1);
    expect(gh.calls(PULL)).toHaveLength(2);
  });

  it('paginates lists with Link headers and octokit follows them', async () => {
    const items = Array.from({ length: 75 }, (_, i) => ({ ...gh.example<Record<string, unknown>>('GET /repos/{owner}/{repo}/issues/comments/{comment_id}'), id: i + 1 }));
    gh.onList('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', items);
    const first = await fetch(`${gh.url}/repos/acme/models/issues/3/comments?per_page=30`, { headers: auth });
    const link = first.headers.get('link')!;
    expect(link).toContain(`<${gh.url}/repos/acme/models/issues/3/comments?per_page=30&page=2>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');
    expect(((await first.json()) as unknown[]).length).toBe(30);
    const all = await standInClient(gh).paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 3, per_page: 30 });
    expect(all.map((c) => c.id)).toEqual(items.map((c) => c.id));
  });

  it('answers documented calls nobody configured with the documented example', async () => {
    const { data } = await standInClient(gh).rest.repos.listCommitStatusesForRef({ ...REPO, ref: 'main' });
    expect(Array.isArray(data)).toBe(true);
    expect(gh.calls()[0].answeredBy).toBe('example');
  });

  it('records the token being put in a URL', async () => {
    await fetch(`${gh.url}/repos/acme/models/pulls/1?access_token=${STAND_IN_TOKEN}`, { headers: auth });
    expect(gh.takeViolations().map((v) => v.kind)).toContain('token-in-url');
  });

  it('loads the API description once per process', () => {
    expect(gitHubOpenApi()).toBe(gh.api);
    expect(gh.api.loadMs).toBeGreaterThan(0);
    expect(gh.api.find('GET', '/repos/a/b/git/ref/heads%2Fmain').operation?.operationId).toBe('git/get-ref');
    expect(gh.api.find('POST', '/repos/a/b/statuses/abc').operation?.operationId).toBe('repos/create-commit-status');
  });
});

describe('webhook events', () => {
  it('loads real payloads by event and action', () => {
    expect(webhookEventNames()).toEqual(expect.arrayContaining(['issue_comment', 'pull_request', 'push', 'release', 'workflow_dispatch']));
    const sync = webhookEvent('pull_request', { action: 'synchronize' });
    expect(sync.payload.action).toBe('synchronize');
    expect(sync.payload.pull_request.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(webhookEvent('push').payload.ref).toMatch(/^refs\//);
    expect(webhookEvent('release', { action: 'published' }).payload.release.tag_name).toBeTruthy();
    expect(webhookEvent('workflow_dispatch').payload.inputs).toBeDefined();
  });

  it('deep-merges overrides into a copy', () => {
    const a = webhookEvent('issue_comment', { action: 'created', overrides: { comment: { body: '/deploy staging' } } });
    const b = webhookEvent('issue_comment', { action: 'created' });
    expect(a.payload.comment.body).toBe('/deploy staging');
    expect(a.payload.comment.user.login).toBe(b.payload.comment.user.login);
    expect(b.payload.comment.body).not.toBe('/deploy staging');
  });

  it('picks by predicate, and says what exists when nothing fits', () => {
    expect(() => webhookEvent('pull_request', { action: 'exploded' })).toThrow(/actions: .*opened/);
    const draft = webhookEvent('pull_request', { where: (p) => p.pull_request?.draft === true });
    expect(draft.payload.pull_request.draft).toBe(true);
  });

  it('makes an issue_comment on a pull request', () => {
    const event = pullRequestCommentEvent({ body: '/promote', login: 'rita', pullNumber: 12 });
    expect(event.name).toBe('issue_comment');
    expect(event.payload.issue.number).toBe(12);
    expect(event.payload.issue.pull_request.url).toMatch(/\/pulls\/12$/);
    expect(event.payload.comment).toMatchObject({ body: '/promote', user: { login: 'rita' } });
  });
});

describe('runner protocol parsing', () => {
  it('reads file commands in both forms', () => {
    expect(parseFileCommands('a=1\nreport<<ghadelimiter_x\nline 1\nline=2\nghadelimiter_x\nb=x=y\n')).toEqual({ a: '1', report: 'line 1\nline=2', b: 'x=y' });
    expect(() => parseFileCommands('r<<EOF\nnever closed\n')).toThrow(/never closed/);
  });

  it('decodes workflow commands with the runner\'s escaping', () => {
    const out = parseWorkflowCommands(
      [
        '::error file=dir%2Cx/a.yml,line=3,col=5,title=Bad%3A value::50%25 broken%0Anext line',
        'plain log line',
        '::add-mask::s3cret',
        '::stop-commands::pause-token',
        '::error::ignored while stopped',
        '::pause-token::',
        '  ::warning::indented still counts',
      ].join('\n'),
    );
    expect(out.annotations).toEqual([
      { level: 'error', file: 'dir,x/a.yml', line: 3, col: 5, title: 'Bad: value', message: '50% broken\nnext line' },
      { level: 'warning', message: 'indented still counts' },
    ]);
    expect(out.masks).toEqual(['s3cret']);
  });

  it('forms input variables the runner way', () => {
    expect(inputVariable('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('runAction', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ms-fixture-'));
    const dir = path.join(root, 'dist', 'probe');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
    // A stand-in for a built bundle: speaks the runner protocol by hand, as @actions/core would.
    await writeFile(
      path.join(dir, 'index.js'),
      `import { appendFileSync, readFileSync } from 'node:fs';
const env = process.env;
const token = env['INPUT_GITHUB-TOKEN'];
console.log('::add-mask::' + token);
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
const response = await fetch(env.GITHUB_API_URL + '/repos/' + env.GITHUB_REPOSITORY + '/issues/comments/' + event.comment.id + '/reactions', {
  method: 'POST',
  headers: { authorization: 'token ' + token, 'content-type': 'application/json' },
  body: JSON.stringify({ content: 'eyes' }),
});
appendFileSync(env.GITHUB_OUTPUT, 'verdict=fail\\n');
appendFileSync(env.GITHUB_OUTPUT, 'details<<ghadelimiter_1\\nline one\\nline two\\nghadelimiter_1\\n');
appendFileSync(env.GITHUB_OUTPUT, 'reaction=' + response.status + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'config=' + env.INPUT_CONFIG + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'node-options=' + (env.NODE_OPTIONS ?? '') + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'where=' + env.GITHUB_EVENT_NAME + ' ' + env.GITHUB_REF + ' ' + (process.cwd() === env.GITHUB_WORKSPACE) + ' ' + env.CI + '\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '### Probe\\n| a | b |\\n');
console.log('::error file=a.yml,line=3::bad');
if (env.INPUT_HANG === 'true') await new Promise(() => setInterval(() => {}, 1000));
process.exitCode = 1;
`,
    );
    await writeFile(
      path.join(root, 'action.yml'),
      'name: probe\ninputs:\n  github-token:\n    default: ${{ github.token }}\n  config:\n    default: modelship.yml\n  hang:\n    default: "false"\nruns:\n  using: node24\n  main: dist/probe/index.js\n',
    );
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('runs a bundle as the runner does and reads back outputs, summary, annotations, masks and API calls', async () => {
    const event = pullRequestCommentEvent({ body: '/deploy staging' });
    const result = await runAction('probe', {
      bundleRoot: path.join(root, 'dist'),
      metadata: path.join(root, 'action.yml'),
      cwd: root,
      event,
      standIn: gh,
      inputs: { config: 'ci/modelship.yml' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({
      verdict: 'fail',
      details: 'line one\nline two',
      reaction: '201',
      config: 'ci/modelship.yml',
      'node-options': '',
      where: `issue_comment refs/heads/${event.payload.repository.default_branch} true true`,
    });
    expect(result.summary).toBe('### Probe\n| a | b |\n');
    expect(result.annotations).toEqual([{ level: 'error', file: 'a.yml', line: 3, message: 'bad' }]);
    expect(result.masks).toEqual([gh.token]);
    expect(result.env['INPUT_GITHUB-TOKEN']).toBe(gh.token);
    expect(result.apiCalls).toHaveLength(1);
    expect(result.apiCalls[0]).toMatchObject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
      params: { comment_id: String(event.payload.comment.id) },
      body: { content: 'eyes' },
      authenticated: true,
    });
  });

  it('kills a run that outlives its timeout', async () => {
    const result = await runAction('probe', {
      bundleRoot: path.join(root, 'dist'),
      metadata: path.join(root, 'action.yml'),
      event: pullRequestCommentEvent(),
      standIn: gh,
      inputs: { hang: true },
      timeoutMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  it('says to build first when the bundle is missing', async () => {
    await expect(runAction('nothing-here', { bundleRoot: path.join(root, 'dist') })).rejects.toThrow(/npm run build/);
  });
});
