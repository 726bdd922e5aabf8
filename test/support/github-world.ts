/**
 * The stand-in's memory of one repository, so common calls behave like GitHub across a test: a comment created
 * by one run is listed by the next, a check run collects its annotations across updates, a reaction given
 * twice answers 200 the second time. Objects are built from GitHub's documented examples, so they carry every
 * field the description requires.
 */
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
  /** Who the token belongs to: the author of comments and reactions it creates. */
  actor: WorldUser = { ...BOT };
  /** The clock objects are stamped with; tests may pin it. */
  now: () => Date = () => new Date();

  private nextId = 1000;
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
    this.actor = { ...BOT };
    this.nextId = 1000;
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
      default:
        return undefined;
    }
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
