import { readFile } from 'node:fs/promises';
import { ModelshipError } from './errors.js';

/** Kept apart from the parser so a missing file is reported without loading YAML and the schema validator. */
export const DEFAULT_CONFIG_FILE = 'modelship.yml';

export async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ModelshipError(`configuration file not found: ${file}`, {
        hint: `create ${DEFAULT_CONFIG_FILE} at the repository root or pass --config FILE`,
      });
    }
    if (code === 'EISDIR') throw new ModelshipError(`configuration path is a directory, not a file: ${file}`);
    throw new ModelshipError(`cannot read configuration file ${file}: ${(err as Error).message}`);
  }
}
