import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import AjvDraft04Module from 'ajv-draft-04';
import { MAX_RESULTS, findRepositoryRoot, renderSarif } from '../../src/validate/sarif.js';
import type { Finding, ValidationReport } from '../../src/validate/types.js';
import { cli } from '../support/cli.js';
import { hostileGguf } from './corpus/gguf.js';
import { hostileKeras } from './corpus/keras.js';
import { irisOnnx } from './corpus/onnx.js';
import { hostileSafetensors } from './corpus/safetensors.js';
import { zipFile } from './corpus/zip.js';
import { scratch, validatePaths } from './helpers.js';
import { osSystem } from './pickle/corpus/malicious.js';

// ajv-draft-04 ships CommonJS: under ESM the class is the default export's `default`.
type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as unknown as new (opts: object) => { compile(schema: object): Validator };

/** The official OASIS SARIF 2.1.0 schema (see sarif/SOURCE.md), committed byte for byte. */
const here = path.dirname(fileURLToPath(import.meta.url));
const OASIS_SCHEMA = JSON.parse(readFileSync(path.join(here, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const validateOasis = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(OASIS_SCHEMA);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * GitHub code scanning's upload rules ("SARIF support for code scanning" and "SARIF results exceed limits"
 * in GitHub's docs): the hard limits that reject an upload, and the properties the docs mark required.
 * Returns every breach, so a test shows them all.
 */
function githubProblems(sarif: Json): string[] {
  const problems: string[] = [];
  if (sarif.version !== '2.1.0') problems.push('version is not 2.1.0');
  if (typeof sarif.$schema !== 'string') problems.push('$schema is missing');
  if (!Array.isArray(sarif.runs) || sarif.runs.length === 0 || sarif.runs.length > 20) problems.push('runs: 1 to 20 per file');
  for (const [r, run] of (sarif.runs ?? []).entries()) {
    const driver = run.tool?.driver;
    if (typeof driver?.name !== 'string' || driver.name === '') problems.push(`runs[${r}].tool.driver.name is required`);
    const rules: Json[] = driver?.rules ?? [];
    if (rules.length > 25_000) problems.push(`runs[${r}]: more than 25,000 rules`);
    for (const [i, rule] of rules.entries()) {
      const at = `rules[${i}] (${rule.id})`;
      if (typeof rule.id !== 'string') problems.push(`${at}.id is required`);
      for (const key of ['shortDescription', 'fullDescription', 'help']) if (typeof rule[key]?.text !== 'string' || rule[key].text.trim() === '') problems.push(`${at}.${key}.text is required`);
      if ((rule.properties?.tags ?? []).length > 20) problems.push(`${at}: more than 20 tags`);
    }
    if (!Array.isArray(run.results)) problems.push(`runs[${r}].results is required`);
    if ((run.results ?? []).length > 25_000) problems.push(`runs[${r}]: more than 25,000 results (the upload is rejected)`);
    for (const [i, result] of (run.results ?? []).entries()) {
      const at = `results[${i}] (${result.ruleId})`;
      if (typeof result.ruleId !== 'string') problems.push(`${at}.ruleId is required`);
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${at}.ruleIndex does not point at its rule`);
      if (typeof result.message?.text !== 'string' || result.message.text === '') problems.push(`${at}.message.text is required`);
      const locations: Json[] = result.locations ?? [];
      if (locations.length === 0) problems.push(`${at}: at least one location is required to display a result`);
      if (locations.length > 1000) problems.push(`${at}: more than 1,000 locations`);
      for (const loc of [...locations, ...(result.relatedLocations ?? [])]) {
        const art = loc.physicalLocation?.artifactLocation;
        if (typeof art?.uri !== 'string') problems.push(`${at}: physicalLocation.artifactLocation.uri is required`);
        else if (/^[a-z][a-z0-9+.-]*:/i.test(art.uri) || art.uri.startsWith('/') || art.uri.split('/').includes('..')) problems.push(`${at}: uri ${art.uri} is not relative to the repository root`);
        if (art?.uriBaseId !== '%SRCROOT%') problems.push(`${at}: uri ${art?.uri} has no uriBaseId`);
      }
      const primary = locations[0]?.physicalLocation;
      if (!(primary?.region?.startLine >= 1)) problems.push(`${at}: the primary location has no line, so code scanning does not show it`);
      const hash = result.partialFingerprints?.primaryLocationLineHash;
      if (typeof hash !== 'string' || hash === '') problems.push(`${at}: partialFingerprints.primaryLocationLineHash is missing`);
    }
  }
  return problems;
}

function schemaProblems(sarif: unknown): string[] {
  return validateOasis(sarif) ? [] : (validateOasis.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A repository whose models/ folder holds one file for every kind of finding the validator makes. */
async function everyFindingKind() {
  const s = await scratch();
  await mkdir(path.join(s.dir, '.git'));
  const good = irisOnnx();
  await s.write('models/good.onnx', good);
  await s.write('models/other.onnx', good);
  await s.write('models/evil.pkl', osSystem());
  await s.write('models/weights.safetensors', osSystem());
  await s.write('models/bundle.zip', zipFile([{ name: 'archive/data.pkl', data: osSystem() }]));
  await s.write('models/notes.bin', 'hello');
  for (const h of hostileSafetensors()) await s.write(`models/st/${h.name}.safetensors`, h.data);
  for (const h of hostileGguf()) await s.write(`models/gguf/${h.name}.gguf`, h.data);
  for (const h of hostileKeras()) await s.write(`models/keras/${h.name}.keras`, h.data);
  await symlink('/etc/passwd', path.join(s.dir, 'models', 'link.onnx'));
  // Line 3 lists good.onnx with a wrong hash; line 4 is not an entry; line 5 names a missing file; other.onnx is right.
  await s.write('models/SHA256SUMS', [`${sha(good)}  other.onnx`, '# released files', `${'0'.repeat(64)}  good.onnx`, 'not an entry', `${sha('x')}  gone.onnx`, ''].join('\n'));
  return s;
}

describe('SARIF for code scanning', () => {
  it('validates against the OASIS SARIF 2.1.0 schema and GitHub upload rules for every kind of finding, from a sub-folder', async () => {
    const s = await everyFindingKind();
    try {
      const cwd = path.join(s.dir, 'models');
      const report = await validatePaths(cwd, ['.']);
      const sarif = renderSarif(report, '0.0.0-test', { cwd }) as Json;
      expect(schemaProblems(sarif)).toEqual([]);
      expect(githubProblems(sarif)).toEqual([]);

      const run = sarif.runs[0];
      const families = new Set((run.results as Json[]).map((r) => String(r.ruleId).split('/')[0]));
      for (const family of ['pickle', 'safetensors', 'gguf', 'keras', 'manifest', 'format', 'walk']) expect(families).toContain(family);
      // Every URI is relative to the repository root, not to the folder the command ran in.
      const uris = (run.artifacts as Json[]).map((a) => a.location.uri as string);
      expect(uris).toContain('models/evil.pkl');
      expect(uris.every((u) => u.startsWith('models/'))).toBe(true);
      expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${s.dir}/`);

      // The SHA256SUMS mismatch sits on line 3 of SHA256SUMS; the model it is about is related.
      const mismatch = (run.results as Json[]).find((r) => r.ruleId === 'manifest/sha256-mismatch')!;
      expect(mismatch.locations[0].physicalLocation.artifactLocation.uri).toBe('models/SHA256SUMS');
      expect(mismatch.locations[0].physicalLocation.region).toEqual({ startLine: 3 });
      expect(mismatch.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('models/good.onnx');
      const syntax = (run.results as Json[]).find((r) => r.ruleId === 'manifest/syntax')!;
      expect(syntax.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'models/SHA256SUMS' }, region: { startLine: 4 } });

      // A finding at a byte offset of a binary file is shown on its line 1, the byte region kept as related.
      const byteFinding = (run.results as Json[]).find((r) => r.relatedLocations?.some((x: Json) => x.physicalLocation.region?.byteOffset !== undefined))!;
      expect(byteFinding).toBeDefined();
      expect(byteFinding.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
      // An archive member is a logical location.
      const member = (run.results as Json[]).find((r) => r.locations[0].logicalLocations?.some((l: Json) => l.kind === 'member'))!;
      expect(member.locations[0].logicalLocations[0].fullyQualifiedName).toBe('models/bundle.zip!/archive/data.pkl');
    } finally {
      await s.cleanup();
    }
  });

  it('gives the same fingerprints from the repository root and from a sub-folder, and distinct ones per finding', async () => {
    const s = await everyFindingKind();
    try {
      const fromRoot = renderSarif(await validatePaths(s.dir, ['models']), 'x', { cwd: s.dir }) as Json;
      const cwd = path.join(s.dir, 'models');
      const fromSub = renderSarif(await validatePaths(cwd, ['.']), 'x', { cwd }) as Json;
      const prints = (sarif: Json) => (sarif.runs[0].results as Json[]).map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri} ${r.partialFingerprints.primaryLocationLineHash}`).sort();
      expect(prints(fromSub)).toEqual(prints(fromRoot));
      const hashes = (fromRoot.runs[0].results as Json[]).map((r) => r.partialFingerprints.primaryLocationLineHash);
      expect(new Set(hashes).size).toBe(hashes.length);
      expect(hashes.every((h) => /^[0-9a-f]{16}:\d+$/.test(h))).toBe(true);
    } finally {
      await s.cleanup();
    }
  });

  it('`validate --config ../modelship.yml` inside models/ gives URIs from the repository root (the CLI path)', async () => {
    const s = await scratch();
    try {
      await s.write('modelship.yml', 'version: 1\nmodels:\n  iris:\n    path: models/good.onnx\n');
      await s.write('models/good.onnx', irisOnnx());
      await s.write('models/evil.pkl', osSystem());
      // No .git: the configuration file's folder is the root.
      const r = await cli(['validate', 'evil.pkl', '--config', '../modelship.yml', '--format', 'sarif'], { cwd: path.join(s.dir, 'models') });
      expect(r.code).toBe(1);
      const sarif = JSON.parse(r.stdout) as Json;
      expect(schemaProblems(sarif)).toEqual([]);
      expect(githubProblems(sarif)).toEqual([]);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'models/evil.pkl', uriBaseId: '%SRCROOT%' });
    } finally {
      await s.cleanup();
    }
  });

  it('finds the repository root from .git (folder or worktree file), else the fallback', async () => {
    const s = await scratch();
    try {
      await s.write('a/.git', 'gitdir: /elsewhere\n');
      await mkdir(path.join(s.dir, 'a', 'b', 'c'), { recursive: true });
      expect(findRepositoryRoot(path.join(s.dir, 'a', 'b', 'c'))).toBe(path.join(s.dir, 'a'));
      await mkdir(path.join(s.dir, 'x', 'y'), { recursive: true });
      // Only when no ancestor up to / has .git; the scratch folder lives in the OS temp folder.
      if (findRepositoryRoot(path.join(s.dir, 'x', 'y')) !== path.join(s.dir, 'x', 'y')) return;
      expect(findRepositoryRoot(path.join(s.dir, 'x', 'y'), s.dir)).toBe(s.dir);
    } finally {
      await s.cleanup();
    }
  });

  it('keeps the 5,000 most severe results GitHub would keep and never exceeds its 25,000 limit', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 30_000; i++) findings.push({ rule: i % 3 === 0 ? 'pickle/dangerous-global' : 'format/unknown', severity: i % 3 === 0 ? 'error' : 'note', message: `finding ${i}`, location: { offset: i } });
    const report: ValidationReport = { verdict: 'fail', artifacts: [{ path: 'big.pkl', format: 'pickle', size: 40_000, sha256: 'a'.repeat(64), verdict: 'fail', findings }] };
    const sarif = renderSarif(report, 'x', { cwd: '/repo', root: '/repo' }) as Json;
    const results = sarif.runs[0].results as Json[];
    expect(results).toHaveLength(MAX_RESULTS);
    expect(results.every((r) => r.level === 'error')).toBe(true);
    expect(sarif.runs[0].properties.omittedResults).toBe(30_000 - MAX_RESULTS);
    expect(githubProblems(sarif)).toEqual([]);
    expect(schemaProblems(sarif)).toEqual([]);
  });

  it('covers every location shape, and a file outside the repository keeps an absolute URI the checker flags', () => {
    const shapes: Finding[] = [
      { rule: 'pickle/dangerous-global', severity: 'error', message: 'at a byte', location: { offset: 12 } },
      { rule: 'pickle/dangerous-global', severity: 'error', message: 'in a member', location: { member: 'a/b.pkl', offset: 3 } },
      { rule: 'onnx/external-data', severity: 'warning', message: 'a pointer', location: { pointer: 'graph.initializer[0]' } },
      { rule: 'safetensors-index/missing-shard', severity: 'error', message: 'a line', location: { line: 7 } },
      { rule: 'manifest/size-mismatch', severity: 'error', message: 'a line elsewhere', location: { line: 2, file: 'SHA256SUMS' } },
      { rule: 'validate/no-model', severity: 'error', message: 'nowhere' },
    ];
    const report: ValidationReport = { verdict: 'fail', artifacts: [{ path: 'm/x.bin', format: 'pickle', size: 10, sha256: '', verdict: 'fail', findings: shapes }] };
    const inside = renderSarif(report, 'x', { cwd: '/repo/sub', root: '/repo' }) as Json;
    expect(schemaProblems(inside)).toEqual([]);
    expect(githubProblems(inside)).toEqual([]);
    expect((inside.runs[0].results as Json[]).map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['sub/m/x.bin', 'sub/m/x.bin', 'sub/m/x.bin', 'sub/m/x.bin', 'sub/SHA256SUMS', 'sub/m/x.bin']);
    // The schema check is live: a region on line 0 or an unknown property is refused.
    const broken = JSON.parse(JSON.stringify(inside)) as Json;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].unknownProperty = true;
    expect(schemaProblems(broken)).toHaveLength(2);
    const outside = renderSarif(report, 'x', { cwd: '/elsewhere', root: '/repo' }) as Json;
    expect(schemaProblems(outside)).toEqual([]);
    expect(githubProblems(outside).some((p) => /not relative to the repository root/.test(p))).toBe(true);
  });

  it('describes every rule with the short, full and help texts GitHub requires', async () => {
    const s = await everyFindingKind();
    try {
      const sarif = renderSarif(await validatePaths(s.dir, ['models']), 'x', { cwd: s.dir }) as Json;
      for (const rule of sarif.runs[0].tool.driver.rules as Json[]) {
        expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text);
        expect(rule.help.text).toMatch(/\S{10,}/);
        expect(rule.help.text).not.toMatch(/undefined/);
      }
    } finally {
      await s.cleanup();
    }
  });
});
