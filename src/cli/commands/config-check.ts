import { Command } from 'commander';
import { ConfigError, ExitCode, formatLocation } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

export function registerConfigCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const config = program.command('config').description('work with modelship.yml');
  config
    .command('check')
    .description('validate modelship.yml (the schema, the names and rules across sections, the files the models name) and print the resolved configuration')
    .addHelpText(
      'after',
      `
Every model's path, card and metrics must exist; a missing one is an error at its line (exit 2), or a
warning when the model lists it under \`generated\` (a workflow step makes it before Modelship runs).

Examples:
  $ modelship config check
  $ modelship config check --config examples/iris/modelship.yml --format json`,
    )
    .action(async (_opts, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          try {
            const loaded = await ctx.loadConfig();
            // yaml loads with the command, not at every start of the CLI.
            const { stringify } = await import('yaml');
            const { configAsWritten } = await import('../../core/config.js');
            const issues = await (await import('../../config-check/cross-check.js')).crossCheck(loaded);
            // Files the models name: missing ones are errors at their line, or warnings when declared `generated`.
            const paths = await (await import('../../config-check/missing-paths.js')).checkModelPaths(loaded);
            issues.push(...paths.errors);
            // Inference graphs: members and how their signatures connect (docs/graphs.md).
            const graphs = await (await import('../../config-check/graphs.js')).checkGraphs(loaded);
            issues.push(...graphs.errors);
            if (issues.length > 0) {
              issues.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
              throw new ConfigError(issues);
            }
            const models = Object.keys(loaded.config.models);
            const graphNames = Object.keys(loaded.config.graphs ?? {});
            const sections = Object.keys(loaded.config).filter((k) => k !== 'version' && k !== 'graphs');
            const warnings = [...paths.warnings, ...graphs.warnings];
            const verdict = ctx.style.pass(`${loaded.file} is valid${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}`);
            return {
              exitCode: ExitCode.Pass,
              json: { file: loaded.file, valid: true, issues: [], warnings, config: configAsWritten(loaded.config) },
              verdict,
              text: [
                verdict,
                ...warnings.map((w) => `  ${ctx.style.yellow('warning')} ${formatLocation(w.location)}: ${w.message}`),
                `  models: ${models.join(', ')}`,
                ...(graphNames.length ? [`  graphs: ${graphNames.join(', ')}`] : []),
                `  sections: ${sections.join(', ')}`,
                '',
                ctx.style.dim('# resolved configuration (${env:...} substituted)'),
                stringify(configAsWritten(loaded.config)).trimEnd(),
              ].join('\n'),
            };
          } catch (err) {
            // In JSON mode the issues are the result; the exit code stays 2 (configuration error).
            if (err instanceof ConfigError && ctx.format === 'json') {
              ctx.out(JSON.stringify({ file: err.location?.file, valid: false, issues: err.issues }, null, 2));
            }
            throw err;
          }
        }),
      );
    });
}

