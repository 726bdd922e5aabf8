/**
 * Runs a built action bundle (`dist/<name>/index.js`) in a child `node` the way the GitHub runner does: inputs
 * as INPUT_* variables (with the defaults of the action's metadata filled in), the event payload in a file,
 * the file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH) as temp files,
 * and GITHUB_API_URL pointing at a stand-in. Then it reads back what the runner would: outputs, summary,
 * annotations, masks, and the API calls made.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { GitHubStandIn, RecordedRequest } from './github-stand-in.js';
import type { WebhookEvent } from './events.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunActionOptions {
  /** By input name as in action.yml (`github-token`, `config`). */
  inputs?: Record<string, string | number | boolean>;
  event?: WebhookEvent;
  /** Extra variables; `undefined` removes one the harness would set. */
  env?: Record<string, string | undefined>;
  standIn?: GitHubStandIn;
  /** The workspace (GITHUB_WORKSPACE) and working directory. Default: a fresh temp directory. */
  cwd?: string;
  /** Where `<name>/index.js` is looked for. Default `<repo>/dist`. */
  bundleRoot?: string;
  /**
   * The action.yml whose input defaults are applied, as the runner does. Default `<repo>/actions/<name>/action.yml`
   * (the root action.yml for `main`) when it exists; `false` for none.
   */
  metadata?: string | false;
  /** The value of `${{ github.token }}`. Default: the stand-in's token, else a fake one. */
  token?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  /** Default 30 s; the child is killed after it. */
  timeoutMs?: number;
}

export interface RunnerAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export interface RunActionResult {
  /** Null when the process was killed (timeout). */
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPaths: string[];
  annotations: RunnerAnnotation[];
  masks: string[];
  /** Every workflow command printed on stdout, decoded. */
  commands: WorkflowCommand[];
  /** Calls the run made to the stand-in. */
  apiCalls: RecordedRequest[];
  /** The environment the child got (for debugging a failing test). */
  env: Record<string, string>;
  durationMs: number;
}

const FAKE_TOKEN = 'ghs_RunActionFakeToken00000000000000000001';
const DEFAULT_SHA = '0123456789abcdef0123456789abcdef01234567';

export async function runAction(name: string, options: RunActionOptions = {}): Promise<RunActionResult> {
  const bundle = path.join(options.bundleRoot ?? path.join(REPO_ROOT, 'dist'), name, 'index.js');
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: run \`npm run build\` first`);
  const temp = await mkdtemp(path.join(os.tmpdir(), `ms-run-${name}-`));
  try {
    const cwd = options.cwd ?? temp;
    const files = {
      GITHUB_OUTPUT: path.join(temp, 'output'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
      GITHUB_STATE: path.join(temp, 'state'),
      GITHUB_ENV: path.join(temp, 'env'),
      GITHUB_PATH: path.join(temp, 'path'),
      GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    };
    for (const file of Object.values(files)) await writeFile(file, '');
    const event = options.event ?? { name: 'workflow_dispatch', payload: {} };
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload, null, 2));

    const token = options.token ?? options.standIn?.token ?? FAKE_TOKEN;
    const context = githubContext(event, options, cwd, temp, token);
    const env: Record<string, string> = {
      ...baseEnvironment(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: name,
      GITHUB_ACTOR: context.actor,
      GITHUB_TRIGGERING_ACTOR: context.actor,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_JOB: 'test',
      GITHUB_WORKFLOW: 'modelship-test',
      GITHUB_RUN_ID: '4242424242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REPOSITORY: context.repository,
      GITHUB_REPOSITORY_OWNER: context.repository.split('/')[0],
      GITHUB_SHA: context.sha,
      GITHUB_REF: context.ref,
      GITHUB_REF_NAME: context.ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_REF_TYPE: context.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_HEAD_REF: context.headRef,
      GITHUB_BASE_REF: context.baseRef,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.standIn?.url ?? 'https://api.github.com',
      GITHUB_GRAPHQL_URL: options.standIn ? `${options.standIn.url}/graphql` : 'https://api.github.com/graphql',
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'modelship-test-runner',
      RUNNER_TOOL_CACHE: path.join(temp, 'tool-cache'),
      ...files,
    };
    for (const [input, value] of Object.entries(inputsWithDefaults(name, options, context))) env[inputVariable(input)] = String(value);
    for (const [key, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }

    const callsBefore = options.standIn?.requests.length ?? 0;
    const started = performance.now();
    const child = await spawnNode(bundle, cwd, env, options.timeoutMs ?? 30_000);
    const durationMs = performance.now() - started;

    const stdoutParse = parseWorkflowCommands(child.stdout);
    return {
      exitCode: child.exitCode,
      timedOut: child.timedOut,
      stdout: child.stdout,
      stderr: child.stderr,
      outputs: { ...stdoutParse.legacyOutputs, ...parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')) },
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
      state: parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8')),
      exportedEnv: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
      addedPaths: (await readFile(files.GITHUB_PATH, 'utf8')).split(/\r?\n/).filter((l) => l !== ''),
      annotations: stdoutParse.annotations,
      masks: stdoutParse.masks,
      commands: stdoutParse.commands,
      apiCalls: options.standIn ? options.standIn.requests.slice(callsBefore) : [],
      env,
      durationMs,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** `github-token` to `INPUT_GITHUB-TOKEN`: spaces become underscores, the name is upper-cased, hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface GitHubContext {
  repository: string;
  sha: string;
  ref: string;
  headRef: string;
  baseRef: string;
  actor: string;
  workspace: string;
  temp: string;
  token: string;
  apiUrl: string;
}

/** What the runner derives from the event: the ref and SHA a workflow run sees for it. */
function githubContext(event: WebhookEvent, options: RunActionOptions, cwd: string, temp: string, token: string): GitHubContext {
  const p = event.payload as Record<string, any>;
  const defaultBranch: string = p.repository?.default_branch ?? 'main';
  let ref = `refs/heads/${defaultBranch}`;
  let sha = DEFAULT_SHA;
  let headRef = '';
  let baseRef = '';
  if (event.name === 'push' && typeof p.ref === 'string') {
    ref = p.ref;
    sha = p.after ?? sha;
  } else if ((event.name === 'pull_request' || event.name === 'pull_request_target') && p.pull_request) {
    headRef = p.pull_request.head?.ref ?? '';
    baseRef = p.pull_request.base?.ref ?? '';
    if (event.name === 'pull_request') {
      ref = `refs/pull/${p.pull_request.number}/merge`;
      sha = p.pull_request.merge_commit_sha ?? p.pull_request.head?.sha ?? sha;
    } else {
      ref = `refs/heads/${baseRef || defaultBranch}`;
    }
  } else if (event.name === 'release' && p.release?.tag_name) {
    ref = `refs/tags/${p.release.tag_name}`;
  } else if (event.name === 'workflow_dispatch' && typeof p.ref === 'string') {
    ref = p.ref;
  }
  return {
    repository: options.repository ?? p.repository?.full_name ?? 'acme/models',
    sha: options.sha ?? sha,
    ref: options.ref ?? ref,
    headRef,
    baseRef,
    actor: p.sender?.login ?? 'octocat',
    workspace: cwd,
    temp,
    token,
    apiUrl: options.standIn?.url ?? 'https://api.github.com',
  };
}

/** The inputs the runner passes: the given ones, plus each metadata default not given. */
function inputsWithDefaults(name: string, options: RunActionOptions, context: GitHubContext): Record<string, string | number | boolean> {
  const inputs: Record<string, string | number | boolean> = { ...(options.inputs ?? {}) };
  if (options.metadata === false) return inputs;
  const file =
    options.metadata ??
    (name === 'main' ? path.join(REPO_ROOT, 'action.yml') : path.join(REPO_ROOT, 'actions', name, 'action.yml'));
  if (!existsSync(file)) return inputs;
  const metadata = parseYaml(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const given = new Set(Object.keys(inputs).map((k) => k.toLowerCase()));
  for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
    if (given.has(input.toLowerCase()) || spec?.default === undefined || spec.default === null) continue;
    inputs[input] = evaluateDefault(String(spec.default), context, file, input);
  }
  return inputs;
}

/** The few expressions input defaults use; anything else must be passed explicitly. */
function evaluateDefault(text: string, context: GitHubContext, file: string, input: string): string {
  const values: Record<string, string> = {
    'github.token': context.token,
    'github.repository': context.repository,
    'github.sha': context.sha,
    'github.ref': context.ref,
    'github.workspace': context.workspace,
    'github.server_url': 'https://github.com',
    'github.api_url': context.apiUrl,
    'runner.temp': context.temp,
  };
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression in values) return values[expression];
    throw new Error(`${file}: the default of input "${input}" uses \${{ ${expression} }}, which runAction cannot evaluate; pass the input`);
  });
}

function baseEnvironment(): Record<string, string> {
  // A clean environment: the host's NODE_OPTIONS (jest's VM flags) must not leak into the action.
  const keep = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'USERPROFILE', 'HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];
  const env: Record<string, string> = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  // The stand-in is local: never send it through a proxy.
  env.NO_PROXY = ['127.0.0.1', 'localhost', process.env.NO_PROXY].filter(Boolean).join(',');
  env.no_proxy = env.NO_PROXY;
  return env;
}

function spawnNode(script: string, cwd: string, env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ exitCode: number | null; timedOut: boolean; stdout: string; stderr: string }>((resolve, reject) => {
    // Asynchronous on purpose: the stand-in answers from this same process.
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: timedOut ? null : code, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/**
 * Parses a file command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as the runner does: `name=value`
 * lines and `name<<DELIMITER` blocks ended by a line that is exactly the delimiter.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const key = line.slice(0, equals);
      if (key === '') throw new Error(`file command line ${i + 1} has no name: ${line}`);
      result[key] = line.slice(equals + 1);
    } else if (heredoc > 0) {
      const key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new Error(`file command line ${i + 1} has an empty delimiter`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!closed) throw new Error(`file command "${key}": delimiter ${delimiter} is never closed`);
      result[key] = value.join('\n');
    } else {
      throw new Error(`file command line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`);
    }
  }
  return result;
}

const ANNOTATION_COMMANDS = new Set(['error', 'warning', 'notice']);

/** Decodes `::command key=value,...::data` lines as the runner does, honouring `::stop-commands::`. */
export function parseWorkflowCommands(stdout: string): {
  commands: WorkflowCommand[];
  annotations: RunnerAnnotation[];
  masks: string[];
  legacyOutputs: Record<string, string>;
} {
  const commands: WorkflowCommand[] = [];
  const annotations: RunnerAnnotation[] = [];
  const masks: string[] = [];
  const legacyOutputs: Record<string, string> = {};
  let stopToken: string | undefined;
  for (const rawLine of stdout.split('\n')) {
    const line = rawLine.replace(/\r$/, '').trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = parseCommandLine(line);
    if (!command) continue;
    commands.push(command);
    if (command.command === 'stop-commands') stopToken = command.data;
    else if (command.command === 'add-mask') masks.push(command.data);
    else if (command.command === 'set-output' && command.properties.name) legacyOutputs[command.properties.name] = command.data;
    else if (ANNOTATION_COMMANDS.has(command.command)) {
      const p = command.properties;
      const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
      const annotation: RunnerAnnotation = { level: command.command as RunnerAnnotation['level'], message: command.data };
      if (p.file !== undefined) annotation.file = p.file;
      if (int(p.line) !== undefined) annotation.line = int(p.line);
      if (int(p.endLine) !== undefined) annotation.endLine = int(p.endLine);
      if (int(p.col) !== undefined) annotation.col = int(p.col);
      if (int(p.endColumn) !== undefined) annotation.endColumn = int(p.endColumn);
      if (p.title !== undefined) annotation.title = p.title;
      annotations.push(annotation);
    }
  }
  return { commands, annotations, masks, legacyOutputs };
}

function parseCommandLine(line: string): WorkflowCommand | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      if (eq <= 0 || eq === part.length - 1) continue;
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(line.slice(end + 2)) };
}

// The runner's unescaping order: %25 last, so "%253A" stays "%3A".
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
