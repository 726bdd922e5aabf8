/**
 * A local stand-in for the GitHub REST API: an HTTP server on 127.0.0.1 that records every call, answers with
 * what a test registered (or with a small stateful world for the common calls), paginates with real `Link`
 * headers, injects faults, and holds every request and configured response to GitHub's official OpenAPI
 * description, so a call real GitHub would reject fails here too.
 *
 *   const gh = await GitHubStandIn.start();
 *   gh.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { body: gh.example('GET /repos/{owner}/{repo}/pulls/{pull_number}', { number: 7 }) });
 *   ... point the client at gh.url with gh.token ...
 *   expect(gh.calls('POST /repos/{owner}/{repo}/check-runs')).toHaveLength(1);
 *   gh.assertNoViolations();
 *   await gh.close();
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { deepMerge } from './deep-merge.js';
import { paginate } from './github-pagination.js';
import { StandInWorld } from './github-world.js';
import { gitHubOpenApi, successStatus, type ApiOperation, type GitHubOpenApi, type RouteMatch } from './openapi.js';

/** The token the stand-in accepts by default; it looks like an installation token. */
export const STAND_IN_TOKEN = 'ghs_StandIn000000000000000000000000000001';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoded). */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names; the Authorization value is replaced by `<scheme> [redacted]`. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  rawBody: string;
  /** Whether the request carried the stand-in's token. */
  authenticated: boolean;
  /** The documented route template, when the route is documented. */
  route?: string;
  operationId?: string;
  /** Path parameters by their documented names. */
  params: Record<string, string>;
  /** The status the stand-in answered, or undefined while pending or when it hung or reset. */
  status?: number;
  responseBody?: unknown;
  /** The fault that answered, if one did. */
  fault?: Fault['kind'];
  /** Who produced the answer. */
  answeredBy?: 'handler' | 'world' | 'example' | 'fault' | 'stand-in';
}

export type ViolationKind = 'unknown-route' | 'invalid-json' | 'parameters' | 'request-body' | 'response' | 'no-response' | 'token-in-url';

export interface Violation {
  kind: ViolationKind;
  /** `METHOD /path` of the request. */
  request: string;
  operationId?: string;
  problems: string[];
}

export interface StandInReply {
  /** Default: the first 2xx the operation documents. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type StandInRequest = RecordedRequest & { url: URL };
export type StandInHandler = StandInReply | ((request: StandInRequest, standIn: GitHubStandIn) => StandInReply | Promise<StandInReply>);

export type Fault =
  /** A 5xx (or any status) with GitHub's error body. */
  | { kind: 'status'; status: number; message?: string; times?: number }
  /** 403 or 429 "You have exceeded a secondary rate limit" with `retry-after`. */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number; times?: number }
  /** 403 "API rate limit exceeded" with x-ratelimit-remaining: 0 and a reset time. */
  | { kind: 'primary-rate-limit'; resetInSeconds?: number; times?: number }
  /** Accepts the request and never answers (until the client gives up or the stand-in closes). */
  | { kind: 'hang'; times?: number }
  /** Drops the connection without an answer. */
  | { kind: 'reset'; times?: number };

export interface StandInOptions {
  /** The token requests must carry; `null` accepts any or none. Default STAND_IN_TOKEN. */
  token?: string | null;
  /** Answer common calls (comments, check runs, statuses, reactions, permissions, pull requests, team memberships, deployments and their statuses, git objects and refs, file contents at a ref) from a small world. Default true. */
  world?: boolean;
  /** Answer other documented calls with their documented example. Default true. */
  examples?: boolean;
  /** A path prefix, as GitHub Enterprise Server's `/api/v3`: part of `url`, stripped before matching. */
  basePath?: string;
}

interface Pattern {
  text: string;
  method: string;
  /** Documented template, or undefined for `*`. */
  route?: string;
  /** Path parameters the pattern fixes to a value, by documented name. */
  fixed: Record<string, string>;
}

interface Registered {
  pattern: Pattern;
  handler: StandInHandler;
  order: number;
}

interface ArmedFault {
  pattern: Pattern;
  fault: Fault;
  remaining: number;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang' | 'reset';

export { paginate };

const JSON_TYPE = 'application/json; charset=utf-8';

export class GitHubStandIn {
  readonly url: string;
  readonly token: string | null;
  readonly api: GitHubOpenApi;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly world: StandInWorld;

  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly handlers: Registered[] = [];
  private readonly faults: ArmedFault[] = [];
  private readonly options: Required<StandInOptions>;
  private order = 0;
  private requestCounter = 0;

  private constructor(server: http.Server, url: string, api: GitHubOpenApi, options: Required<StandInOptions>) {
    this.server = server;
    this.url = url;
    this.api = api;
    this.options = options;
    this.token = options.token;
    this.world = new StandInWorld(api);
  }

  static async start(options: StandInOptions = {}): Promise<GitHubStandIn> {
    const api = gitHubOpenApi();
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const basePath = (options.basePath ?? '').replace(/\/+$/, '');
    if (basePath !== '' && !basePath.startsWith('/')) throw new Error(`basePath must start with "/", got "${basePath}"`);
    const standIn = new GitHubStandIn(server, `http://127.0.0.1:${port}${basePath}`, api, {
      token: options.token === undefined ? STAND_IN_TOKEN : options.token,
      world: options.world ?? true,
      examples: options.examples ?? true,
      basePath,
    });
    server.on('connection', (socket) => {
      standIn.sockets.add(socket);
      socket.on('close', () => standIn.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      standIn.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': JSON_TYPE });
          res.end(JSON.stringify({ message: `stand-in failure: ${String(error)}` }));
        }
      });
    });
    return standIn;
  }

  /**
   * Answers `METHOD /route` with a fixed reply or a function of the request. The route is a documented
   * template (`/repos/{owner}/{repo}/pulls/{pull_number}`) where any parameter may be given a value
   * (`/repos/{owner}/{repo}/pulls/7`). The most specific registration wins; among equals, the latest.
   */
  on(pattern: string, handler: StandInHandler): this {
    this.handlers.push({ pattern: this.parsePattern(pattern), handler, order: this.order++ });
    return this;
  }

  /** Answers a list route with `items`, paginated from `per_page`/`page` with `Link` headers. */
  onList(pattern: string, items: unknown[] | ((request: StandInRequest) => unknown[])): this {
    return this.on(pattern, (request) => paginate(request, typeof items === 'function' ? items(request) : items, this.url));
  }

  /** Makes the next `times` (default 1) calls matching the pattern (or `*`) fail this way. */
  injectFault(pattern: string, fault: Fault): this {
    this.faults.push({ pattern: this.parsePattern(pattern), fault, remaining: fault.times ?? 1 });
    return this;
  }

  /** The documented example response of a route (first 2xx unless `status`), with `overrides` merged in. */
  example<T = Record<string, unknown>>(pattern: string, overrides?: unknown, status?: number): T {
    const operation = this.operationOf(pattern);
    const example = this.api.example(operation, status);
    if (example === undefined) throw new Error(`${pattern} documents no example${status ? ` for ${status}` : ''}`);
    return deepMerge(example, overrides) as T;
  }

  /** Recorded calls, optionally only those matching a pattern (`*` or a route as in `on`). */
  calls(pattern?: string): RecordedRequest[] {
    if (pattern === undefined) return [...this.requests];
    const parsed = this.parsePattern(pattern, { allowUndocumented: true });
    return this.requests.filter((r) => matchesPattern(parsed, r));
  }

  /** Forgets the recorded calls only (not the world, handlers or faults): for calls a test made to set the scene. */
  forgetCalls(): void {
    this.requests.length = 0;
  }

  /** Throws, listing every violation, when any request or response broke GitHub's description. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `- ${v.kind}: ${v.request}${v.operationId ? ` (${v.operationId})` : ''}\n    ${v.problems.join('\n    ')}`);
    throw new Error(`the GitHub stand-in saw ${this.violations.length} violation(s) of GitHub's API description:\n${lines.join('\n')}`);
  }

  /** For afterEach: asserts no violations, and resets even when that throws so the next test starts clean. */
  verifyAndReset(): void {
    try {
      this.assertNoViolations();
    } finally {
      this.reset();
    }
  }

  /** Returns and forgets the violations, for tests that provoke one on purpose. */
  takeViolations(): Violation[] {
    return this.violations.splice(0);
  }

  /** Forgets calls, violations, registrations, faults and the world. */
  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.handlers.length = 0;
    this.faults.length = 0;
    this.world.reset();
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  // -------------------------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const { basePath } = this.options;
    const underBase = basePath !== '' && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
    const apiPath = underBase ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    const rawBody = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const authorization = headers.authorization;
    const presented = authorization ? authorization.replace(/^(token|bearer)\s+/i, '') : undefined;
    if (authorization) headers.authorization = `${authorization.split(/\s+/)[0]} [redacted]`;
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0] : values;
    }
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: apiPath,
      query,
      headers,
      body: undefined,
      rawBody,
      authenticated: this.token !== null && presented === this.token,
      params: {},
    };
    this.requests.push(record);
    const answer = await this.answer(record, url, presented, rawBody);
    if (answer === 'hang') return; // the socket stays open until the client aborts or close()
    if (answer === 'reset') {
      req.socket.destroy();
      return;
    }
    record.status = answer.status;
    record.responseBody = answer.body;
    const responseHeaders: Record<string, string> = {
      'x-github-request-id': `STANDIN:${++this.requestCounter}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...answer.headers,
    };
    if (answer.body === undefined || answer.status === 204 || answer.status === 304) {
      res.writeHead(answer.status, responseHeaders);
      res.end();
    } else {
      res.writeHead(answer.status, { 'content-type': JSON_TYPE, ...responseHeaders });
      res.end(JSON.stringify(answer.body));
    }
  }

  private async answer(record: RecordedRequest, url: URL, presentedToken: string | undefined, rawBody: string): Promise<Answer> {
    const label = `${record.method} ${record.path}`;
    if (this.token && (url.href.includes(this.token) || safeDecode(url.href).includes(this.token))) {
      this.violations.push({ kind: 'token-in-url', request: label, problems: ['the token appears in the URL; it belongs in the Authorization header'] });
    }

    const lookup = this.api.find(record.method, record.path);
    if (!lookup.operation) {
      const problems = lookup.pathKnown
        ? [`${record.method} is not documented for this path (documented: ${lookup.methods.join(', ')})`]
        : ['no documented route matches this path'];
      this.violations.push({ kind: 'unknown-route', request: label, problems });
      return notFound();
    }
    const match: RouteMatch = lookup;
    const { operation } = match;
    record.route = operation.path;
    record.operationId = operation.operationId;
    record.params = match.params;

    const fault = this.takeFault(record);
    if (fault) {
      record.fault = fault.kind;
      record.answeredBy = 'fault';
      return faultAnswer(fault);
    }

    if (this.token !== null && presentedToken !== this.token) {
      record.answeredBy = 'stand-in';
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    }

    const hasBody = rawBody.trim() !== '';
    if (hasBody) {
      try {
        record.body = JSON.parse(rawBody);
      } catch {
        this.violations.push({ kind: 'invalid-json', request: label, operationId: operation.operationId, problems: ['the body is not JSON'] });
        record.answeredBy = 'stand-in';
        return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: docsUrl(operation), status: '400' } };
      }
    }

    const parameterProblems = this.api.validateParameters(match, record.query);
    if (parameterProblems.length > 0) {
      this.violations.push({ kind: 'parameters', request: label, operationId: operation.operationId, problems: parameterProblems });
      const pathProblem = parameterProblems.some((p) => p.startsWith('path '));
      const blocking = parameterProblems.some((p) => !p.includes('is not documented'));
      if (pathProblem) return notFound();
      if (blocking) return invalidRequest(operation, parameterProblems);
    }
    const bodyProblems = this.api.validateRequestBody(operation, record.body, hasBody);
    if (bodyProblems.length > 0) {
      this.violations.push({ kind: 'request-body', request: label, operationId: operation.operationId, problems: bodyProblems });
      record.answeredBy = 'stand-in';
      return invalidRequest(operation, bodyProblems);
    }

    const request: StandInRequest = Object.assign(Object.create(null) as object, record, { url }) as StandInRequest;
    let reply: StandInReply | undefined;
    const registered = this.findHandler(record);
    if (registered) {
      record.answeredBy = 'handler';
      reply = typeof registered.handler === 'function' ? await registered.handler(request, this) : registered.handler;
    } else if (this.options.world) {
      reply = this.world.answer(operation, request, this.url);
      if (reply) record.answeredBy = 'world';
    }
    if (!reply && this.options.examples) {
      const example = this.api.example(operation);
      if (example !== undefined) {
        record.answeredBy = 'example';
        reply = { body: example };
      }
    }
    if (!reply) {
      const status = successStatus(operation);
      if (status === 204) {
        record.answeredBy = 'example';
        reply = { status };
      } else {
        this.violations.push({
          kind: 'no-response',
          request: label,
          operationId: operation.operationId,
          problems: [`no response is registered for ${operation.method} ${operation.path} and it documents no example: register one with on()`],
        });
        return { status: 501, body: { message: `the stand-in has no response for ${operation.operationId}` } };
      }
    }
    const status = reply.status ?? successStatus(operation) ?? 200;
    const responseProblems = this.api
      .validateResponse(operation, status, reply.body)
      .filter((problem) => !isKnownDeviation(operation, problem, reply.body));
    if (responseProblems.length > 0) {
      const source = record.answeredBy === 'example' ? ' (the documented example itself; register a handler)' : '';
      this.violations.push({
        kind: 'response',
        request: label,
        operationId: operation.operationId,
        problems: responseProblems.map((p) => `${p}${source}`),
      });
    }
    return { status, body: reply.body, headers: reply.headers };
  }

  private takeFault(record: RecordedRequest): Fault | undefined {
    const armed = this.faults.find((f) => f.remaining > 0 && matchesPattern(f.pattern, record));
    if (!armed) return undefined;
    armed.remaining -= 1;
    return armed.fault;
  }

  private findHandler(record: RecordedRequest): Registered | undefined {
    let best: Registered | undefined;
    for (const entry of this.handlers) {
      if (!matchesPattern(entry.pattern, record)) continue;
      const specificity = Object.keys(entry.pattern.fixed).length;
      const bestSpecificity = best ? Object.keys(best.pattern.fixed).length : -1;
      if (!best || specificity > bestSpecificity || (specificity === bestSpecificity && entry.order > best.order)) best = entry;
    }
    return best;
  }

  private operationOf(pattern: string): ApiOperation {
    const parsed = this.parsePattern(pattern);
    const operation = parsed.route ? this.api.operationFor(parsed.method, parsed.route) : undefined;
    if (!operation) throw new Error(`"${pattern}" names no documented operation`);
    return operation;
  }

  private parsePattern(text: string, options: { allowUndocumented?: boolean } = {}): Pattern {
    const trimmed = text.trim();
    if (trimmed === '*') return { text: trimmed, method: '*', fixed: {} };
    const match = /^([A-Za-z]+)\s+(\/\S*)$/.exec(trimmed);
    if (!match) throw new Error(`a stand-in route looks like "GET /repos/{owner}/{repo}", got "${text}"`);
    const method = match[1].toUpperCase();
    const pathPart = match[2].split('?')[0];
    const lookup = this.api.find(method, pathPart);
    if (!lookup.operation) {
      if (options.allowUndocumented) return { text: trimmed, method, fixed: { '': pathPart } };
      throw new Error(`"${text}" is not a documented GitHub API route${lookup.pathKnown ? ` (documented methods: ${lookup.methods.join(', ')})` : ''}`);
    }
    const fixed: Record<string, string> = {};
    for (const [name, value] of Object.entries(lookup.params)) {
      if (!/^\{.+\}$/.test(value)) fixed[name] = value;
    }
    return { text: trimmed, method, route: lookup.operation.path, fixed };
  }
}

/**
 * Where real GitHub answers what its own description says it cannot. Each entry is a response GitHub is known
 * to send; the stand-in lets tests send it too.
 */
const KNOWN_DEVIATIONS: Array<{ operationId: string; problem: RegExp; when: (body: any, problem: string) => boolean; why: string }> = [
  {
    operationId: 'pulls/get',
    problem: /^200 response \/head\/repo must be object$/,
    when: (body) => body?.head?.repo === null,
    why: 'the head repository of a pull request from a deleted fork is null',
  },
  ...['repos/create-deployment-status', 'repos/list-deployment-statuses', 'repos/get-deployment-status'].map((operationId) => ({
    operationId,
    problem: /^\d{3} response ((?:\/\d+)?)\/(target_url|log_url|environment_url) must match format "uri"$/,
    when: (body: any, problem: string) => {
      const [, index, field] = /^\d{3} response ((?:\/\d+)?)\/(\w+)/.exec(problem) ?? [];
      const status = index ? body?.[Number(index.slice(1))] : body;
      return status?.[field] === '';
    },
    why: 'GitHub answers an empty string for a deployment status URL that was never set',
  })),
];

function isKnownDeviation(operation: ApiOperation, problem: string, body: unknown): boolean {
  return KNOWN_DEVIATIONS.some((d) => d.operationId === operation.operationId && d.problem.test(problem) && d.when(body, problem));
}

function matchesPattern(pattern: Pattern, record: RecordedRequest): boolean {
  if (pattern.method === '*') return true;
  if (pattern.method !== record.method) return false;
  if (pattern.route === undefined) return record.path === pattern.fixed[''];
  if (pattern.route !== record.route) return false;
  return Object.entries(pattern.fixed).every(([name, value]) => record.params[name] === value);
}

function docsUrl(operation: ApiOperation): string {
  return `https://docs.github.com/rest#${operation.operationId.replace(/\//g, '-')}`;
}

function notFound(): Answer {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
}

/** GitHub's answer to a body its schema rejects. */
function invalidRequest(operation: ApiOperation, problems: string[]): Answer {
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: docsUrl(operation), status: '422' },
  };
}

function faultAnswer(fault: Fault): Answer {
  switch (fault.kind) {
    case 'hang':
      return 'hang';
    case 'reset':
      return 'reset';
    case 'status':
      return { status: fault.status, body: { message: fault.message ?? (fault.status >= 500 ? 'Server Error' : 'Error'), status: String(fault.status) } };
    case 'secondary-rate-limit':
      return {
        status: fault.status ?? 403,
        headers: { 'retry-after': String(fault.retryAfter ?? 60) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(fault.status ?? 403),
        },
      };
    case 'primary-rate-limit': {
      const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 1);
      return {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(reset) },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
      };
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
