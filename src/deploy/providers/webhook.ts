import { createHmac, randomUUID } from 'node:crypto';
import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';
import type { WebhookProviderSpec } from '../config.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from './provider.js';

export const SIGNATURE_HEADER = 'x-modelship-signature-256';

/** `sha256=<hex>` of HMAC-SHA256(secret, raw body), like GitHub's X-Hub-Signature-256. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * One signed JSON POST per step. The body carries a timestamp and a delivery id, both covered by the
 * signature, so a receiver can refuse replays. 5xx and network errors are retried with exponential
 * backoff; 4xx is a refusal and is not retried; the response must be 2xx.
 */
export class WebhookProvider implements DeploymentProvider {
  readonly type = 'webhook';
  private readonly timeoutMs: number;

  constructor(
    private readonly spec: WebhookProviderSpec,
    private readonly options: { backoffMs?: number; fetch?: typeof fetch } = {},
  ) {
    if (!spec.secret) throw new ModelshipError('webhook provider: `secret` is empty', { hint: 'write secret: ${env:MODELSHIP_WEBHOOK_SECRET}' });
    this.timeoutMs = parseDuration(spec.timeout ?? '30s', 'provider.timeout');
  }

  prepare(ctx: ProviderContext, target: DeployTarget) {
    return this.post('prepare', ctx, target, undefined);
  }
  shiftTraffic(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget) {
    return this.post('shiftTraffic', ctx, target, traffic);
  }
  verify(ctx: ProviderContext, target: DeployTarget) {
    return this.post('verify', ctx, target, undefined);
  }
  finalize(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget) {
    return this.post('finalize', ctx, target, traffic);
  }
  /** `target` is the version reverted to (null when nothing was live). */
  revert(ctx: ProviderContext, lastGood: TrafficState, lastGoodTarget?: DeployTarget) {
    return this.post('revert', ctx, lastGoodTarget, lastGood);
  }

  private async post(step: string, ctx: ProviderContext, target: DeployTarget | undefined, traffic: TrafficState | undefined): Promise<string> {
    const delivery = randomUUID();
    const body = JSON.stringify({ step, delivery, timestamp: new Date().toISOString(), environment: ctx.environment, model: ctx.model, target: target ?? null, traffic: traffic ?? null });
    const headers = { 'content-type': 'application/json', 'user-agent': 'modelship-deploy', [SIGNATURE_HEADER]: signBody(this.spec.secret, body), 'x-modelship-delivery': delivery, 'x-modelship-step': step };
    const retries = this.spec.retries ?? 3;
    const doFetch = this.options.fetch ?? fetch;
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1)));
      try {
        const response = await doFetch(this.spec.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
        const text = (await response.text()).slice(0, 2000);
        if (response.ok) return `${step}: HTTP ${response.status}${attempt ? ` after ${attempt + 1} attempts` : ''}${text ? ` ${text}` : ''}`;
        last = `HTTP ${response.status} ${text}`.trim();
        if (response.status < 500 && response.status !== 429) break;
      } catch (err) {
        last = `${(err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message}`;
      }
    }
    throw new ModelshipError(`webhook ${step} to ${redact(this.spec.url)} failed: ${last}`);
  }
}

/** URLs in messages lose credentials and query strings (tokens must never reach logs). */
function redact(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
