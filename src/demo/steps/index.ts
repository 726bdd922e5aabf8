import type { DemoStep } from '../step.js';
import { batchDemoStep } from './batch.js';
import { banditDemoStep } from './bandit.js';
import { benchDemoStep } from './bench.js';
import { configDemoStep } from './config.js';
import { cacheDemoStep } from './cache.js';
import { canaryDemoStep, degradedCanaryDemoStep, deployDemoStep, promoteDemoStep, rollbackDemoStep } from './deploy.js';
import { gateDemoSteps } from './gate.js';
import { graphDemoStep } from './graph.js';
import { monitorDemoStep } from './monitor.js';
import { scoreDemoStep } from './score.js';
import { serveDemoStep } from './serve.js';
import { validateDemoStep } from './validate.js';
import { versionDemoStep } from './version.js';

/** The demo's steps, in pipeline order. Each capability adds its step as ./<capability>.ts and lists it here. */
export const DEMO_STEPS: DemoStep[] = [
  configDemoStep,
  validateDemoStep,
  scoreDemoStep,
  benchDemoStep,
  ...gateDemoSteps,
  versionDemoStep,
  // Serves a repository of its own, so it needs nothing the deploy steps set up.
  monitorDemoStep,
  cacheDemoStep,
  // Deploys to an environment of its own (a copy of modelship.yml with an `experiment` environment added).
  banditDemoStep,
  deployDemoStep,
  serveDemoStep,
  canaryDemoStep,
  // After the canary, staging holds v1 (previous) and v2 (stable): the example's ensemble of both.
  graphDemoStep,
  degradedCanaryDemoStep,
  promoteDemoStep,
  rollbackDemoStep,
  batchDemoStep,
];
