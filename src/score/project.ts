import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { renderBadge } from './badge.js';
import { scoreAtRef } from './base.js';
import { compareReports, parseBaseReport } from './compare.js';
import { scoreRepository } from './evaluate.js';
import type { CommandRunner } from './evidence/verifier.js';
import { WorkingTree } from './repo/working-tree.js';
import type { ScoreReport } from './types.js';

export interface ScoreProjectOptions {
  loaded: LoadedConfig;
  /** Repository root (absolute); defaults to the configuration file's folder. */
  root?: string;
  now?: Date;
  minimum?: number;
  /** A previous JSON report to compare against (absolute path). */
  baseReport?: string;
  /** A git ref whose files give the base score (used when no base report is given). */
  baseRef?: string;
  /** Where to write the SVG badge (absolute path). */
  badge?: string;
  runCommand?: CommandRunner;
}

/** Scores the project, compares with a base when asked, and writes the badge: what the CLI and the action share. */
export async function scoreProject(options: ScoreProjectOptions): Promise<ScoreReport> {
  const root = options.root ?? options.loaded.root;
  const commandOutcomes = new Map<string, boolean>();
  const report = await scoreRepository({ loaded: options.loaded, repo: new WorkingTree(root), now: options.now, minimum: options.minimum, runCommand: options.runCommand, commandOutcomes });

  if (options.baseReport) {
    let text: string;
    try {
      text = await readFile(options.baseReport, 'utf8');
    } catch (err) {
      throw new ModelshipError(`cannot read the base report ${options.baseReport}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    let base;
    try {
      base = parseBaseReport(text, options.baseReport);
    } catch (err) {
      throw new ModelshipError((err as Error).message, { hint: 'pass the JSON written by `modelship score --format json` or the action\'s report output' });
    }
    report.comparison = compareReports(report, base, path.basename(options.baseReport));
  } else if (options.baseRef) {
    try {
      const configPath = path.relative(root, options.loaded.file).split(path.sep).join('/');
      const base = await scoreAtRef({ root, configPath, ref: options.baseRef, now: options.now, commandOutcomes });
      report.comparison = compareReports(report, base, options.baseRef);
    } catch (err) {
      // A missing base (shallow clone, new config) must not take the score down with it: say so instead.
      report.findings.push({
        severity: 'note', code: 'base-unavailable',
        message: `no comparison with ${options.baseRef}: ${err instanceof ModelshipError ? err.message : (err as Error).message}`,
        hint: err instanceof ModelshipError ? err.hint : undefined,
      });
    }
  }
  if (options.badge) await writeAtomically(options.badge, renderBadge(report.score));
  return report;
}

/** Write to a temporary file beside the target, then rename: a failure never leaves half a badge. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new ModelshipError(`cannot write ${file}: ${(err as Error).message}`);
  }
}
