import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The GitHub Actions runner protocol: inputs from INPUT_* variables, outputs and the job summary through
 * the files the runner names, and workflow commands (`::error file=..::msg`) on stdout.
 *
 * Written here instead of importing @actions/core because @actions/core 3 loads @actions/http-client and
 * undici (for OIDC tokens) and @actions/exec at import time: that alone doubled every action's start-up,
 * against a target of 1.5x bare `node`. The protocol is small, documented and tested against the runner's
 * own parsing rules in test/actions/runner.test.ts.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Runner {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, props?: AnnotationProperties): void;
  setSecret(value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  isDebug(): boolean;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,...::message`, escaped the way the runner unescapes. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** One `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV. */
export function fileCommandBlock(name: string, value: string, delimiter = `ghadelimiter_${crypto.randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function createRunner(env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = (l) => process.stdout.write(l + EOL)): Runner {
  const issue = (line: string) => write(line);
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (file) appendFileSync(file, fileCommandBlock(name, value), 'utf8');
      else issue(workflowCommand('set-output', { name }, value)); // runners older than the file protocol
    },
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
    },
    annotate(level, message, p = {}) {
      issue(workflowCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message));
    },
    setSecret(value) {
      if (value) issue(workflowCommand('add-mask', {}, value));
    },
    setFailed(message) {
      process.exitCode = 1;
      issue(workflowCommand('error', {}, message));
    },
    info: (message) => write(message),
    debug: (message) => issue(workflowCommand('debug', {}, message)),
    isDebug: () => env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
  };
}
