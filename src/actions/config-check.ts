import { ConfigError } from '../core/errors.js';
import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/** Validates modelship.yml; a broken file fails the step with annotations on the lines at fault. */
export const configCheckAction: ActionSpec = {
  name: 'config-check',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    const issues = await (await import('../config-check/cross-check.js')).crossCheck(loaded);
    const paths = await (await import('../config-check/missing-paths.js')).checkModelPaths(loaded);
    issues.push(...paths.errors);
    const graphs = await (await import('../config-check/graphs.js')).checkGraphs(loaded);
    issues.push(...graphs.errors);
    if (issues.length > 0) throw new ConfigError(issues);
    for (const w of [...paths.warnings, ...graphs.warnings]) ctx.annotate({ level: 'warning', message: w.message, location: w.location });
    const models = Object.keys(loaded.config.models);
    const { configAsWritten } = await import('../core/config.js');
    ctx.setOutput('valid', true);
    ctx.setOutput('models', models.join(','));
    await ctx.writeReport('config-check', { file: loaded.file, valid: true, warnings: [...paths.warnings, ...graphs.warnings], config: configAsWritten(loaded.config) });
    ctx.summary((await import('../config-check/render.js')).renderValidMarkdown(loaded));
    ctx.info(`${loaded.file} is valid: ${models.length} model(s)`);
  },
};

/** Runs the action with the runner's environment: the entry point `dist/config-check/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(configCheckAction);
}
