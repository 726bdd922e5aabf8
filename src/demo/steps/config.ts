import type { DemoStep } from '../step.js';

/** The first step: the example's modelship.yml loads and names its models. */
export const configDemoStep: DemoStep = {
  id: 'config',
  title: 'Check the configuration (modelship.yml)',
  async run(ctx) {
    const models = Object.entries(ctx.config.config.models);
    const rows = models.map(([name, m]) => `| ${name} | \`${m.path}\` | ${m.format ?? 'detected'} |`);
    return {
      ok: true,
      summary: `${ctx.config.file} is valid: ${models.length} model(s): ${models.map(([n]) => n).join(', ')}`,
      markdown: ['| Model | Path | Format |', '| --- | --- | --- |', ...rows].join('\n'),
    };
  },
};
