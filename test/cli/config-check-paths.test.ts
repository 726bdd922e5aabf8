import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

async function project(yml: string, files: string[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-paths-'));
  await writeFile(path.join(dir, 'modelship.yml'), yml);
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), '');
  }
  return dir;
}

interface Issue {
  path: string;
  message: string;
  hint?: string;
  location: { line?: number; column?: number };
}

describe('config check: the files the models name', () => {
  it('reports each missing path, card and metrics file at its line (exit 2)', async () => {
    const dir = await project(
      `version: 1
models:
  iris:
    path: models/iris.onnx
    card: models/README.md
    metrics: models/metrics.json
  wine:
    path: wine.onnx
`,
      ['wine.onnx'],
    );
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const issues = JSON.parse(r.stdout).issues as Issue[];
    expect(issues.map((i) => [i.path, i.location.line, i.location.column])).toEqual([
      ['models.iris.path', 4, 11],
      ['models.iris.card', 5, 11],
      ['models.iris.metrics', 6, 14],
    ]);
    expect(issues[0].message).toBe('models.iris.path: models/iris.onnx does not exist');
    expect(issues[2].hint).toContain('generated: [metrics]');
    // The text names the file and line of each, on stderr.
    const text = await cli(['config', 'check'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(`${path.join(dir, 'modelship.yml')}:5:11: models.iris.card: models/README.md does not exist`);
  });

  it('a card or metrics path that is a folder is an error; a model path may be a folder', async () => {
    const dir = await project('version: 1\nmodels:\n  llm:\n    path: weights\n    card: weights\n', ['weights/model.safetensors']);
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const issues = JSON.parse(r.stdout).issues as Issue[];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'models.llm.card', message: 'models.llm.card: weights is a folder, expected a file', location: { line: 5 } });
  });

  it('a path that leaves the project is an error at its line', async () => {
    const dir = await project('version: 1\nmodels:\n  iris:\n    path: ../elsewhere/model.onnx\n');
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout).issues as Issue[])[0]).toMatchObject({ path: 'models.iris.path', location: { line: 4 }, message: expect.stringContaining('leaves the project folder') });
  });

  it('files declared `generated` (made by the workflow) are warnings when missing: exit 0', async () => {
    const dir = await project(
      `version: 1
models:
  iris:
    path: out/model.onnx
    card: README.md
    metrics: out/metrics.json
    generated: [path, metrics]
  wine:
    path: out/wine.onnx
    generated: true
`,
      ['README.md'],
    );
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { valid: boolean; warnings: Issue[] };
    expect(json.valid).toBe(true);
    expect(json.warnings.map((w) => [w.path, w.location.line])).toEqual([
      ['models.iris.path', 4],
      ['models.iris.metrics', 6],
      ['models.wine.path', 9],
    ]);
    const text = await cli(['config', 'check'], { cwd: dir });
    expect(text.stdout).toContain('is valid (3 warnings)');
    expect(text.stdout).toContain(`warning ${path.join(dir, 'modelship.yml')}:4:11: models.iris.path: out/model.onnx does not exist yet (declared generated`);
  });

  it('`generated` covers only what it lists, and may not list a field the model does not have', async () => {
    const dir = await project('version: 1\nmodels:\n  iris:\n    path: model.onnx\n    metrics: metrics.json\n    generated: [card, metrics]\n');
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const issues = JSON.parse(r.stdout).issues as Issue[];
    expect(issues.map((i) => [i.path, i.location.line])).toEqual([
      ['models.iris.path', 4],
      ['models.iris.generated[0]', 6],
    ]);
    expect(issues[1].message).toBe('models.iris.generated lists "card", but models.iris has no card');
  });

  it('the example project passes: every file it names is committed', async () => {
    const r = await cli(['config', 'check', '--config', 'examples/iris/modelship.yml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });
});
