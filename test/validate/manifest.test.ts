import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { parseManifest } from '../../src/validate/manifest.js';
import { errors, rules, scratch, validatePaths } from './helpers.js';
import { irisOnnx } from './corpus/onnx.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('manifest parsing', () => {
  it('reads GNU sha256sum output with binary marks and escaped names, BSD tags and JSON', () => {
    const h = 'a'.repeat(64);
    const text = `${h}  plain.onnx\n${h} *binary.bin\n\\${h}  back\\\\slash\\nnewline.bin\nSHA256 (bsd.gguf) = ${h}\n# comment\n\n`;
    const m = parseManifest(Buffer.from(text));
    expect(m.findings).toEqual([]);
    expect(m.entries.map((e) => e.path)).toEqual(['plain.onnx', 'binary.bin', 'back\\slash\nnewline.bin', 'bsd.gguf']);
    expect(parseManifest(Buffer.from(JSON.stringify({ files: { './a//b.onnx': h } }))).entries[0].path).toBe('a/b.onnx');
    expect(parseManifest(Buffer.from(JSON.stringify([{ path: 'x', sha256: h, size: 3 }]))).entries[0]).toMatchObject({ path: 'x', size: 3 });
  });
  it('reports bad lines with their line number', () => {
    const m = parseManifest(Buffer.from(`${'a'.repeat(64)}  ok\nnot a line\n`));
    expect(m.findings[0]).toMatchObject({ rule: 'manifest/syntax', location: { line: 2 } });
    expect(parseManifest(Buffer.from('{"files": 3}')).findings[0].rule).toBe('manifest/syntax');
  });
});

describe('manifest checking', () => {
  it('passes a folder whose SHA256SUMS (written by sha256sum) matches, checked automatically', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.onnx', irisOnnx());
      await s.write('m/README.md', '# card');
      execFileSync('sh', ['-c', 'sha256sum -b model.onnx README.md > SHA256SUMS'], { cwd: `${s.dir}/m` });
      const r = await validatePaths(s.dir, ['m']);
      expect(r.verdict).toBe('pass');
      expect(r.artifacts.find((a) => a.path === 'm/SHA256SUMS')!.findings.map((f) => f.message).join()).toMatch(/2 of 2 entries/);
    } finally {
      await s.cleanup();
    }
  });

  it('reports mismatch, missing, unlisted, traversal, absolute and twins', async () => {
    const s = await scratch();
    try {
      const model = irisOnnx();
      await s.write('m/model.onnx', model);
      await s.write('m/extra.onnx', model);
      await s.write('m/README.md', 'card');
      await s.write('m/Readme.md', 'card');
      const lines = [
        `${'0'.repeat(64)}  model.onnx`,
        `${sha('x')}  gone.onnx`,
        `${sha('x')}  ../../etc/passwd`,
        `${sha('x')}  /etc/passwd`,
        `${sha('card')}  README.md`,
        `${sha('card')}  readme.MD`,
        `${sha('é')}  caf\u00e9.txt`,
        `${sha('é')}  cafe\u0301.txt`,
      ];
      await s.write('m/SHA256SUMS', lines.join('\n') + '\n');
      const r = await validatePaths(s.dir, ['m']);
      const by = (n: string) => r.artifacts.find((a) => a.path === `m/${n}`)!;
      expect(errors(by('model.onnx'))).toContain('manifest/sha256-mismatch');
      expect(errors(by('extra.onnx'))).toContain('manifest/unlisted-file');
      const m = errors(by('SHA256SUMS'));
      expect(m).toEqual(expect.arrayContaining(['manifest/missing-file', 'manifest/unsafe-path', 'manifest/case-twin', 'manifest/unicode-twin']));
      expect(m.filter((x) => x === 'manifest/unsafe-path')).toHaveLength(2);
      expect(by('SHA256SUMS').findings.find((f) => f.rule === 'manifest/missing-file')!.location?.line).toBe(2);
      expect(errors(by('Readme.md'))).toContain('manifest/case-twin');
      expect(r.verdict).toBe('fail');
    } finally {
      await s.cleanup();
    }
  });

  it('uses an explicit JSON manifest and checks sizes', async () => {
    const s = await scratch();
    try {
      const model = irisOnnx();
      await s.write('m/model.onnx', model);
      await s.write('good.json', JSON.stringify({ files: { 'm/model.onnx': { sha256: sha(model), size: model.length } } }));
      await s.write('badsize.json', JSON.stringify([{ path: 'm/model.onnx', sha256: sha(model), size: 1 }]));
      expect((await validatePaths(s.dir, ['m'], undefined, 'good.json')).verdict).toBe('pass');
      const r = await validatePaths(s.dir, ['m'], undefined, 'badsize.json');
      expect(errors(r.artifacts.find((a) => a.path === 'm/model.onnx')!)).toContain('manifest/size-mismatch');
    } finally {
      await s.cleanup();
    }
  });

  it('flags a listed name that only matches a file by case', async () => {
    const s = await scratch();
    try {
      const model = irisOnnx();
      await s.write('m/Model.onnx', model);
      await s.write('m/SHA256SUMS', `${sha(model)}  model.onnx\n`);
      const r = await validatePaths(s.dir, ['m']);
      expect(errors(r.artifacts.find((a) => a.path === 'm/SHA256SUMS')!)).toContain('manifest/name-mismatch');
      expect(rules(r.artifacts.find((a) => a.path === 'm/Model.onnx')!)).toContain('manifest/unlisted-file');
    } finally {
      await s.cleanup();
    }
  });

  it('checks SHA256SUMS in subfolders of a walked folder, and beside a file named on its own', async () => {
    const s = await scratch();
    try {
      const model = irisOnnx();
      await s.write('models/v1/model.onnx', model);
      await s.write('models/v1/SHA256SUMS', `${sha(model)}  model.onnx\n`);
      await s.write('models/v2/model.onnx', model);
      await s.write('models/v2/SHA256SUMS', `${'f'.repeat(64)}  model.onnx\n`);
      const r = await validatePaths(s.dir, ['models']);
      expect(r.artifacts.find((a) => a.path === 'models/v1/model.onnx')!.verdict).toBe('pass');
      expect(errors(r.artifacts.find((a) => a.path === 'models/v2/model.onnx')!)).toContain('manifest/sha256-mismatch');
      const one = await validatePaths(s.dir, ['models/v2/model.onnx']);
      expect(one.artifacts).toHaveLength(1);
      expect(errors(one.artifacts[0])).toContain('manifest/sha256-mismatch');
      const ok = await validatePaths(s.dir, ['models/v1/model.onnx']);
      expect(rules(ok.artifacts[0], 'note')).toContain('manifest/checked');
    } finally {
      await s.cleanup();
    }
  });
});
