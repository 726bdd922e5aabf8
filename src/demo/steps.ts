import { benchDemoStep } from '../bench/demo-step.js';
import { canaryDemoStep, degradedCanaryDemoStep, deployDemoStep, promoteDemoStep, rollbackDemoStep } from '../deploy/demo-step.js';
import { serveDemoStep } from '../serve/demo-step.js';
import { gateDemoSteps } from '../gate/demo-step.js';
import { scoreDemoStep } from '../score/demo-step.js';
import { validateDemoStep } from '../validate/demo-step.js';
import { versionDemoStep } from '../version/demo-step.js';
import type { DemoStep } from './pipeline.js';

/** The demo's steps, in pipeline order. Each capability adds its step here. */
export const DEMO_STEPS: DemoStep[] = [
  {
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
  },
  validateDemoStep,
  scoreDemoStep,
  benchDemoStep,
  ...gateDemoSteps,
  versionDemoStep,
  deployDemoStep,
  serveDemoStep,
  canaryDemoStep,
  degradedCanaryDemoStep,
  promoteDemoStep,
  rollbackDemoStep,
];
