import { Command } from 'commander';
import { stringify } from 'yaml';
import { ConfigError, ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

export function registerConfigCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const config = program.command('config').description('work with modelship.yml');
  config
    .command('check')
    .description('validate modelship.yml (the schema, then the names and rules across sections) and print the resolved configuration')
    .addHelpText(
      'after',
      `
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
            const issues = await (await import('../../config-check/cross-check.js')).crossCheck(loaded);
            if (issues.length > 0) throw new ConfigError(issues);
            const models = Object.keys(loaded.config.models);
            const sections = Object.keys(loaded.config).filter((k) => k !== 'version');
            return {
              exitCode: ExitCode.Pass,
              json: { file: loaded.file, valid: true, issues: [], config: loaded.config },
              text: [
                ctx.style.pass(`${loaded.file} is valid`),
                `  models: ${models.join(', ')}`,
                `  sections: ${sections.join(', ')}`,
                '',
                ctx.style.dim('# resolved configuration (${env:...} substituted)'),
                stringify(loaded.config).trimEnd(),
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
