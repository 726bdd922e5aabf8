import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import '../support/fast-check-seed.js';
import { LineIndex, locateOffset, readYamlFast, type ReadYaml, type SourceNode } from '../../src/core/yaml-source.js';
import { readYamlExact } from '../../src/core/yaml-source-exact.js';
import { LineCounter, parseDocument } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every key path in a value, objects and lists alike, with one path that goes past a leaf. */
function keyPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...keyPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...keyPaths(v, [...prefix, k]));
  else out.push([...prefix, 'missing', 0]);
  return out;
}

/** When the fast reader accepts a text, the exact one must accept it too, with the same value and offsets. */
function expectSameAsExact(text: string): ReadYaml | undefined {
  const fast = readYamlFast(text);
  if (!fast) return undefined;
  const exact = readYamlExact(text);
  expect(exact.problems).toBeUndefined();
  if (exact.problems) return undefined;
  expect(fast.value).toEqual(exact.value);
  expect(Object.keys(fast.value as object)).toEqual(Object.keys(exact.value as object));
  for (const keyPath of keyPaths(exact.value)) {
    expect([keyPath, locateOffset(fast.root, keyPath)]).toEqual([keyPath, locateOffset(exact.root, keyPath)]);
    expect([keyPath, locateOffset(fast.root, keyPath, true)]).toEqual([keyPath, locateOffset(exact.root, keyPath, true)]);
  }
  return fast;
}

function filesUnder(dir: string, pick: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.git', 'coverage'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, pick));
    else if (pick(entry.name)) out.push(full);
  }
  return out;
}

/** The YAML users write: every .yml in the project and every ```yaml block of its documentation. */
function projectYaml(): Array<{ name: string; text: string }> {
  const texts = filesUnder(ROOT, (n) => /\.ya?ml$/.test(n)).map((f) => ({ name: path.relative(ROOT, f), text: readFileSync(f, 'utf8') }));
  for (const f of filesUnder(ROOT, (n) => n.endsWith('.md'))) {
    const md = readFileSync(f, 'utf8');
    let i = 0;
    for (const m of md.matchAll(/```ya?ml\n([\s\S]*?)```/g)) texts.push({ name: `${path.relative(ROOT, f)} block ${++i}`, text: m[1] });
  }
  return texts;
}

describe('the fast YAML reader', () => {
  it('reads the example configuration and agrees with the exact reader on every value and line', () => {
    const text = readFileSync(path.join(ROOT, 'examples/iris/modelship.yml'), 'utf8');
    expect(expectSameAsExact(text)).toBeDefined();
  });

  it('agrees with the exact reader on the project\'s YAML files and documentation blocks, and reads most of them', () => {
    const corpus = projectYaml();
    expect(corpus.length).toBeGreaterThan(40);
    const read = corpus.filter(({ text }) => expectSameAsExact(text) !== undefined);
    // Workflows and action.yml use block scalars (`run: |`), which go to the exact reader.
    expect(read.length).toBeGreaterThan(corpus.length / 3);
  });

  it('agrees with the exact reader on generated documents in block and flow style, quoted and plain', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('0', '-0', '007', '0o17', '0x1F', '-0x1F', '0b101', '1_000', '1e3', '.5', '+.5', '1.', '.inf', '-.Inf', '.nan', 'null', 'Null', '~', 'true', 'TRUE', 'yes', 'no', 'on', '2024-01-01', '12:30', 'a b', 'a: b', '# x', '- x', '"q"', "it's", 'x\\y', '${env:A}'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('path', 'models', 'a b', '1', 'true', 'null', '-x', 'x:y', 'é'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    }));
    const options = fc.record({
      flowLevel: fc.constantFrom(undefined, 0, 1, 2),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(key, tree.node, { minKeys: 1, maxKeys: 5 }), options, (value, opts) => {
        const text = stringify(value, { ...opts, defaultKeyType: 'PLAIN', collectionStyle: opts.flowLevel === 0 ? 'flow' : 'any' });
        if (expectSameAsExact(text)) accepted++;
      }),
      { numRuns: Number(process.env.YAML_RUNS ?? 400) },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('never accepts what the exact reader refuses, and agrees where it accepts, on mutated configurations', () => {
    const base = readFileSync(path.join(ROOT, 'examples/iris/modelship.yml'), 'utf8');
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.string({ maxLength: 4, unit: fc.constantFrom(' ', '\t', '\n', ':', '-', '#', '"', "'", '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '?', '%', '@', '`', 'a', '1') }), fc.nat(3), (at, insert, cut) => {
        expectSameAsExact(base.slice(0, at) + insert + base.slice(at + cut));
      }),
      { numRuns: Number(process.env.YAML_RUNS ?? 250) },
    );
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty list item', 'a:\n  -\n  - 1\n'],
    ['a null key', '~: 1\n'],
    ['a number key', '1: a\n'],
    ['a boolean key', 'true: a\n'],
    ['a key with an escape', '"a\\tb": 1\n'],
    ['a single-quoted key with a quote', "'it''s': 1\n"],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a __proto__ key', '__proto__: { polluted: 1 }\n'],
  ])('leaves %s to the exact reader', (_name, text) => {
    expect(readYamlFast(text)).toBeUndefined();
  });

  it.each([
    ['a flow pair in a list', 'a: [b: c, d]\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\nb: 1\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\nb: \'x\n\n  y\'\n'],
  ])('reads %s as the exact reader does', (_name, text) => {
    expect(expectSameAsExact(text)).toBeDefined();
  });

  it('reads quoted and plain scalars, flow and block collections, comments and CRLF line ends', () => {
    const text = '# head\r\nname: "quoted # not a comment"   # a comment\r\nlist:\r\n  - plain\r\n  - \'single\'\r\n  - { k: v, n: 1.5 }\r\nflow: [a, "b", 0x1F, 0o17, .inf, -.5, ~x]\r\n';
    const read = expectSameAsExact(text);
    expect(read?.value).toEqual({ name: 'quoted # not a comment', list: ['plain', 'single', { k: 'v', n: 1.5 }], flow: ['a', 'b', 31, 15, Infinity, -0.5, '~x'] });
    const lines = new LineIndex(text);
    expect(lines.position(locateOffset(read!.root, ['list', 2, 'n'])!)).toEqual({ line: 6, column: 16 });
    expect(lines.position(locateOffset(read!.root, ['flow', 1])!)).toEqual({ line: 7, column: 11 });
  });

  it('numbers lines and columns as yaml\'s LineCounter does', () => {
    const text = 'a: 1\n\nbb:\n  - x\r\n  - "y"\n';
    const counter = new LineCounter();
    parseDocument(text, { lineCounter: counter });
    const lines = new LineIndex(text);
    for (let offset = 0; offset < text.length; offset++) {
      const { line, col } = counter.linePos(offset);
      expect(lines.position(offset)).toEqual({ line, column: col });
    }
  });

  it('a missing key points at its nearest ancestor; a mapping under a key at the key', () => {
    const root: SourceNode = { start: 0, entries: [{ key: 'a', keyStart: 0, value: { start: 5, entries: [{ key: 'b', keyStart: 5, value: { start: 8 } }] } }] };
    expect(locateOffset(root, ['a'])).toBe(0);
    expect(locateOffset(root, ['a', 'b'])).toBe(8);
    expect(locateOffset(root, ['a', 'b'], true)).toBe(5);
    expect(locateOffset(root, ['a', 'zz'])).toBe(0);
    expect(locateOffset(root, ['a', 'b', 'c'])).toBe(8);
    expect(locateOffset(root, [0])).toBe(0);
  });
});
