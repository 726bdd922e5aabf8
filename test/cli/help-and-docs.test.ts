import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cli } from '../support/cli.js';

const ROOT = process.cwd();
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/modelship.schema.json'), 'utf8'));

describe('serve --help', () => {
  it("shows the local provider's documented default root in its --repository example", async () => {
    const local = (schema.$defs.deployProvider.allOf as Array<{ if: { properties: { type: { const: string } } }; then: { properties: { root: { default: string } } } }>).find((b) => b.if.properties.type.const === 'local');
    const root = local!.then.properties.root.default;
    expect(root).toBe('.modelship/repository');
    const help = await cli(['serve', '--help']);
    expect(help.code).toBe(0);
    const examples = [...help.stdout.matchAll(/\$ modelship serve .*--repository (\S+)/g)].map((m) => m[1]);
    expect(examples).toEqual([root]);
    expect(readFileSync(path.join(ROOT, 'docs/serve.md'), 'utf8')).toContain(`root default \`${root}\``);
  });
});

describe('user documentation', () => {
  const pages = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

  // DESIGN.md is the team's contract, not shipped to users; notes to the team belong in issues, not in docs.
  it.each(pages)('%s speaks to users, not to the team', (page) => {
    const text = readFileSync(path.join(ROOT, page), 'utf8');
    expect(text.split('\n').filter((line) => /DESIGN\.md|\bthe lead\b(?!-)/.test(line))).toEqual([]);
  });
});
