import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidationReport } from '../validate/types.js';
import { VERSION } from '../generated/version.js';
import type { ActionContext, ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Validates model artifacts: outputs `verdict`, `report` (JSON) and `sarif` (for
 * github/codeql-action/upload-sarif), a job summary table, one annotation per error or warning on the
 * file at fault (manifest findings on their line), and one sticky comment on the pull request.
 */
export const validateAction: ActionSpec = {
  name: 'validate',
  async run(ctx) {
    const { validateRequest } = await import('../validate/request.js');
    const request = validateRequest({ paths: ctx.inputs.list('paths'), manifest: ctx.inputs.string('manifest'), failOnWarning: ctx.inputs.boolean('fail-on-warning', false), configNamed: ctx.configNamed }, ctx.workspace);
    const loaded = request.configuration === 'required' ? await ctx.loadConfig() : await ctx.loadConfigIfPresent();
    // The validator is loaded after the inputs and the configuration, the renderers after the run (SARIF's
    // fingerprints load node:crypto): a run that stops early pays for none of them.
    const { runValidation } = await import('../validate/run.js');
    const report = await runValidation({ paths: request.paths, cwd: ctx.workspace, loaded, manifest: request.manifest, failOnWarning: request.failOnWarning });
    const [{ renderSarif }, { renderMarkdown }] = await Promise.all([import('../validate/sarif.js'), import('../validate/report.js')]);

    ctx.setOutput('verdict', report.verdict);
    await ctx.writeReport('validate', report);
    const sarifPath = path.resolve(ctx.workspace, ctx.inputs.string('sarif-file') ?? path.join(ctx.env.RUNNER_TEMP || path.join(ctx.workspace, '.modelship'), 'modelship', 'validate.sarif'));
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, `${JSON.stringify(renderSarif(report, VERSION, { cwd: ctx.workspace, root: ctx.workspace }), null, 2)}\n`);
    ctx.setOutput('sarif', sarifPath);

    annotate(ctx, report);
    const markdown = renderMarkdown(report);
    ctx.summary(markdown);
    if (ctx.inputs.boolean('comment', true)) {
      const url = await ctx.stickyComment('validate', markdown);
      if (url) ctx.setOutput('comment-url', url);
    }
    const failed = report.artifacts.filter((a) => a.verdict === 'fail');
    ctx.info(`validate: ${report.verdict} (${report.artifacts.length} file(s), ${failed.length} rejected)`);
    if (report.verdict === 'fail') return { failed: `${failed.length} artifact(s) rejected: ${failed.slice(0, 5).map((a) => a.path).join(', ')}${failed.length > 5 ? ', …' : ''}` };
  },
};

/** Runner annotations are capped per step, so the most severe come first and the rest are counted. */
function annotate(ctx: ActionContext, report: ValidationReport): void {
  let count = 0;
  const all = report.artifacts.flatMap((a) => a.findings.filter((f) => f.severity !== 'note').map((f) => ({ a, f })));
  all.sort((x, y) => (x.f.severity === y.f.severity ? 0 : x.f.severity === 'error' ? -1 : 1));
  for (const { a, f } of all) {
    if (++count > 50) {
      ctx.warning(`${all.length - 50} more findings in the report`);
      break;
    }
    const where = [f.location?.member && `member ${f.location.member}`, f.location?.offset !== undefined && `byte ${f.location.offset}`, f.location?.pointer].filter(Boolean).join(', ');
    ctx.annotate({
      level: f.severity === 'error' ? 'error' : 'warning',
      title: `${f.rule} (${a.format})`,
      message: `${f.message}${where ? ` [${where}]` : ''}`,
      // A manifest line about a model file is annotated on the manifest, where the line is.
      location: { file: path.resolve(ctx.workspace, f.location?.line !== undefined && f.location.file ? f.location.file : a.path), line: f.location?.line },
    });
  }
}

/** Runs the action with the runner's environment: the entry point `dist/validate/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(validateAction);
}
