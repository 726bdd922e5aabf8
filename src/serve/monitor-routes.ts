import type http from 'node:http';
import type { ModelCatalog } from './catalog.js';
import type { FeedbackItem } from './feedback.js';
import type { ServeMonitor } from './monitoring.js';

/**
 * The monitoring routes of the server: `GET /v2/models/{m}/versions/{v}/profile` (the live profile, and
 * its drift against the reference when there is one) and `POST /v2/models/{m}/feedback` (ground truth for
 * logged predictions). docs/monitor.md documents both shapes.
 */
const PROFILE_PATH = /^\/v2\/models\/([^/]+)\/versions\/([^/]+)\/profile$/;
const FEEDBACK_PATH = /^\/v2\/models\/([^/]+)\/feedback$/;
/** Items in one feedback request. */
const MAX_ITEMS = 10_000;
const MAX_BODY = 8 * 2 ** 20;

export interface MonitorAnswer {
  status: number;
  body: unknown;
  model?: string;
  version?: string;
}

/** Answers a monitoring route, or returns undefined when the path is not one. */
export async function monitorRoute(monitor: ServeMonitor, catalog: ModelCatalog, req: http.IncomingMessage, pathname: string): Promise<MonitorAnswer | undefined> {
  const profileMatch = PROFILE_PATH.exec(pathname);
  const feedbackMatch = profileMatch ? null : FEEDBACK_PATH.exec(pathname);
  if (!profileMatch && !feedbackMatch) return undefined;
  const model = decode((profileMatch ?? feedbackMatch)![1]);
  if (model === undefined) return { status: 400, body: { error: 'malformed model name in the path' } };
  const host = catalog.models.get(model);
  if (!host) return { status: 404, body: { error: `no model "${model}" in this repository; served: ${[...catalog.models.keys()].join(', ') || 'none'}` } };
  if (profileMatch) {
    if (req.method !== 'GET') return { status: 405, body: { error: 'the profile is GET' }, model };
    const version = decode(profileMatch[2]);
    if (version === undefined) return { status: 400, body: { error: 'malformed version in the path' }, model };
    if (!host.state?.versions.has(version)) return { status: 404, body: { error: `version "${version}" of model "${model}" is not served; served: ${[...(host.state?.versions.keys() ?? [])].join(', ') || 'none'}` }, model };
    const live = await monitor.profile(model, version);
    const reference = await monitor.referenceStatus(model, version);
    const drift = await monitor.drift(model, version);
    return {
      status: 200,
      model,
      version,
      body: {
        model,
        version,
        rows: live?.rows ?? 0,
        profile: live?.toJSON() ?? null,
        reference: reference.profile ? { rows: reference.profile.rows } : { problem: reference.problem },
        drift: drift?.report ?? null,
      },
    };
  }
  if (req.method !== 'POST') return { status: 405, body: { error: 'feedback is POST' }, model };
  let body: unknown;
  try {
    const raw = await readBody(req);
    body = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return { status, body: { error: status === 413 ? `the feedback body is ${(err as Error).message}` : `the feedback body is not valid JSON: ${(err as Error).message}` }, model };
  }
  const items = Array.isArray(body) ? body : [body];
  if (items.length > MAX_ITEMS) return { status: 413, body: { error: `${items.length} feedback items in one request; at most ${MAX_ITEMS}` }, model };
  const problems = items.map((item, i) => checkItem(item, Array.isArray(body) ? `item ${i}` : 'the body'));
  const firstProblem = problems.find((p) => p !== undefined);
  if (firstProblem) return { status: 400, body: { error: firstProblem, expected: '{"id": "<request id>", "label": <class>} or {"id": ..., "value": <number>}, or an array of them' }, model };
  const results = (items as FeedbackItem[]).map((item) => ({ id: item.id, ...monitor.feedback.record(model, item) }));
  const count = (r: string) => results.filter((x) => x.result === r).length;
  return { status: 200, model, body: { joined: count('joined'), unknown: count('unknown'), invalid: count('invalid'), results } };
}

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function checkItem(item: unknown, where: string): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `${where}: expected an object`;
  const { id, label, value } = item as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return `${where}: "id" must be the non-empty id of an inference request`;
  if ((label === undefined) === (value === undefined)) return `${where} (id "${id}"): give exactly one of "label" (a class) or "value" (a number)`;
  const scalar = (x: unknown) => (typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
  if (label !== undefined && !(scalar(label) || (Array.isArray(label) && label.length > 0 && label.every(scalar)))) return `${where} (id "${id}"): "label" must be a string or number, or an array of them (one per row)`;
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (value !== undefined && !(finite(value) || (Array.isArray(value) && value.length > 0 && value.every(finite)))) return `${where} (id "${id}"): "value" must be a finite number, or an array of them (one per row)`;
  return undefined;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error(`over ${MAX_BODY} bytes`), { status: 413 }));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}
