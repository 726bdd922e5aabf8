/**
 * How far long work has got (validating large files, benchmark trials, demo steps). The domain reports it;
 * the CLI draws it on stderr when that is a terminal (src/cli/progress.ts). Reporting never changes what
 * the work does or returns, and by default nobody is listening.
 */
export type ProgressUnit = 'bytes' | 'trials' | 'steps';

export interface Progress {
  /** Starts a task of `total` units, replacing any task still shown. */
  start(label: string, total: number, unit: ProgressUnit): void;
  /** How much of the task is done, and a short note on what is under way (a file, a step). */
  update(done: number, note?: string): void;
  /** Ends the task and takes it off the screen. */
  stop(): void;
}

export const silentProgress: Progress = {
  start() {},
  update() {},
  stop() {},
};
