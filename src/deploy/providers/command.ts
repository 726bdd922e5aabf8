import { execFile } from 'node:child_process';
import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';
import type { CommandProviderSpec } from '../config.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from './provider.js';

const PLACEHOLDER = /\{(model|version|uri|sha256|weight|environment|step)\}/g;
const MAX_OUTPUT = 64 * 1024;

/**
 * Runs the configured argument array per step with execFile (never a shell). The arrays come from
 * modelship.yml as written; values from the deploy (model, version, URI, sha256, weight) reach the process
 * only through environment variables, so no deploy input can become shell syntax or an extra argument.
 */
export class CommandProvider implements DeploymentProvider {
  readonly type = 'command';
  private readonly timeoutMs: number;

  constructor(
    private readonly spec: CommandProviderSpec,
    private readonly cwd: string,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {
    this.timeoutMs = parseDuration(spec.timeout ?? '5m', 'provider.timeout');
  }

  prepare(ctx: ProviderContext, target: DeployTarget): Promise<string> {
    return this.run('prepare', ctx, target, undefined);
  }
  shiftTraffic(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    return this.run('shiftTraffic', ctx, target, traffic);
  }
  verify(ctx: ProviderContext, target: DeployTarget): Promise<string> {
    return this.run('verify', ctx, target, undefined);
  }
  finalize(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    return this.run('finalize', ctx, target, traffic);
  }
  /** MODELSHIP_VERSION, _URI and _SHA256 name the version reverted to (empty when nothing was live). */
  revert(ctx: ProviderContext, lastGood: TrafficState, lastGoodTarget?: DeployTarget): Promise<string> {
    const target = lastGoodTarget ?? { model: ctx.model, version: lastGood.stable ?? '', artifact: '', sha256: '', format: '' };
    return this.run('revert', ctx, target, lastGood);
  }

  private run(step: 'prepare' | 'shiftTraffic' | 'verify' | 'finalize' | 'revert', ctx: ProviderContext, target: DeployTarget, traffic: TrafficState | undefined): Promise<string> {
    const argv = this.spec[step];
    if (!argv || argv.length === 0) return Promise.resolve(`no ${step} command configured`);
    const weight = traffic ? String(traffic.weights[target.version] ?? 0) : '0';
    const values: Record<string, string> = { model: target.model, version: target.version, uri: target.artifact, sha256: target.sha256, weight, environment: ctx.environment, step };
    const env: NodeJS.ProcessEnv = {
      ...this.baseEnv,
      MODELSHIP_STEP: step,
      MODELSHIP_ENVIRONMENT: ctx.environment,
      MODELSHIP_MODEL: target.model,
      MODELSHIP_VERSION: target.version,
      MODELSHIP_URI: target.artifact,
      MODELSHIP_SHA256: target.sha256,
      MODELSHIP_WEIGHT: weight,
      MODELSHIP_TRAFFIC: traffic ? JSON.stringify(traffic) : '',
    };
    for (const [k, v] of Object.entries(this.spec.env ?? {})) env[k] = v.replace(PLACEHOLDER, (_m, key: string) => values[key]);
    const [file, ...args] = argv;
    return new Promise((resolve, reject) => {
      execFile(file, args, { cwd: this.cwd, env, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT * 4, windowsHide: true }, (err, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim().slice(-2000);
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          const why = e.killed ? `timed out after ${this.spec.timeout ?? '5m'}` : e.code === 'ENOENT' ? `command not found: ${file}` : `exited with ${e.code}`;
          reject(new ModelshipError(`${step}: ${argv.join(' ')} ${why}${output ? `\n${output}` : ''}`));
          return;
        }
        resolve(`${file} ${step} ok${output ? `: ${output}` : ''}`);
      });
    });
  }
}
