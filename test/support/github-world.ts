/**
 * The stand-in's memory of one repository, so common calls behave like GitHub across a test: a comment created
 * by one run is listed by the next, a check run collects its annotations across updates, a reaction given
 * twice answers 200 the second time. Objects are built from GitHub's documented examples, so they carry every
 * field the description requires.
 */
import { createHash } from 'node:crypto';
import { deepMerge } from './deep-merge.js';
import type { StandInReply, StandInRequest } from './github-stand-in.js';
import { paginate } from './github-pagination.js';
import type { ApiOperation, GitHubOpenApi } from './openapi.js';

type Obj = Record<string, unknown>;

export type PermissionLevel = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface WorldUser {
  login: string;
  type?: 'User' | 'Bot' | 'Organization';
  id?: number;
}

export interface WorldComment {
  id: number;
  issueNumber: number;
  body: string;
  user: WorldUser;
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorldCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Obj[];
  /** Each create/update body, in order. */
  requests: Obj[];
}

export interface WorldStatus {
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
}

export interface WorldReaction {
  id: number;
  commentId: number;
  content: string;
  user: WorldUser;
}

/** A deployment as the world keeps it: the API object (newest first in `deployments`). */
export type WorldDeployment = Obj & { id: number; environment: string; sha: string; production_environment: boolean; transient_environment: boolean };

/** A deployment status as the API returns it (newest first per deployment). */
export type WorldDeploymentStatus = Obj & { id: number; state: string };

export interface WorldIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export type TeamMembershipState = 'active' | 'pending';

/** GitHub's comment length limit, which its OpenAPI description does not state. */
export const COMMENT_MAX_LENGTH = 65536;
/** GitHub's commit status description limit, likewise undocumented in the schema. */
export const STATUS_DESCRIPTION_MAX_LENGTH = 140;

const BOT: WorldUser = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };

export class StandInWorld {
  comments: WorldComment[] = [];
  checkRuns = new Map<number, WorldCheckRun>();
  statuses: WorldStatus[] = [];
  reactions: WorldReaction[] = [];
  permissions = new Map<string, PermissionLevel>();
  pullRequests = new Map<number, Obj>();
  /** Issues created through the API (or seeded), by number. */
  issues = new Map<number, WorldIssue>();
  /** Deployments, newest first. */
  readonly deployments: WorldDeployment[] = [];
  /** Statuses of each deployment, newest first. */
  readonly deploymentStatuses = new Map<number, WorldDeploymentStatus[]>();
  /** Git references (`refs/heads/x`) → commit SHA. */
  readonly refs = new Map<string, string>();
  /** Git objects the API created: blobs (bytes), trees (path → blob SHA), commits (tree SHA). */
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  /** Team memberships: `org/team-slug` (lower case) → login (lower case) → state. */
  readonly teamMembers = new Map<string, Map<string, TeamMembershipState>>();
  /** Who the token belongs to: the author of comments and reactions it creates. */
  actor: WorldUser = { ...BOT };
  /** The clock objects are stamped with; tests may pin it. */
  now: () => Date = () => new Date();

  private nextId = 1000;
  private nextDeploymentId = 1;
  private commitCounter = 0;
  private readonly api: GitHubOpenApi;

  constructor(api: GitHubOpenApi) {
    this.api = api;
  }

  reset(): void {
    this.comments = [];
    this.checkRuns.clear();
    this.statuses = [];
    this.reactions = [];
    this.permissions.clear();
    this.pullRequests.clear();
    this.issues.clear();
    this.deployments.length = 0;
    this.deploymentStatuses.clear();
    this.refs.clear();
    this.blobs.clear();
    this.trees.clear();
    this.commits.clear();
    this.teamMembers.clear();
    this.actor = { ...BOT };
    this.nextId = 1000;
    this.nextDeploymentId = 1;
    this.commitCounter = 0;
  }

  /** Makes `login` a member of `org`'s team `team` (slug); `pending` is an invitation not yet accepted. */
  setTeamMember(org: string, team: string, login: string, state: TeamMembershipState = 'active'): void {
    const key = `${org}/${team}`.toLowerCase();
    const members = this.teamMembers.get(key) ?? new Map<string, TeamMembershipState>();
    members.set(login.toLowerCase(), state);
    this.teamMembers.set(key, members);
  }

  /** The newest status of a deployment, if any. */
  latestDeploymentStatus(id: number): WorldDeploymentStatus | undefined {
    return this.deploymentStatuses.get(id)?.[0];
  }

  /** A copy of the deployments, their statuses and the refs: compare two to show that nothing changed. */
  deploymentSnapshot(): unknown {
    return structuredClone({ deployments: this.deployments, statuses: [...this.deploymentStatuses], refs: [...this.refs] });
  }

  /** Seeds a comment, as if someone had written it before the test. */
  addComment(issueNumber: number, body: string, options: { user?: WorldUser; authorAssociation?: string } = {}): WorldComment {
    const stamp = this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: WorldComment = {
      id: this.nextId++,
      issueNumber,
      body,
      user: options.user ?? { login: 'octocat', type: 'User', id: 1 },
      authorAssociation: options.authorAssociation ?? 'COLLABORATOR',
      createdAt: stamp,
      updatedAt: stamp,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): WorldComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  setPermission(username: string, level: PermissionLevel): void {
    this.permissions.set(username, level);
  }

  /**
   * Seeds a pull request: the documented example with `overrides` (API-shaped, deep-merged) and, for short,
   * `headSha`, `headRef`, `baseRef` and `headRepoFullName` (a different full name makes it a fork; `null` a
   * deleted fork).
   */
  addPullRequest(
    number: number,
    options: { headSha?: string; headRef?: string; baseRef?: string; headRepoFullName?: string | null; overrides?: unknown } = {},
  ): Obj {
    const pr = this.example('GET', '/repos/{owner}/{repo}/pulls/{pull_number}');
    // The documented example lists a team without `type`, which its own schema requires.
    pr.requested_teams = [];
    pr.number = number;
    const head = pr.head as Obj;
    if (options.headSha) head.sha = options.headSha;
    if (options.headRef) {
      head.ref = options.headRef;
      head.label = `${(head.user as Obj).login}:${options.headRef}`;
    }
    if (options.baseRef) (pr.base as Obj).ref = options.baseRef;
    if (options.headRepoFullName === null) head.repo = null;
    else if (options.headRepoFullName) {
      const [owner, name] = options.headRepoFullName.split('/');
      const repo = head.repo as Obj;
      repo.full_name = options.headRepoFullName;
      repo.name = name;
      (repo.owner as Obj).login = owner;
      repo.fork = options.headRepoFullName !== ((pr.base as Obj).repo as Obj).full_name;
    }
    const merged = deepMerge(pr, options.overrides);
    this.pullRequests.set(number, merged);
    return merged;
  }

  /** Answers the calls the world knows; undefined for the rest. */
  answer(operation: ApiOperation, request: StandInRequest, baseUrl: string): StandInReply | undefined {
    const body = (request.body ?? {}) as Obj;
    const p = request.params;
    switch (operation.operationId) {
      case 'issues/list-for-repo': {
        const state = p.state ?? 'open';
        const labels = p.labels ? p.labels.split(',').map((l) => l.trim()) : [];
        const listed = [...this.issues.values()]
          .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number)
          .map((i) => this.issueJson(i, p));
        return paginate(request, listed, baseUrl);
      }
      case 'issues/create': {
        const stamp = this.stamp();
        const number = Math.max(0, ...this.issues.keys(), ...this.pullRequests.keys()) + 1;
        const labels = ((body.labels ?? []) as Array<string | { name?: string }>).map((l) => (typeof l === 'string' ? l : String(l.name)));
        const issue: WorldIssue = { number, title: String(body.title), body: String(body.body ?? ''), state: 'open', stateReason: null, labels, createdAt: stamp, updatedAt: stamp };
        this.issues.set(number, issue);
        return { status: 201, body: this.issueJson(issue, p) };
      }
      case 'issues/get':
      case 'issues/update': {
        const issue = this.issues.get(Number(p.issue_number));
        if (!issue) return undefined;
        if (operation.operationId === 'issues/update') {
          if (typeof body.body === 'string') issue.body = body.body;
          if (typeof body.title === 'string') issue.title = body.title;
          if (body.state === 'open' || body.state === 'closed') {
            issue.state = body.state;
            issue.stateReason = body.state === 'closed' ? String(body.state_reason ?? 'completed') : body.state_reason === undefined ? null : String(body.state_reason);
          }
          issue.updatedAt = this.stamp();
        }
        return { status: 200, body: this.issueJson(issue, p) };
      }
      case 'issues/list-comments':
        return paginate(request, this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(c, p)), baseUrl);
      case 'issues/create-comment': {
        const tooLong = commentTooLong(body.body);
        if (tooLong) return tooLong;
        const comment = this.addComment(Number(p.issue_number), String(body.body), { user: this.actor, authorAssociation: 'NONE' });
        return { status: 201, body: this.commentJson(comment, p) };
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return notFound();
        if (operation.operationId === 'issues/get-comment') return { status: 200, body: this.commentJson(comment, p) };
        if (operation.operationId === 'issues/delete-comment') {
          this.comments = this.comments.filter((c) => c !== comment);
          return { status: 204 };
        }
        const tooLong = commentTooLong(body.body);
        if (tooLong) return tooLong;
        comment.body = String(body.body);
        comment.updatedAt = this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
        return { status: 200, body: this.commentJson(comment, p) };
      }
      case 'checks/create': {
        const invalid = invalidAnnotations(body);
        if (invalid) return invalid;
        const run: WorldCheckRun = {
          id: this.nextId++,
          name: String(body.name),
          headSha: String(body.head_sha),
          status: 'queued',
          conclusion: null,
          output: {},
          annotations: [],
          requests: [],
        };
        this.checkRuns.set(run.id, run);
        applyCheckRunUpdate(run, body);
        return { status: 201, body: this.checkRunJson(run, p) };
      }
      case 'checks/update':
      case 'checks/get': {
        const run = this.checkRuns.get(Number(p.check_run_id));
        if (!run) return notFound();
        if (operation.operationId === 'checks/update') {
          const invalid = invalidAnnotations(body);
          if (invalid) return invalid;
          applyCheckRunUpdate(run, body);
        }
        return { status: 200, body: this.checkRunJson(run, p) };
      }
      case 'repos/create-commit-status': {
        const description = typeof body.description === 'string' ? body.description : null;
        if (description !== null && description.length > STATUS_DESCRIPTION_MAX_LENGTH) {
          return validationFailed('Status', 'description', `description is too long (maximum is ${STATUS_DESCRIPTION_MAX_LENGTH} characters)`);
        }
        const status: WorldStatus = {
          sha: p.sha,
          state: String(body.state),
          context: typeof body.context === 'string' ? body.context : 'default',
          description,
          targetUrl: typeof body.target_url === 'string' ? body.target_url : null,
        };
        this.statuses.push(status);
        const json = this.example('POST', '/repos/{owner}/{repo}/statuses/{sha}');
        Object.assign(json, {
          id: this.nextId++,
          state: status.state,
          context: status.context,
          description: status.description,
          target_url: status.targetUrl,
          url: `https://api.github.com/repos/${p.owner}/${p.repo}/statuses/${p.sha}`,
        });
        return { status: 201, body: json };
      }
      case 'reactions/create-for-issue-comment': {
        const commentId = Number(p.comment_id);
        const existing = this.reactions.find((r) => r.commentId === commentId && r.content === body.content && r.user.login === this.actor.login);
        const reaction = existing ?? { id: this.nextId++, commentId, content: String(body.content), user: this.actor };
        if (!existing) this.reactions.push(reaction);
        const json = this.example('POST', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions');
        Object.assign(json, { id: reaction.id, content: reaction.content, user: this.userJson(reaction.user) });
        return { status: existing ? 200 : 201, body: json };
      }
      case 'repos/get-collaborator-permission-level': {
        // Someone who is not a collaborator can still read a public repository.
        const level = this.permissions.get(p.username) ?? 'read';
        const legacy = level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level;
        const user = { ...this.userJson({ login: p.username, type: p.username.endsWith('[bot]') ? 'Bot' : 'User' }), role_name: level };
        return { status: 200, body: { permission: legacy, role_name: level, user } };
      }
      case 'pulls/get': {
        const pr = this.pullRequests.get(Number(p.pull_number));
        return pr ? { status: 200, body: structuredClone(pr) } : notFound();
      }
      case 'teams/get-membership-for-user-in-org': {
        const state = this.teamMembers.get(`${p.org}/${p.team_slug}`.toLowerCase())?.get(p.username.toLowerCase());
        if (!state) return notFound();
        const json = this.example('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}');
        return { status: 200, body: Object.assign(json, { state, role: 'member', url: `https://api.github.com/organizations/1/team/1/memberships/${p.username}` }) };
      }
      case 'repos/create-deployment':
        return this.createDeployment(body, p);
      case 'repos/list-deployments': {
        const q = request.query;
        const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v);
        const matches = this.deployments.filter(
          (d) =>
            (one(q.environment) === undefined || d.environment === one(q.environment)) &&
            (one(q.task) === undefined || d.task === one(q.task)) &&
            (one(q.sha) === undefined || d.sha === one(q.sha)) &&
            (one(q.ref) === undefined || d.ref === one(q.ref)),
        );
        return paginate(request, matches.map((d) => structuredClone(d)), baseUrl);
      }
      case 'repos/get-deployment': {
        const d = this.deployments.find((x) => x.id === Number(p.deployment_id));
        return d ? { status: 200, body: structuredClone(d) } : notFound();
      }
      case 'repos/create-deployment-status':
        return this.createDeploymentStatus(body, p);
      case 'repos/list-deployment-statuses': {
        const id = Number(p.deployment_id);
        if (!this.deployments.some((d) => d.id === id)) return notFound();
        return paginate(request, (this.deploymentStatuses.get(id) ?? []).map((x) => structuredClone(x)), baseUrl);
      }
      case 'git/create-blob': {
        const encoding = body.encoding === 'base64' ? 'base64' : 'utf-8';
        const bytes = Buffer.from(String(body.content), encoding === 'base64' ? 'base64' : 'utf8');
        const sha = gitHash('blob', bytes);
        this.blobs.set(sha, bytes);
        return { status: 201, body: { sha, url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/blobs/${sha}` } };
      }
      case 'git/create-tree': {
        const entries = new Map<string, string>(body.base_tree ? this.trees.get(String(body.base_tree)) ?? [] : []);
        if (body.base_tree && !this.trees.has(String(body.base_tree))) return validationFailed('Tree', 'base_tree', 'base_tree is not a valid tree oid');
        for (const entry of (body.tree ?? []) as Array<{ path: string; sha?: string | null; content?: string }>) {
          if (entry.content !== undefined) {
            const bytes = Buffer.from(entry.content, 'utf8');
            const blob = gitHash('blob', bytes);
            this.blobs.set(blob, bytes);
            entries.set(entry.path, blob);
          } else if (entry.sha === null) {
            entries.delete(entry.path);
          } else if (entry.sha && this.blobs.has(entry.sha)) {
            entries.set(entry.path, entry.sha);
          } else {
            return validationFailed('Tree', 'tree.sha', `tree.sha ${entry.sha} is not a valid blob`);
          }
        }
        const sha = gitHash('tree', Buffer.from(JSON.stringify([...entries].sort())));
        this.trees.set(sha, entries);
        const json = this.example('POST', '/repos/{owner}/{repo}/git/trees');
        return {
          status: 201,
          body: Object.assign(json, {
            sha,
            url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/trees/${sha}`,
            truncated: false,
            tree: [...entries].map(([path, blob]) => ({ path, mode: '100644', type: 'blob', sha: blob, size: this.blobs.get(blob)!.length, url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/blobs/${blob}` })),
          }),
        };
      }
      case 'git/create-commit': {
        const tree = String(body.tree);
        if (!this.trees.has(tree)) return validationFailed('Commit', 'tree', 'Tree SHA does not exist');
        const parents = ((body.parents ?? []) as string[]).map(String);
        const message = String(body.message);
        const sha = gitHash('commit', Buffer.from(`${tree}\n${parents.join(' ')}\n${message}\n${this.commitCounter++}`));
        this.commits.set(sha, { tree, parents, message });
        const json = this.example('POST', '/repos/{owner}/{repo}/git/commits');
        return {
          status: 201,
          body: Object.assign(json, {
            sha,
            node_id: `C_standin${sha.slice(0, 12)}`,
            url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/commits/${sha}`,
            html_url: `https://github.com/${p.owner}/${p.repo}/commit/${sha}`,
            message,
            tree: { sha: tree, url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/trees/${tree}` },
            parents: parents.map((x) => ({ sha: x, url: `https://api.github.com/repos/${p.owner}/${p.repo}/git/commits/${x}`, html_url: `https://github.com/${p.owner}/${p.repo}/commit/${x}` })),
          }),
        };
      }
      case 'git/create-ref': {
        const ref = String(body.ref);
        const sha = String(body.sha);
        // GitHub wants a fully qualified name with at least two slashes.
        if (!/^refs\/[^/]+\/.+/.test(ref)) return validationFailed('Ref', 'ref', `${ref} is not a valid ref name`);
        if (!this.commits.has(sha)) return { status: 422, body: { message: 'Object does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' } };
        if (this.refs.has(ref)) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' } };
        this.refs.set(ref, sha);
        return { status: 201, body: this.refJson(ref, sha, p) };
      }
      case 'git/get-ref': {
        const ref = `refs/${safeDecode(p.ref)}`;
        const sha = this.refs.get(ref);
        return sha ? { status: 200, body: this.refJson(ref, sha, p) } : notFound();
      }
      case 'git/delete-ref': {
        const ref = `refs/${safeDecode(p.ref)}`;
        if (!this.refs.delete(ref)) return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#delete-a-reference', status: '422' } };
        return { status: 204 };
      }
      case 'repos/get-content': {
        // Only contents of commits the world made; the default branch's files are left to the documented example.
        const ref = request.query.ref;
        if (typeof ref !== 'string') return undefined;
        const commit = this.resolveRef(ref);
        const entries = commit ? this.trees.get(this.commits.get(commit)?.tree ?? '') : undefined;
        const path = safeDecode(p.path);
        const blob = entries?.get(path);
        if (!blob) return notFound();
        const bytes = this.blobs.get(blob)!;
        const name = path.split('/').pop()!;
        const json = this.example('GET', '/repos/{owner}/{repo}/contents/{path}');
        const api = `https://api.github.com/repos/${p.owner}/${p.repo}`;
        return {
          status: 200,
          body: Object.assign(json, {
            type: 'file',
            encoding: 'base64',
            // GitHub wraps the base64 text at 60 characters.
            content: (bytes.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
            size: bytes.length,
            name,
            path,
            sha: blob,
            url: `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`,
            git_url: `${api}/git/blobs/${blob}`,
            html_url: `https://github.com/${p.owner}/${p.repo}/blob/${commit}/${path}`,
            download_url: `https://raw.githubusercontent.com/${p.owner}/${p.repo}/${commit}/${path}`,
            _links: { self: `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`, git: `${api}/git/blobs/${blob}`, html: `https://github.com/${p.owner}/${p.repo}/blob/${commit}/${path}` },
          }),
        };
      }
      default:
        return undefined;
    }
  }

  /** A commit SHA, or a ref as git resolves a short name (`x`, `heads/x`, `refs/heads/x`), to the commit. */
  resolveRef(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    for (const candidate of [ref, `refs/${ref}`, `refs/tags/${ref}`, `refs/heads/${ref}`]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    return undefined;
  }

  private createDeployment(body: Obj, p: Record<string, string>): StandInReply {
    const ref = String(body.ref);
    const sha = this.resolveRef(ref);
    if (!sha) return { status: 422, body: { message: `No ref found for: ${ref}`, documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '422' } };
    // Without `required_contexts`, GitHub requires every commit status context of the commit to be a success.
    if (body.required_contexts === undefined) {
      const latest = new Map<string, string>();
      for (const st of this.statuses.filter((x) => x.sha === sha)) latest.set(st.context, st.state);
      const failing = [...latest].filter(([, state]) => state !== 'success').map(([context]) => context);
      if (failing.length > 0) {
        return { status: 409, body: { message: `Conflict: Commit status checks failed for ${ref}.`, documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment', status: '409' } };
      }
    }
    const environment = typeof body.environment === 'string' ? body.environment : 'production';
    const id = this.nextDeploymentId++;
    const stamp = this.stamp();
    const api = `https://api.github.com/repos/${p.owner}/${p.repo}`;
    const json = this.example('POST', '/repos/{owner}/{repo}/deployments');
    const deployment = Object.assign(json, {
      id,
      node_id: `DE_standin${id}`,
      url: `${api}/deployments/${id}`,
      statuses_url: `${api}/deployments/${id}/statuses`,
      repository_url: api,
      sha,
      ref,
      task: typeof body.task === 'string' ? body.task : 'deploy',
      payload: body.payload ?? {},
      original_environment: environment,
      environment,
      description: typeof body.description === 'string' ? body.description : null,
      creator: this.userJson(this.actor),
      created_at: stamp,
      updated_at: stamp,
      transient_environment: body.transient_environment === true,
      production_environment: typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
    }) as WorldDeployment;
    this.deployments.unshift(deployment);
    this.deploymentStatuses.set(id, []);
    return { status: 201, body: structuredClone(deployment) };
  }

  private createDeploymentStatus(body: Obj, p: Record<string, string>): StandInReply {
    const id = Number(p.deployment_id);
    const deployment = this.deployments.find((d) => d.id === id);
    if (!deployment) return notFound();
    const description = typeof body.description === 'string' ? body.description : '';
    if (description.length > STATUS_DESCRIPTION_MAX_LENGTH) {
      return validationFailed('DeploymentStatus', 'description', `description is too long (maximum is ${STATUS_DESCRIPTION_MAX_LENGTH} characters)`);
    }
    const state = String(body.state);
    const status = this.deploymentStatus(deployment, state, description, p, {
      logUrl: typeof body.log_url === 'string' ? body.log_url : typeof body.target_url === 'string' ? body.target_url : '',
      environmentUrl: typeof body.environment_url === 'string' ? body.environment_url : '',
    });
    // auto_inactive (default true): a new success adds an `inactive` status to the environment's earlier
    // successful, non-transient deployments.
    if (state === 'success' && body.auto_inactive !== false) {
      for (const other of this.deployments) {
        if (other.id === id || other.environment !== deployment.environment || other.transient_environment) continue;
        const latest = this.latestDeploymentStatus(other.id);
        if (latest?.state === 'success') this.deploymentStatus(other, 'inactive', latest.description as string, p, { logUrl: String(latest.log_url ?? ''), environmentUrl: String(latest.environment_url ?? '') });
      }
    }
    return { status: 201, body: structuredClone(status) };
  }

  private deploymentStatus(deployment: WorldDeployment, state: string, description: string, p: Record<string, string>, urls: { logUrl: string; environmentUrl: string }): WorldDeploymentStatus {
    const id = this.nextId++;
    const stamp = this.stamp();
    const api = `https://api.github.com/repos/${p.owner}/${p.repo}`;
    const json = this.example('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses');
    const status = Object.assign(json, {
      id,
      node_id: `DES_standin${id}`,
      url: `${api}/deployments/${deployment.id}/statuses/${id}`,
      state,
      creator: this.userJson(this.actor),
      description,
      environment: deployment.environment,
      target_url: urls.logUrl,
      log_url: urls.logUrl,
      environment_url: urls.environmentUrl,
      created_at: stamp,
      updated_at: stamp,
      deployment_url: `${api}/deployments/${deployment.id}`,
      repository_url: api,
    }) as WorldDeploymentStatus;
    this.deploymentStatuses.get(deployment.id)!.unshift(status);
    deployment.updated_at = stamp;
    return status;
  }

  private refJson(ref: string, sha: string, p: Record<string, string>): Obj {
    const api = `https://api.github.com/repos/${p.owner}/${p.repo}`;
    return {
      ref,
      node_id: `REF_standin${Buffer.from(ref).toString('base64url')}`,
      url: `${api}/git/${ref}`,
      object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
    };
  }

  private stamp(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private example(method: string, route: string): Obj {
    const operation = this.api.operationFor(method, route);
    const example = operation ? this.api.example(operation) : undefined;
    if (!example || typeof example !== 'object') throw new Error(`no documented example for ${method} ${route}`);
    return example as Obj;
  }

  private userJson(user: WorldUser): Obj {
    const base = (this.example('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}').user ?? {}) as Obj;
    const login = user.login;
    return {
      ...base,
      login,
      id: user.id ?? 1,
      type: user.type ?? 'User',
      url: `https://api.github.com/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
    };
  }

  private issueJson(issue: WorldIssue, p: Record<string, string>): Obj {
    const json = this.example('GET', '/repos/{owner}/{repo}/issues/{issue_number}');
    const labelExample = ((json.labels as Obj[] | undefined)?.[0] ?? {}) as Obj;
    const api = `https://api.github.com/repos/${p.owner}/${p.repo}`;
    const out: Obj = Object.assign(json, {
      id: 5_000_000 + issue.number,
      node_id: `I_standin${issue.number}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.stateReason,
      labels: issue.labels.map((name, i) => ({ ...labelExample, id: 7000 + i, name })),
      url: `${api}/issues/${issue.number}`,
      repository_url: api,
      labels_url: `${api}/issues/${issue.number}/labels{/name}`,
      comments_url: `${api}/issues/${issue.number}/comments`,
      events_url: `${api}/issues/${issue.number}/events`,
      html_url: `https://github.com/${p.owner}/${p.repo}/issues/${issue.number}`,
      assignee: null,
      milestone: null,
      locked: false,
      comments: this.commentsOn(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.state === 'closed' ? issue.updatedAt : null,
      user: this.userJson(this.actor),
    });
    delete out.pull_request;
    return out;
  }

  private commentJson(comment: WorldComment, p: Record<string, string>): Obj {
    const json = this.example('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}');
    return Object.assign(json, {
      id: comment.id,
      node_id: `IC_standin${comment.id}`,
      url: `https://api.github.com/repos/${p.owner}/${p.repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${p.owner}/${p.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `https://api.github.com/repos/${p.owner}/${p.repo}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.userJson(comment.user),
      author_association: comment.authorAssociation,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
    });
  }

  private checkRunJson(run: WorldCheckRun, p: Record<string, string>): Obj {
    const json = this.example('POST', '/repos/{owner}/{repo}/check-runs');
    return Object.assign(json, {
      id: run.id,
      name: run.name,
      head_sha: run.headSha,
      status: run.status,
      conclusion: run.conclusion,
      url: `https://api.github.com/repos/${p.owner}/${p.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${p.owner}/${p.repo}/runs/${run.id}`,
      output: {
        title: run.output.title ?? null,
        summary: run.output.summary ?? null,
        text: run.output.text ?? null,
        annotations_count: run.annotations.length,
        annotations_url: `https://api.github.com/repos/${p.owner}/${p.repo}/check-runs/${run.id}/annotations`,
      },
    });
  }
}

/** A git object id the way git computes it: sha1 of `<type> <size>\0<bytes>`. */
function gitHash(type: 'blob' | 'tree' | 'commit', bytes: Buffer): string {
  return createHash('sha1').update(`${type} ${bytes.length}\0`).update(bytes).digest('hex');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function applyCheckRunUpdate(run: WorldCheckRun, body: Obj): void {
  run.requests.push(structuredClone(body));
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  const output = body.output as Obj | undefined;
  if (output) {
    for (const key of ['title', 'summary', 'text'] as const) if (typeof output[key] === 'string') run.output[key] = output[key] as string;
    // GitHub appends annotations on every update.
    if (Array.isArray(output.annotations)) run.annotations.push(...(output.annotations as Obj[]));
  }
}

/** GitHub refuses columns on an annotation spanning several lines, which the schema cannot say. */
function invalidAnnotations(body: Obj): StandInReply | undefined {
  const annotations = ((body.output as Obj | undefined)?.annotations ?? []) as Obj[];
  for (const a of annotations) {
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      return validationFailed('CheckRun', 'annotations', 'start_column and end_column may only be used when start_line equals end_line');
    }
  }
  return undefined;
}

function commentTooLong(body: unknown): StandInReply | undefined {
  if (typeof body === 'string' && [...body].length > COMMENT_MAX_LENGTH) {
    return validationFailed('IssueComment', 'body', `body is too long (maximum is ${COMMENT_MAX_LENGTH} characters)`);
  }
  return undefined;
}

function validationFailed(resource: string, field: string, message: string): StandInReply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

function notFound(): StandInReply {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
}
