import type { RunnerName } from '../config.js';
import type { BenchRunner } from '../runner.js';
import { commandRunner } from './command.js';
import { httpRunner } from './http.js';
import { onnxRunner } from './onnx.js';

/** Every runner by name: adding one is a file and a line here. */
export const RUNNERS: Record<RunnerName, BenchRunner> = {
  onnx: onnxRunner,
  http: httpRunner,
  command: commandRunner,
};

export function runnerFor(name: string): BenchRunner {
  const runner = (RUNNERS as Record<string, BenchRunner | undefined>)[name];
  if (!runner) throw new Error(`unknown runner ${name}`);
  return runner;
}
