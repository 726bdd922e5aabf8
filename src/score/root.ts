import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root defaults to the configuration file's folder: modelship.yml lives at the repository
 * root (DESIGN.md), and a fixed rule beats a guess. When the config sits deeper (a monorepo), pass the root
 * explicitly; this finds the folder to suggest: the nearest strict ancestor holding `.github/workflows`
 * (GitHub only runs workflows from the repository root).
 */
export function ancestorWithWorkflows(root: string): string | undefined {
  if (existsSync(path.join(root, '.github', 'workflows'))) return undefined;
  let dir = path.dirname(path.resolve(root));
  for (;;) {
    if (existsSync(path.join(dir, '.github', 'workflows'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
