import { describe, expect, it } from '@jest/globals';
import { versionOnly } from '../../src/cli/version-only.js';
import { cli } from '../support/cli.js';

describe('versionOnly (the entry answers --version before the command tree loads)', () => {
  it.each([['--version'], ['-V']])('prints exactly what commander prints for %s', async (flag) => {
    const full = await cli([flag]);
    expect(full.code).toBe(0);
    expect(versionOnly([flag])).toBe(full.stdout);
  });

  it.each([[[]], [['--version', 'validate']], [['-q', '--version']], [['validate', '--version']], [['--versions']], [['-v']]])('leaves %j to the full program', (argv) => {
    expect(versionOnly(argv as string[])).toBeUndefined();
  });
});
