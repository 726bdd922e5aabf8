import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layout of actions/typescript-action: each action's module exports `run()` (what @github/local-action
 * calls), and its entry (bundled to dist/<name>/index.js) only calls it, so loading the module acts on nothing.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = path.join(ROOT, 'src/actions/entries');
const entries = readdirSync(ENTRIES).filter((f) => f.endsWith('.ts'));

describe('action entry points', () => {
  it('there is one per bundle the action metadata runs (dist/<name>/index.js)', () => {
    const names = entries.map((f) => f.replace(/\.ts$/, '')).sort();
    expect(names).toEqual(['batch', 'benchmark', 'chatops', 'config-check', 'deploy', 'deploy-post', 'gate', 'main', 'monitor', 'optimize', 'package', 'test-score', 'validate', 'version']);
  });

  it.each(entries)('%s only calls the run() of its action module, which exports it and does nothing when loaded', async (file) => {
    const text = readFileSync(path.join(ENTRIES, file), 'utf8');
    const match = /^import \{ run \} from '\.\.\/([a-z-]+)\.js';\n\nawait run\(\);\n$/.exec(text);
    expect(match).not.toBeNull();
    const module = path.join(ROOT, 'src/actions', `${match![1]}.ts`);
    const source = readFileSync(module, 'utf8');
    expect(source).toMatch(/^export function run\(\): Promise<void> \{\n  return runActionSpec\(\w+Action\);\n\}$/m);
    // Nothing at the top level of the module runs the action: only the entry does.
    expect(source.split('\n').filter((line) => /^(await |run\(|runActionSpec\()/.test(line))).toEqual([]);
  });
});
