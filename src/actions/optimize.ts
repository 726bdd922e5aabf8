import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Writes optimised variants of a model and measures them against the original: outputs `verdict`,
 * `report` (JSON), `out` (the variants' folder, each with a metrics.json for a gate), a job summary with
 * the table and a Mermaid chart, a warning per finding (an operator onnxruntime-web lacks), and one
 * sticky comment on the pull request.
 */
export const optimizeAction: ActionSpec = {
  name: 'optimize',
  async run(ctx) {
    const model = ctx.inputs.string('model', { required: true })!;
    // After the required input: a step without it fails before the optimiser (onnx, onnxruntime-web) loads.
    const { optimizeRequest, isModelFile } = await import('../optimize/request.js');
    const loaded = isModelFile(model, ctx.workspace) ? await ctx.loadConfigIfPresent() : await ctx.loadConfig();
    const request = optimizeRequest(
      model,
      {
        out: ctx.inputs.string('out'),
        variants: ctx.inputs.string('variants'),
        graphLevel: ctx.inputs.string('graph-level'),
        fp16Block: ctx.inputs.list('fp16-block').join(','),
        int8Ops: ctx.inputs.list('int8-ops').join(',') || undefined,
        int8Exclude: ctx.inputs.list('int8-exclude').join(','),
        perTensor: ctx.inputs.boolean('per-tensor', false),
        data: ctx.inputs.string('data'),
        label: ctx.inputs.string('label'),
        classes: ctx.inputs.string('classes'),
        web: ctx.inputs.boolean('web', true),
        trials: ctx.inputs.string('trials'),
      },
      ctx.workspace,
      loaded,
    );
    const [{ runOptimize }, { renderOptimizeMarkdown }] = await Promise.all([import('../optimize/run.js'), import('../optimize/render.js')]);
    const report = await runOptimize({ ...request, log: (line) => ctx.info(line) });
    ctx.setOutput('verdict', report.verdict);
    ctx.setOutput('out', request.outDir);
    await ctx.writeReport('optimize', report);
    for (const warning of report.warnings) ctx.warning(warning);
    const markdown = renderOptimizeMarkdown(report);
    ctx.summary(markdown);
    if (ctx.inputs.boolean('comment', true)) {
      const url = await ctx.stickyComment('optimize', markdown);
      if (url) ctx.setOutput('comment-url', url);
    }
    ctx.info(`optimize: ${report.verdict} (${report.variants.map((v) => v.name).join(', ')})`);
    const bad = report.variants.filter((v) => v.validate !== 'pass' || !v.signatureKept);
    if (report.verdict === 'fail') return { failed: `variant(s) rejected: ${bad.map((v) => `${v.name} (${v.signatureKept ? v.findings.join('; ') : 'signature changed'})`).join(', ')}` };
  },
};

/** Runs the action with the runner's environment: the entry point `dist/optimize/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(optimizeAction);
}
