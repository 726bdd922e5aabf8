import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const SOURCES = readdirSync(path.join(ROOT, 'workflows')).filter((f) => f.endsWith('.yml')).sort();

// docs/workflows.md promises that .github/workflows/<name>.yml (where GitHub runs reusable workflows from)
// is workflows/<name>.yml unchanged; a header or any other difference breaks that promise.
describe('the reusable workflows and their .github/workflows copies', () => {
  it('has sources to copy', () => {
    expect(SOURCES.length).toBeGreaterThan(0);
  });

  it.each(SOURCES)('.github/workflows/%s is byte-identical to workflows/%s', (name) => {
    const source = readFileSync(path.join(ROOT, 'workflows', name));
    const copy = readFileSync(path.join(ROOT, '.github', 'workflows', name));
    expect(copy.equals(source)).toBe(true);
  });

  it.each(SOURCES)('workflows/%s says on its first line which file to edit', (name) => {
    const first = readFileSync(path.join(ROOT, 'workflows', name), 'utf8').split('\n')[0];
    expect(first).toBe(`# Source: workflows/${name}; .github/workflows/${name} is a byte-identical copy made by \`npm run generate\` (edit the source).`);
  });
});
