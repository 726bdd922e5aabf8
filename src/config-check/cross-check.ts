import type { LoadedConfig } from '../core/config.js';
import { ConfigError, ModelshipError, type ConfigIssue } from '../core/errors.js';
import { didYouMean } from '../core/text.js';

/**
 * What the schema cannot say, gathered from the capabilities that own each rule, so that `config check`
 * reports in one run every mistake a later `gate`, `deploy` or comment command would stop on: names that
 * must exist elsewhere in the file (gates, environments, models) and rules across fields.
 */
export async function crossCheck(loaded: LoadedConfig): Promise<ConfigIssue[]> {
  const issues: ConfigIssue[] = [];
  const config = loaded.config;
  const gateNames = Object.keys(config.gates ?? {});

  if (config.gates) {
    const { gateConfigIssues } = await import('../gate/config-issues.js');
    for (const [name, spec] of Object.entries(config.gates)) issues.push(...gateConfigIssues(loaded, name, spec as Parameters<typeof gateConfigIssues>[2]));
  }

  if (config.environments) {
    const { environmentsOf } = await import('../deploy/config.js');
    const environments = collect(issues, loaded, () => environmentsOf(loaded)) ?? [];
    const needGate = (keyPath: Array<string | number>, gate: string, what: string) => {
      if (gateNames.includes(gate)) return;
      issues.push({
        location: loaded.locate(keyPath),
        path: keyPath.join('.'),
        message: `${what} names gate "${gate}", which is not configured under gates`,
        hint: didYouMean(gate, gateNames) ?? `gates: ${gateNames.join(', ') || '(none)'}`,
      });
    };
    for (const env of environments) {
      env.gates.forEach((gate, i) => needGate(['environments', env.name, 'gates', i], gate, `environment "${env.name}"`));
      for (const key of ['analysis', 'prePromotionAnalysis', 'postPromotionAnalysis'] as const) {
        const gate = env.strategy[key]?.gate;
        if (gate !== undefined) needGate(['environments', env.name, 'strategy', key, 'gate'], gate, `the ${env.strategy.type} ${key} of "${env.name}"`);
      }
      if (env.strategy.winnerGate) needGate(['environments', env.name, 'strategy', 'winnerGate'], env.strategy.winnerGate, `the A/B winner of "${env.name}"`);
      if (env.provider.type === 'kubernetes') {
        const { kserveConfigProblems } = await import('../deploy/providers/kserve-runtimes.js');
        for (const p of kserveConfigProblems(env.provider, config.models as Record<string, { format?: string }>)) {
          const at = ['environments', env.name, 'provider', p.field];
          issues.push({ location: loaded.locate(at), path: at.join('.'), message: `environment "${env.name}": ${p.message}`, ...(p.hint ? { hint: p.hint } : {}) });
        }
      }
    }
  }

  if (config.chatops) {
    const { chatopsConfig } = await import('../chatops/config.js');
    collect(issues, loaded, () => chatopsConfig(loaded));
  }
  return issues;
}

/** Runs a capability's own reader; what it refuses becomes an issue at the line it names. */
function collect<T>(issues: ConfigIssue[], loaded: LoadedConfig, read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (err instanceof ConfigError) issues.push(...err.issues);
    else if (err instanceof ModelshipError) issues.push({ location: err.location ?? { file: loaded.file }, path: '', message: err.message, hint: err.hint });
    else throw err;
    return undefined;
  }
}
