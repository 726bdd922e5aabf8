import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { environmentOf } from '../deploy/config.js';
import * as engine from '../deploy/engine.js';
import { storeFor } from '../deploy/engine.js';
import type { DeployResult, EngineOptions, StatusResult } from '../deploy/engine.js';
import type { CommandExecutor, ExecutionContext, ExecutionResult, ExecutionStep } from './executor.js';
import type { ParsedCommand } from './grammar.js';
import { httpUrl, ProgressStore } from './progress-store.js';
import { tableCell, withoutHtml } from '../core/markdown.js';

/** The engine's entry points, so tests can count calls; defaults to the real deploy engine. */
export type DeployEngine = Pick<typeof engine, 'deploy' | 'promote' | 'rollback' | 'status' | 'lock' | 'unlock' | 'control' | 'retry'>;

/**
 * Runs authorised commands through the deploy engine: the same providers, strategies, locks and state as the
 * deploy action and the CLI. The commenter is the actor written into locks and records.
 */
export class DeployEngineExecutor implements CommandExecutor {
  constructor(
    private readonly loaded: LoadedConfig,
    private readonly options: EngineOptions & {
      /**
       * `/deploy` ships the artifact in the workspace. The workspace of an issue_comment run is the trusted
       * default-branch checkout, not the pinned pull request head, so by default `/deploy` is approved for a
       * job that checks out `sha` and deploys; set this only when the workspace is that pinned checkout.
       */
      deployFromWorkspace?: boolean;
      /** A page for a recorded deployment (environment, record id), linked from the reply; none when absent. */
      deploymentUrl?: (environment: string, id: string) => string | undefined;
    } = {},
    private readonly api: DeployEngine = engine,
  ) {}

  handles(command: ParsedCommand): boolean {
    return command.name !== 'deploy' || this.options.deployFromWorkspace === true;
  }

  async run(command: ParsedCommand, context: ExecutionContext): Promise<ExecutionResult> {
    const { deployFromWorkspace: _unused, deploymentUrl: link, ...engineOptions } = this.options;
    const options: EngineOptions = { ...engineOptions, dryRun: context.dryRun };
    const actor = context.actor;
    // Rollouts report progress through the store they write to: the deployment once recorded, each step as it ends.
    const rollout = (): EngineOptions => {
      if (!context.progress || context.dryRun) return options;
      const store = new ProgressStore((e) => storeFor(this.loaded, environmentOf(this.loaded, e), options), command.env!, context.progress, link);
      return { ...options, store };
    };
    switch (command.name) {
      case 'deploy':
        if (!command.version) {
          throw new ModelshipError(`/deploy needs a version to deploy: /deploy ${command.model}@<version> to ${command.env}`);
        }
        return fromDeploy(await this.api.deploy(this.loaded, { environment: command.env!, model: command.model, version: command.version, actor }, rollout()), link);
      case 'promote':
        return fromDeploy(await this.api.promote(this.loaded, { model: command.model, to: command.env!, version: command.version, actor }, rollout()), link);
      case 'rollback':
        return fromDeploy(await this.api.rollback(this.loaded, { environment: command.env!, to: command.version, actor }, rollout()), link);
      case 'status':
        return fromStatus(await this.api.status(this.loaded, { environment: command.env }, options));
      case 'lock': {
        const r = await this.api.lock(this.loaded, { environment: command.env!, reason: command.reason, actor }, options);
        return { ok: true, message: r.message, steps: [{ name: 'lock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
      }
      case 'unlock': {
        const r = await this.api.unlock(this.loaded, { environment: command.env!, actor }, options);
        return { ok: true, message: r.message, steps: [{ name: 'unlock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
      }
      case 'rollout': {
        // retry runs the rollout here (like /deploy); the other actions are requests the running rollout applies.
        if (command.action === 'retry') return fromDeploy(await this.api.retry(this.loaded, { environment: command.env!, actor }, rollout()), link);
        const r = await this.api.control(this.loaded, { environment: command.env!, action: command.action!, actor }, options);
        return { ok: true, message: r.message, version: r.version, steps: [{ name: `rollout ${r.action}`, status: r.outcome === 'planned' ? 'planned' : r.outcome === 'reverted' ? 'reverted' : 'ok', detail: r.message }] };
      }
      case 'help':
        return { ok: true, message: 'help shown', steps: [] };
    }
  }
}

export function fromDeploy(r: DeployResult, link?: (environment: string, id: string) => string | undefined): ExecutionResult {
  return {
    ok: r.outcome !== 'aborted',
    message: r.message,
    steps: r.steps.map((s): ExecutionStep => ({ name: s.name, status: s.status, detail: s.detail })),
    version: r.liveVersion ?? r.version ?? undefined,
    environmentUrl: httpUrl(r.url),
    deploymentUrl: r.deploymentId && link ? httpUrl(link(r.environment, r.deploymentId)) : undefined,
  };
}

export function fromStatus(r: StatusResult): ExecutionResult {
  const rows = r.environments.map((e) => {
    const lock = e.lock ? `🔒 ${e.lock.owner}${e.lock.reason ? `: ${e.lock.reason}` : ''}` : '';
    const interrupted = e.interrupted ? `⚠️ interrupted at ${e.interrupted.step}` : '';
    return `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.strategy} | ${e.rollbackTarget ?? '—'} | ${withoutHtml(tableCell([lock, interrupted].filter(Boolean).join(' ')))} |`;
  });
  const details = ['| Environment | Model | Live | Strategy | Rollback to | Notes |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
  return { ok: true, message: `${r.environments.length} environment/model pair(s)`, steps: [], details };
}

