import path from 'node:path';
import { parseConfig } from '../core/config.js';
import { describeError } from '../core/errors.js';
import { scoreRepository } from './evaluate.js';
import { CommitFiles } from './repo/commit-files.js';
import type { ScoreReport } from './types.js';

/**
 * The score of the same project at another commit (the pull request's base), read straight from git
 * (`git ls-tree`, `git cat-file`, through src/core/git) without checking anything out. Commands are not run there:
 * their working-tree outcomes are reused (see evidence/command.ts).
 */
export async function scoreAtRef(options: {
  /** Folder of the working tree's modelship.yml, which is also the repository root being scored. */
  root: string;
  /** Path of modelship.yml relative to root. */
  configPath: string;
  ref: string;
  now?: Date;
  commandOutcomes?: Map<string, boolean>;
}): Promise<ScoreReport> {
  const tree = await CommitFiles.open(options.root, options.ref);
  const text = await tree.readText(options.configPath);
  if (text === undefined) throw new Error(`${options.configPath} does not exist at ${options.ref}`);
  let loaded;
  try {
    loaded = parseConfig(text, path.join(options.root, options.configPath));
  } catch (err) {
    throw new Error(`${options.configPath} at ${options.ref} is not a valid configuration: ${describeError(err)}`);
  }
  return scoreRepository({ loaded, repo: tree, now: options.now, commandOutcomes: options.commandOutcomes });
}
