/**
 * Real webhook payloads from `@octokit/webhooks-examples` (GitHub's documented examples), picked by event and
 * action and adjusted per test, so actions are tested against what GitHub actually sends.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deepMerge } from './deep-merge.js';

const require = createRequire(import.meta.url);

type Payload = Record<string, any>;

interface Definition {
  name: string;
  actions: string[];
  examples: Payload[];
}

export interface WebhookEvent {
  /** The event name, as in GITHUB_EVENT_NAME. */
  name: string;
  payload: Payload;
}

export interface PickOptions {
  /** The payload's `action` (`created`, `opened`...); events without actions (push) take none. */
  action?: string;
  /** Picks the first example this accepts. */
  where?: (payload: Payload) => boolean;
  /** Deep-merged into a copy of the example: objects merge, arrays and scalars replace. */
  overrides?: unknown;
}

let definitions: Definition[] | undefined;

function load(): Definition[] {
  if (!definitions) {
    const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json');
    definitions = JSON.parse(readFileSync(file, 'utf8')) as Definition[];
  }
  return definitions;
}

/** Event names with examples. */
export function webhookEventNames(): string[] {
  return load().map((d) => d.name);
}

/** Copies of every example of an event (optionally one action). */
export function webhookExamples(name: string, action?: string): Payload[] {
  const definition = load().find((d) => d.name === name);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no "${name}" event`);
  return definition.examples.filter((p) => action === undefined || p.action === action).map((p) => structuredClone(p));
}

/** One real payload of an event, with overrides applied. Throws, listing what exists, when none fits. */
export function webhookEvent(name: string, options: PickOptions = {}): WebhookEvent {
  const candidates = webhookExamples(name, options.action);
  const picked = candidates.find((p) => (options.where ? options.where(p) : true));
  if (!picked) {
    const actions = [...new Set(webhookExamples(name).map((p) => String(p.action)))].join(', ');
    throw new Error(`no "${name}" example${options.action ? ` with action "${options.action}"` : ''} matches (actions: ${actions})`);
  }
  return { name, payload: deepMerge(picked, options.overrides) };
}

/**
 * An `issue_comment` on a pull request. The package's examples are all on plain issues, so this takes a real
 * one and adds the `issue.pull_request` object GitHub sends when the issue is a pull request.
 */
export function pullRequestCommentEvent(
  options: { action?: 'created' | 'edited' | 'deleted'; body?: string; login?: string; pullNumber?: number; overrides?: unknown } = {},
): WebhookEvent {
  const event = webhookEvent('issue_comment', { action: options.action ?? 'created' });
  const p = event.payload;
  const number = options.pullNumber ?? p.issue.number;
  const repoUrl: string = p.repository.url;
  const repoHtml: string = p.repository.html_url;
  p.issue.number = number;
  p.issue.pull_request = {
    url: `${repoUrl}/pulls/${number}`,
    html_url: `${repoHtml}/pull/${number}`,
    diff_url: `${repoHtml}/pull/${number}.diff`,
    patch_url: `${repoHtml}/pull/${number}.patch`,
    merged_at: null,
  };
  p.issue.html_url = `${repoHtml}/pull/${number}`;
  if (options.body !== undefined) p.comment.body = options.body;
  if (options.login !== undefined) {
    p.comment.user.login = options.login;
    p.sender.login = options.login;
  }
  return { name: 'issue_comment', payload: deepMerge(p, options.overrides) };
}
