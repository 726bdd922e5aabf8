import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import { cli } from '../support/cli.js';
import { scratch } from './helpers.js';
import { irisOnnx } from './corpus/onnx.js';
import { hostileSafetensors } from './corpus/safetensors.js';

// ajv ships CommonJS: under ESM the class is the default export's `default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as unknown as new (opts: object) => { validate(schema: object, data: unknown): boolean; errors?: unknown[] | null };

/** The parts of the SARIF 2.1.0 schema (OASIS) that GitHub code scanning requires, as a JSON Schema. */
const SARIF_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  rules: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, shortDescription: { type: 'object', required: ['text'] }, defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } } } } },
                },
              },
            },
          },
          artifacts: { type: 'array', items: { type: 'object', properties: { location: { type: 'object', required: ['uri'] }, length: { type: 'integer', minimum: -1 }, hashes: { type: 'object' } } } },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message', 'ruleId', 'locations'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation'],
                        properties: {
                          artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string' }, index: { type: 'integer', minimum: 0 } } },
                          region: { type: 'object', properties: { startLine: { type: 'integer', minimum: 1 }, byteOffset: { type: 'integer', minimum: 0 }, byteLength: { type: 'integer', minimum: 0 } } },
                        },
                      },
                      logicalLocations: { type: 'array', items: { type: 'object', properties: { fullyQualifiedName: { type: 'string' }, kind: { type: 'string' } } } },
                    },
                  },
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
};

describe('modelship validate (CLI)', () => {
  it('exits 0 with the JSON of the contract for a healthy model', async () => {
    const s = await scratch();
    try {
      await s.write('model.onnx', irisOnnx());
      const r = await cli(['validate', 'model.onnx', '--format', 'json'], { cwd: s.dir });
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.verdict).toBe('pass');
      expect(json.artifacts[0]).toEqual(expect.objectContaining({ path: 'model.onnx', format: 'onnx', size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), verdict: 'pass', findings: expect.any(Array) }));
    } finally {
      await s.cleanup();
    }
  });

  it('exits 1 for a rejected artifact, with rule ids and locations', async () => {
    const s = await scratch();
    try {
      await s.write('bad.safetensors', hostileSafetensors()[0].data);
      const r = await cli(['validate', 'bad.safetensors', '--format', 'json'], { cwd: s.dir });
      expect(r.code).toBe(1);
      const f = JSON.parse(r.stdout).artifacts[0].findings[0];
      expect(f).toEqual(expect.objectContaining({ rule: 'safetensors/overlapping-tensors', severity: 'error', message: expect.any(String), location: expect.any(Object) }));
      const text = await cli(['validate', 'bad.safetensors'], { cwd: s.dir });
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/FAIL bad.safetensors/);
    } finally {
      await s.cleanup();
    }
  });

  it('exits 2 for a missing path, a missing config and nothing to validate', async () => {
    const s = await scratch();
    try {
      expect((await cli(['validate', 'nope.onnx'], { cwd: s.dir })).code).toBe(2);
      expect((await cli(['validate', '--config', 'missing.yml'], { cwd: s.dir })).code).toBe(2);
      const none = await cli(['validate'], { cwd: s.dir });
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/nothing to validate/);
      // A configuration with only a validate: section still needs paths: it says so instead of passing 0 of 0.
      await writeFile(path.join(s.dir, 'modelship.yml'), 'version: 1\nvalidate: { failOnWarning: true }\n');
      const noModels = await cli(['validate'], { cwd: s.dir });
      expect(noModels.code).toBe(2);
      expect(noModels.stderr).toContain('nothing to validate: no files or folders given, and');
      expect(noModels.stderr).toContain('configures no models');
    } finally {
      await s.cleanup();
    }
  });

  it('validates the configured models by default and checks the declared signature', async () => {
    const s = await scratch();
    try {
      await s.write('models/m.onnx', irisOnnx());
      const config = (dtype: string) => `version: 1\nmodels:\n  iris:\n    path: models/m.onnx\n    format: onnx\n    signature:\n      inputs: [{name: features, dtype: ${dtype}, shape: [batch, 4]}]\n      outputs: [{name: label, dtype: int64, shape: [batch]}]\n`;
      await writeFile(path.join(s.dir, 'modelship.yml'), config('float32'));
      expect((await cli(['validate'], { cwd: s.dir })).code).toBe(0);
      await writeFile(path.join(s.dir, 'modelship.yml'), config('float64'));
      const r = await cli(['validate', '--format', 'json'], { cwd: s.dir });
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).artifacts[0].findings.map((f: { rule: string }) => f.rule)).toContain('signature/dtype-mismatch');
    } finally {
      await s.cleanup();
    }
  });

  it('writes SARIF 2.1.0 that is structurally valid, with byte-offset regions', async () => {
    const s = await scratch();
    try {
      await s.write('a.safetensors', hostileSafetensors().find((h) => h.name === 'duplicate-key')!.data);
      await s.write('b.onnx', irisOnnx());
      const r = await cli(['validate', 'a.safetensors', 'b.onnx', '--format', 'sarif'], { cwd: s.dir });
      expect(r.code).toBe(1);
      const sarif = JSON.parse(r.stdout);
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const valid = ajv.validate(SARIF_SUBSET, sarif);
      expect(ajv.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const run = sarif.runs[0];
      for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      // Byte regions are related locations: code scanning shows the result on a line (test/validate/sarif.test.ts).
      expect(run.results.some((x: { relatedLocations?: Array<{ physicalLocation: { region?: { byteOffset?: number } } }> }) => x.relatedLocations?.some((l) => l.physicalLocation.region?.byteOffset !== undefined))).toBe(true);
      expect(run.artifacts).toHaveLength(2);
    } finally {
      await s.cleanup();
    }
  });

  it('refuses --format sarif on other commands', async () => {
    expect((await cli(['config', 'check', '--format', 'sarif'])).code).toBe(2);
  });
});
