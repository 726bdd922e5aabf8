import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';

/** `modelship init` options as the CLI receives them. */
export interface InitOptions {
  dir?: string;
  dryRun?: boolean;
  force?: boolean;
  manifest?: boolean;
  workflows?: boolean;
  config?: string;
}

export interface InitRequest {
  root: string;
  /** The configuration file to write, absolute. */
  configFile: string;
  dryRun: boolean;
  force: boolean;
  manifest: boolean;
  workflows: boolean;
}

export function initRequest(options: InitOptions, cwd: string): InitRequest {
  const root = path.resolve(cwd, options.dir ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new ModelshipError(`${options.dir ?? root} is not a folder`, { hint: 'run `modelship init` in your repository, or pass its folder' });
  }
  const configFile = path.resolve(root, options.config ?? 'modelship.yml');
  const relative = path.relative(root, configFile);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ModelshipError(`--config ${options.config} is outside ${root}`, { hint: 'the configuration lives in the repository it describes' });
  }
  return {
    root,
    configFile,
    dryRun: options.dryRun === true,
    force: options.force === true,
    manifest: options.manifest === true,
    workflows: options.workflows !== false,
  };
}
