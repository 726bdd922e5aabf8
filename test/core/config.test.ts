import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { getModel, loadConfig, parseConfig, resolveInside } from '../../src/core/config.js';
import { ConfigError, ModelshipError } from '../../src/core/errors.js';

const FILE = '/repo/modelship.yml';

function issuesOf(text: string, env: NodeJS.ProcessEnv = {}) {
  try {
    parseConfig(text, FILE, { env });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

const VALID = `version: 1
models:
  iris:
    path: models/iris/model.onnx
    format: onnx
    signature:
      inputs:
        - { name: features, dtype: float32, shape: [batch, 4] }
      outputs:
        - { name: label, dtype: int64, shape: [batch] }
`;

describe('parseConfig', () => {
  it('accepts a valid file and keeps its values', () => {
    const loaded = parseConfig(VALID, FILE, { env: {} });
    expect(loaded.config.models.iris.path).toBe('models/iris/model.onnx');
    expect(loaded.config.models.iris.signature?.inputs[0].shape).toEqual(['batch', 4]);
    expect(loaded.root).toBe('/repo');
  });

  it('locates values by key path, line and column', () => {
    const loaded = parseConfig(VALID, FILE, { env: {} });
    expect(loaded.locate(['models', 'iris', 'format'])).toEqual({ file: FILE, line: 5, column: 13 });
    expect(loaded.locate(['models', 'iris', 'signature', 'inputs', 0])).toMatchObject({ line: 8 });
    // A path that does not exist falls back to the nearest ancestor.
    expect(loaded.locate(['models', 'iris', 'nope'])).toMatchObject({ line: 3 });
  });

  it('reports invalid YAML with line and column', () => {
    const [issue] = issuesOf('version: 1\nmodels:\n  iris: [unclosed\n');
    expect(issue.message).toMatch(/invalid YAML/);
    expect(issue.location.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses duplicate keys', () => {
    const issues = issuesOf('version: 1\nversion: 1\nmodels: {a: {path: x}}\n');
    expect(issues[0].message).toMatch(/invalid YAML/);
    expect(issues[0].hint).toMatch(/once/);
    expect(issues[0].location.line).toBe(2);
  });

  it('suggests the nearest known key for an unknown one, at its line', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: a\n    fromat: onnx\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'models.iris.fromat', location: { line: 5, column: 5 } });
    expect(issues[0].message).toBe('unknown key "fromat" in models.iris');
    expect(issues[0].hint).toBe('did you mean "format"?');
  });

  it('names the missing required key', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    format: onnx\n');
    expect(issues[0].message).toBe('missing required key "path" in models.iris');
    expect(issues[0].location.line).toBe(3);
  });

  it('says what type was expected', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: 42\n');
    expect(issues[0].message).toBe('models.iris.path is number 42, expected string');
    expect(issues[0].location).toMatchObject({ line: 4, column: 11 });
  });

  it('lists allowed values and suggests one for an enum', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: a\n    format: onx\n');
    expect(issues[0].message).toMatch(/expected one of "onnx", "safetensors"/);
    expect(issues[0].hint).toBe('did you mean "onnx"?');
  });

  it('requires version 1', () => {
    const issues = issuesOf('version: 2\nmodels:\n  iris: {path: a}\n');
    expect(issues[0].message).toBe('version is 2, expected 1');
    expect(issues[0].location.line).toBe(1);
  });

  it('refuses an empty file and a non-mapping', () => {
    expect(issuesOf('')[0].message).toBe('the file is empty');
    expect(issuesOf('- a\n- b\n')[0].message).toMatch(/mapping of sections/);
  });

  it('interpolates ${env:NAME} in strings, and only that', () => {
    const loaded = parseConfig('version: 1\nmodels:\n  iris:\n    path: "${env:MODEL_DIR}/m.onnx"\n    description: "$HOME ${HOME}"\n', FILE, {
      env: { MODEL_DIR: 'out', HOME: '/root' },
    });
    expect(loaded.config.models.iris.path).toBe('out/m.onnx');
    expect(loaded.config.models.iris.description).toBe('$HOME ${HOME}');
  });

  it('names an unset environment variable and its line', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: ${env:NOPE}\n');
    expect(issues[0].message).toMatch(/environment variable NOPE is not set/);
    expect(issues[0].location.line).toBe(4);
  });

  it('refuses workflow expressions: the file is data', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: ${{ github.event.comment.body }}\n');
    expect(issues[0].message).toMatch(/expressions are not allowed/);
  });

  it('never throws anything but a ConfigError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseConfig(text, FILE, { env: {} });
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          for (const issue of (err as ConfigError).issues) expect(issue.location.file).toBe(FILE);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the line of an alias that has no anchor before it', () => {
    const issues = issuesOf('version: 1\nmodels:\n  iris:\n    path: *missing\n');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/invalid YAML: Unresolved alias/);
    expect(issues[0].location).toMatchObject({ file: FILE, line: 4, column: 11 });
    expect(issues[0].hint).toMatch(/anchor/);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const rows = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++) rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const issues = issuesOf(rows.join('\n') + '\n');
    expect(issues[0].message).toMatch(/invalid YAML: .*alias/i);
    expect(issues[0].location.line).toBe(3);
  });

  it('never throws anything but a ConfigError on mutated valid files', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const text = VALID.slice(0, at) + insert + VALID.slice(at + 1);
        try {
          parseConfig(text, FILE, { env: {} });
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadConfig', () => {
  it('says where to put the file when it is missing', async () => {
    await expect(loadConfig('/nonexistent/modelship.yml')).rejects.toThrow(/configuration file not found/);
    await expect(loadConfig('/nonexistent/modelship.yml')).rejects.toMatchObject({ exitCode: 2 });
  });

  it('reads a real file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-config-'));
    await writeFile(path.join(dir, 'modelship.yml'), VALID);
    const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
    expect(loaded.root).toBe(dir);
    expect(loaded.resolvePath('models/iris/model.onnx', ['models', 'iris', 'path'])).toBe(path.join(dir, 'models/iris/model.onnx'));
  });

  it('refuses a directory', async () => {
    await expect(loadConfig(os.tmpdir())).rejects.toThrow(/is a directory/);
  });
});

describe('resolveInside and getModel', () => {
  it('refuses absolute paths and paths that leave the root', () => {
    expect(() => resolveInside('/repo', '/etc/passwd')).toThrow(/absolute/);
    expect(() => resolveInside('/repo', '../secrets')).toThrow(/leaves the project folder/);
    expect(() => resolveInside('/repo', 'a/../../b')).toThrow(/leaves/);
    expect(resolveInside('/repo', 'a/../b')).toBe('/repo/b');
  });

  it('suggests a model name', () => {
    const loaded = parseConfig(VALID, FILE, { env: {} });
    expect(getModel(loaded, 'iris').path).toBe('models/iris/model.onnx');
    try {
      getModel(loaded, 'irs');
      throw new Error('expected an error');
    } catch (err) {
      expect(err).toBeInstanceOf(ModelshipError);
      expect((err as ModelshipError).hint).toBe('did you mean "iris"?');
    }
  });
});
