import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The configuration reference in README is generated from the schema by scripts/generate.mjs (`npm test`
// fails when it is stale); these tests check what the generator writes there.
const ROOT = process.cwd();
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const reference = readme.slice(readme.indexOf('<!-- generated:config-reference'), readme.indexOf('<!-- /generated:config-reference'));
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/modelship.schema.json'), 'utf8'));
const rows = reference.split('\n').filter((line) => line.startsWith('| `'));
const typeOf = (key: string) => rows.find((r) => r.startsWith(`| \`${key}\``))?.split(' | ')[1];

interface Branch {
  if: { properties: { type: { const: string } } };
  then: { properties: Record<string, unknown>; required?: string[] };
}

describe('README configuration reference', () => {
  const branches = schema.$defs.deployProvider.allOf as Branch[];

  it('has a settings branch for each provider kind', () => {
    expect(branches.map((b) => b.if.properties.type.const).sort()).toEqual(['batch', 'command', 'edge', 'kubernetes', 'local', 'webhook']);
  });

  it.each(branches.map((b) => [b.if.properties.type.const, b] as const))('lists every setting of the %s provider, marked with its kind', (kind, branch) => {
    const keys = Object.keys(branch.then.properties).filter((k) => k !== 'type');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const row = rows.find((r) => r.startsWith(`| \`environments.<name>.provider.${key}\``) && r.includes(`(type: ${kind})`));
      expect({ key, row }).toEqual({ key, row: expect.any(String) });
      if (branch.then.required?.includes(key)) expect(row).toContain('(required)');
    }
  });

  it('names union types by their alternatives instead of "object or object"', () => {
    for (const row of rows) expect(row).not.toMatch(/object or object/);
    expect(typeOf('gates.<name>.candidate')).toBe('string, `{file: …}`, `{mlflow: …}`, `{prometheus: …}`, `{serve: …}`, `{bench: …}`, `{score: …}` or a list of these');
    expect(typeOf('gates.<name>.baseline')).toBe('(string, `{file: …}`, `{mlflow: …}`, `{prometheus: …}`, `{serve: …}`, `{bench: …}`, `{score: …}` or a list of these) or `{live: …}`');
    expect(typeOf('models.<name>.generated')).toBe('boolean or list of `path` \\| `card` \\| `metrics`');
  });

  it('gives the value type of maps', () => {
    expect(typeOf('bench.http.headers')).toBe('map of name → string');
    expect(typeOf('environments.<name>.provider.env')).toBe('map of name → string');
  });
});
