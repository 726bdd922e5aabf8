import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../../core/config-file.js';
import { ExitCode } from '../../core/errors.js';
import { VERSION } from '../../generated/version.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../validate/report.js'),
  m1: () => import('../../validate/sarif.js'),
  m2: () => import('../../validate/run.js'),
  m3: () => import('../../validate/request.js'),
};

export function registerValidateCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check model files: what they really are, whether they are intact, whether they are safe (fail-closed)')
    .argument('[paths...]', 'files or folders (default: the models in modelship.yml)')
    .option('-m, --manifest <file>', 'check files against this manifest (sha256sum format or JSON); folders use their SHA256SUMS automatically')
    .option('--fail-on-warning', 'fail on warnings too')
    .option('--notes', 'show notes in the text output')
    .addHelpText(
      'after',
      `
Exit codes: 0 every file passed, 1 a file was rejected, 2 usage error.

Examples:
  $ modelship validate                                  # the configured models
  $ modelship validate models/ --format sarif > validate.sarif
  $ modelship validate model.safetensors --manifest SHA256SUMS --format json`,
    )
    .action(async (paths: string[], opts: { manifest?: string; failOnWarning?: boolean; notes?: boolean }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(
          ctx,
          async () => {
            const request = (await lazy.m3()).validateRequest({ paths, manifest: opts.manifest, failOnWarning: opts.failOnWarning, configNamed: ctx.configOption !== undefined }, ctx.cwd);
            // Optional unless named (src/validate/request.ts): its limits and policy apply when present.
            const optional = request.configuration === 'if-present' && !existsSync(path.resolve(ctx.cwd, DEFAULT_CONFIG_FILE));
            const loaded = optional ? undefined : await ctx.loadConfig();
            const report = await (await lazy.m2()).runValidation({ paths: request.paths, cwd: ctx.cwd, loaded, manifest: request.manifest, failOnWarning: request.failOnWarning, progress: ctx.progress });
            const { renderText } = await lazy.m0();
            const style = { pass: ctx.style.green, fail: ctx.style.red, dim: ctx.style.dim, yellow: ctx.style.yellow };
            const text = renderText(report, style, { notes: opts.notes });
            const verdict = text.slice(text.lastIndexOf('\n') + 1);
            // -q on a failure: the rejected files with their findings, then the verdict over all files.
            const rejected = renderText({ ...report, artifacts: report.artifacts.filter((a) => a.verdict === 'fail') }, style, { notes: opts.notes });
            return {
              exitCode: report.verdict === 'pass' ? ExitCode.Pass : ExitCode.Failed,
              json: report,
              text,
              verdict,
              quietText: `${rejected.slice(0, rejected.lastIndexOf('\n'))}\n${verdict}`,
              // URIs are relative to the repository root, also when run from a sub-folder with --config ../modelship.yml.
              sarif: await (async () => {
                const sarif = await lazy.m1();
                return sarif.renderSarif(report, VERSION, { cwd: ctx.cwd, root: sarif.findRepositoryRoot(ctx.cwd, loaded ? path.dirname(loaded.file) : undefined) });
              })(),
            };
          },
          { sarif: true },
        ),
      );
    });
}
