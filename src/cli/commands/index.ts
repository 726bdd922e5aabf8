import type { Command } from 'commander';
import type { CliIo } from '../context.js';

/** Registers one command group on the program; `done` receives the command's exit code. */
export type RegisterCommand = (program: Command, io: CliIo, done: (code: number) => void) => void;

/**
 * One command file: how to load its registration, and the top-level commands it registers with the usage term
 * and summary `modelship --help` lists for each. A file loads only when argv names one of its commands, so
 * `modelship --help` and `modelship <command>` start without the others (test/cli/command-table.test.ts checks
 * this table against what each file registers).
 */
export interface CommandGroup {
  load: () => Promise<RegisterCommand>;
  commands: Record<string, readonly [term: string, summary: string]>;
}

/** Every CLI command, one file each, in the order `modelship --help` lists them. */
export const COMMANDS: CommandGroup[] = [
  { load: async () => (await import('./init.js')).registerInitCommand, commands: { init: ['init [options] [dir]', 'find the models in a repository and write a commented modelship.yml and the GitHub workflows'] } },
  { load: async () => (await import('./config-check.js')).registerConfigCommands, commands: { config: ['config', 'work with modelship.yml'] } },
  { load: async () => (await import('./demo.js')).registerDemoCommand, commands: { demo: ['demo [options]', 'run the whole pipeline on the bundled example project (examples/iris), on the embedded local environment'] } },
  { load: async () => (await import('./bench.js')).registerBenchCommand, commands: { bench: ['bench [options]', 'benchmark models (latency percentiles, throughput, RSS over repeated trials) and detect regressions against a baseline'] } },
  { load: async () => (await import('./score.js')).registerScoreCommand, commands: { score: ['score [options]', 'score the project with the ML Test Score rubric (Breck et al., 2017)'] } },
  { load: async () => (await import('./gate.js')).registerGateCommand, commands: { gate: ['gate [options] [name]', 'evaluate metric gates: bounds, change vs a baseline, slices, fairness gaps and statistics'] } },
  { load: async () => (await import('./validate.js')).registerValidateCommand, commands: { validate: ['validate [options] [paths...]', 'check model files: what they really are, whether they are intact, whether they are safe (fail-closed)'] } },
  { load: async () => (await import('./version.js')).registerVersionCommands, commands: { version: ['version [options] [model]', 'compute the next semantic version of each model from what changed since its last tag'], release: ['release [options] [model]', 'tag the next version of each model and publish its release notes'] } },
  { load: async () => (await import('./serve.js')).registerServeCommand, commands: { serve: ['serve [options]', "serve the local environment's model repository over the Open Inference Protocol v2, with /metrics for Prometheus"] } },
  { load: async () => (await import('./deploy.js')).registerDeployCommands, commands: { deploy: ['deploy [options] <environment> [version]', 'deploy a model version to an environment with its provider and strategy'], promote: ['promote [options] [model]', 'promote the version live in the previous environment to the next one'], rollback: ['rollback [options] <environment>', 're-deploy the previous successful version (or --to VERSION); never guesses'], adopt: ['adopt [options] <environment>', 'record in the deployment state the version the provider serves, when the state lost track of it (e.g. a deleted state file)'], status: ['status [options] [environment]', 'what runs where, interrupted deployments, locks, and what rollback would restore'], lock: ['lock [options] <environment>', 'hold an environment: no deploys by others until unlocked; the holder (GITHUB_ACTOR, else the OS user) still deploys through it'], unlock: ['unlock [options] <environment>', 'release an environment lock (the holder, or anyone with --force)'] } },
  { load: async () => (await import('./rollout.js')).registerRolloutCommand, commands: { rollout: ['rollout [options] <action> <environment>', 'steer a running rollout: pause, resume, promote, promote-full, abort, or retry an aborted one'] } },
  { load: async () => (await import('./chatops.js')).registerChatopsCommands, commands: { chatops: ['chatops', 'try pull-request comment commands locally, against modelship.yml'] } },
  { load: async () => (await import('./batch.js')).registerBatchCommand, commands: { batch: ['batch', 'score large inputs with the version live in a batch environment; merge shards; compare versions'] } },
  { load: async () => (await import('./optimize.js')).registerOptimizeCommand, commands: { optimize: ['optimize [options] <model>', 'write optimised ONNX variants (onnxruntime graph optimisation, float16, int8 weights) and measure them against the original'] } },
  { load: async () => (await import('./edge.js')).registerEdgeCommands, commands: { edge: ['edge', 'the device side of edge environments: a reference update client and signing keys'] } },
  { load: async () => (await import('./monitor.js')).registerMonitorCommand, commands: { monitor: ['monitor', 'profile data with mergeable sketches; compute data and prediction drift between profiles'] } },
  { load: async () => (await import('./package.js')).registerPackageCommands, commands: { package: ['package [options] <model>', 'build a CNCF ModelPack artifact (OCI image layout) of MODEL[@VERSION]'], push: ['push [options] <source> <reference>', 'push a package (an OCI layout folder, or MODEL[@VERSION] packaged on the fly) to registry/repository[:tag]'], pull: ['pull [options] <reference>', 'pull registry/repository[:tag|@sha256:...] into an OCI layout, every blob verified against its digest'] } },
];
