import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

// docs/export.md shows an export script, the modelship.yml that declares its model and a parity gate, and the
// output of running them. test/cli/fixtures/export holds that script verbatim and the model.onnx it wrote
// (torch 1.13, `python3 export_torch.py`): these tests keep the page and what it claims in step.
const FIXTURE = path.resolve('test/cli/fixtures/export');
const page = () => readFile(path.resolve('docs/export.md'), 'utf8');
const block = (text: string, lang: string, first: string) => {
  const found = [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]).find((b) => b.startsWith(first));
  if (found === undefined) throw new Error(`docs/export.md has no ${lang} block starting with ${first}`);
  return found;
};

async function project(metrics?: object): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-export-'));
  await writeFile(path.join(dir, 'modelship.yml'), block(await page(), 'yaml', '# modelship.yml'));
  await copyFile(path.join(FIXTURE, 'model.onnx'), path.join(dir, 'model.onnx'));
  if (metrics) {
    await mkdir(path.join(dir, 'parity'));
    await writeFile(path.join(dir, 'parity', 'metrics.json'), JSON.stringify(metrics));
  }
  return dir;
}

describe('docs/export.md', () => {
  it('shows the export script that made the committed model, and that model\'s sha256', async () => {
    const text = await page();
    expect(block(text, 'python', '# export_torch.py')).toBe(await readFile(path.join(FIXTURE, 'export_torch.py'), 'utf8'));
    const sha256 = createHash('sha256').update(await readFile(path.join(FIXTURE, 'model.onnx'))).digest('hex');
    expect(text).toContain(`sha256 ${sha256}`);
  });

  it('its modelship.yml is valid before the parity metrics exist (a warning for the generated file)', async () => {
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: await project() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { path: string }) => w.path)).toEqual(['models.net.metrics']);
  });

  it('the exported model matches the signature the page declares', async () => {
    const r = await cli(['validate', '--format', 'json'], { cwd: await project() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).artifacts[0].details.signature).toEqual({
      inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', 4] }],
      outputs: [{ name: 'probabilities', dtype: 'float32', shape: ['batch', 3] }],
    });
  });

  it('a declared output the export lacks fails validation, as the page shows', async () => {
    const dir = await project();
    const yml = await readFile(path.join(dir, 'modelship.yml'), 'utf8');
    await writeFile(path.join(dir, 'modelship.yml'), yml.replace('{ name: probabilities, dtype: float32', '{ name: label, dtype: int64'));
    const r = await cli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error signature/missing-tensor: modelship.yml expects output "label", which the model does not declare (it has probabilities)');
    expect(await page()).toContain('error signature/missing-tensor: modelship.yml expects output "label", which the model does not declare (it has probabilities)');
  });

  it('the parity gate passes the measured difference and fails one above the tolerance', async () => {
    const pass = await cli(['gate', 'parity'], { cwd: await project({ max_abs_diff: 2.9802322387695312e-8, examples: 32 }) });
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('max_abs_diff is 2.980e-8, within max_abs_diff ≤ 1.000e-5');
    expect(await page()).toContain(pass.stdout.split('\n').find((l) => l.includes('max_abs_diff is'))!.trim());
    const fail = await cli(['gate', 'parity'], { cwd: await project({ max_abs_diff: 0.002, examples: 32 }) });
    expect(fail.code).toBe(1);
  });
});
