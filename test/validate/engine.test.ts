import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { validateArtifacts } from '../../src/validate/engine.js';
import { globMatch } from '../../src/validate/walk.js';
import { resolveValidateSettings } from '../../src/validate/config.js';
import type { FormatAnalyzer } from '../../src/validate/types.js';
import { errors, rules, scratch, validateOne, validatePaths } from './helpers.js';
import { healthySafetensors } from './corpus/safetensors.js';
import { irisOnnx } from './corpus/onnx.js';
import { healthyGguf } from './corpus/gguf.js';

describe('not a model', () => {
  it('names a Git LFS pointer and says how to fix it', async () => {
    const a = await validateOne('model.safetensors', 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 5000000\n');
    expect(a.format).toBe('git-lfs-pointer');
    expect(a.findings[0].message).toMatch(/git lfs pull/);
    expect(a.verdict).toBe('fail');
  });
  it('fails an HTML error page named model.safetensors', async () => {
    const a = await validateOne('model.safetensors', '<!DOCTYPE html><html><head><title>Access denied</title></head></html>');
    expect(a.format).toBe('html');
    expect(errors(a)).toContain('format/html');
  });
  it('fails empty, JSON and text files named as the model, and unknown binaries', async () => {
    expect(errors(await validateOne('model.onnx', ''))).toContain('format/not-a-model');
    expect(errors(await validateOne('model.json', '{"a":1}'))).toContain('format/not-a-model');
    expect(errors(await validateOne('model.txt', 'These are release notes, not a model.\n'))).toContain('format/not-a-model');
    const unknown = await validateOne('model.bin', Buffer.from([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]));
    expect(unknown.format).toBe('unknown');
    expect(errors(unknown)).toContain('format/unknown');
  });
});

describe('detection by content', () => {
  it('detects formats whatever the name, and reports the mismatch', async () => {
    const a = await validateOne('weights.gguf', irisOnnx());
    expect(a.format).toBe('onnx');
    expect(rules(a, 'warning')).toContain('format/extension-mismatch');
  });
  it('fails a code-capable format hiding behind a data-only extension', async () => {
    const { kerasFile } = await import('./corpus/keras.js');
    const a = await validateOne('model.safetensors', kerasFile());
    expect(a.format).toBe('keras');
    expect(errors(a)).toContain('format/disguised');
  });
});

describe('folders', () => {
  it('validates file by file, lets auxiliary files pass, warns on Python code', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.safetensors', healthySafetensors());
      await s.write('m/config.json', '{"model_type":"bert"}');
      await s.write('m/README.md', '# card');
      await s.write('m/modeling_evil.py', 'import os\n');
      await s.write('m/.git/config', 'x');
      const r = await validatePaths(s.dir, ['m']);
      expect(r.artifacts.map((a) => a.path)).toEqual(['m/README.md', 'm/config.json', 'm/model.safetensors', 'm/modeling_evil.py']);
      expect(r.verdict).toBe('pass');
      expect(rules(r.artifacts[3], 'warning')).toContain('format/python-code');
    } finally {
      await s.cleanup();
    }
  });
  it('in a folder, fails text, JSON or nothing under a model file name (what a loader would open)', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.safetensors', healthySafetensors());
      // A protocol-0 pickle our sniffer cannot place (a module name with a trailing space) reads as text.
      await s.write('m/weights.pkl', "cos \nsystem\n(S'id'\ntR.");
      await s.write('m/model.onnx', '{"not": "onnx"}');
      await s.write('m/notes.txt', 'release notes\n');
      const r = await validatePaths(s.dir, ['m']);
      const byPath = Object.fromEntries(r.artifacts.map((a) => [a.path, a]));
      expect(r.verdict).toBe('fail');
      expect(byPath['m/weights.pkl'].verdict).toBe('fail');
      expect(byPath['m/weights.pkl'].findings.find((f) => f.rule === 'format/not-a-model')?.message).toMatch(/named like a model \(\.pkl\) but the content is text/);
      expect(rules(byPath['m/model.onnx'], 'error')).toContain('format/not-a-model');
      expect(byPath['m/notes.txt'].verdict).toBe('pass');
      expect(byPath['m/model.safetensors'].verdict).toBe('pass');
    } finally {
      await s.cleanup();
    }
  });
  it('fails a folder with no model in it', async () => {
    const s = await scratch();
    try {
      await s.write('m/README.md', '# nothing');
      const r = await validatePaths(s.dir, ['m']);
      expect(r.verdict).toBe('fail');
      expect(r.artifacts.flatMap((a) => errors(a))).toContain('validate/no-model');
    } finally {
      await s.cleanup();
    }
  });
  it('never follows symlinks out of the folder and refuses FIFOs without blocking', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.onnx', irisOnnx());
      await symlink('/etc/passwd', path.join(s.dir, 'm', 'escape.onnx'));
      await symlink('model.onnx', path.join(s.dir, 'm', 'alias.onnx'));
      execFileSync('mkfifo', [path.join(s.dir, 'm', 'pipe.bin')]);
      const r = await validatePaths(s.dir, ['m']);
      const by = (n: string) => r.artifacts.find((a) => a.path.endsWith(n))!;
      expect(errors(by('escape.onnx'))).toContain('walk/symlink-escape');
      expect(rules(by('alias.onnx'), 'warning')).toContain('walk/symlink');
      expect(errors(by('pipe.bin'))).toContain('walk/special-file');
      expect(by('model.onnx').verdict).toBe('pass');
      expect(r.verdict).toBe('fail');
    } finally {
      await s.cleanup();
    }
  });
  it('honours ignore globs', async () => {
    expect(globMatch('**/*.md', 'a/b/README.md')).toBe(true);
    expect(globMatch('*.md', 'a/README.md')).toBe(false);
    expect(globMatch('tokenizer/**', 'tokenizer/x/y.model')).toBe(true);
    const s = await scratch();
    try {
      await s.write('m/model.gguf', healthyGguf());
      await s.write('m/tokenizer.model', Buffer.from([0x0a, 0x05, 0xff, 0x00]));
      expect((await validatePaths(s.dir, ['m'])).verdict).toBe('fail');
      const r = await validatePaths(s.dir, ['m'], { ignore: ['tokenizer.model'] });
      expect(r.verdict).toBe('pass');
      expect(r.artifacts).toHaveLength(1);
    } finally {
      await s.cleanup();
    }
  });
  it('throws a usage error for a path that does not exist', async () => {
    await expect(validatePaths('/tmp', ['/definitely/not/here'])).rejects.toThrow(/no such file/);
  });
});

describe('limits, crashes, timeouts', () => {
  it('fails files over maxFileBytes without reading them', async () => {
    const a = await validateOne('model.onnx', irisOnnx(), { limits: { maxFileBytes: 10 } });
    expect(errors(a)).toEqual(['limits/file-size']);
  });
  it('fails a header over maxHeaderBytes', async () => {
    const a = await validateOne('model.safetensors', healthySafetensors(), { limits: { maxHeaderBytes: '64B' } });
    expect(errors(a)).toContain('safetensors/header-too-large');
  });
  it('turns an analyzer crash or a hang into a failing finding', async () => {
    const s = await scratch();
    try {
      await s.write('x.bin', 'CRASH');
      await s.write('y.bin', 'HANG!');
      const crash: FormatAnalyzer = { format: 'pickle', sniff: (h) => h.toString().startsWith('CRASH'), analyze: async () => { throw new TypeError('boom'); } };
      const hang: FormatAnalyzer = { format: 'pickle', sniff: (h) => h.toString().startsWith('HANG'), analyze: () => new Promise(() => undefined) };
      const settings = resolveValidateSettings({ limits: { timeoutMs: 200 } });
      const r = await validateArtifacts({ paths: ['x.bin', 'y.bin'], cwd: s.dir, settings, analyzers: [crash, hang] });
      expect(errors(r.artifacts[0])).toContain('validate/analyzer-error');
      expect(errors(r.artifacts[1])).toContain('limits/timeout');
      expect(r.verdict).toBe('fail');
    } finally {
      await s.cleanup();
    }
  });
  it('stops nesting at maxArchiveDepth', async () => {
    const s = await scratch();
    try {
      await s.write('n.bin', 'NEST');
      const nest: FormatAnalyzer = {
        format: 'zip',
        sniff: (h) => h.toString().startsWith('NEST'),
        analyze: async (src, ctx) => ({ findings: (await ctx.analyzeNested(src, 'inner.bin')).findings }),
      };
      const settings = resolveValidateSettings({ limits: { maxArchiveDepth: 3 } });
      const r = await validateArtifacts({ paths: ['n.bin'], cwd: s.dir, settings, analyzers: [nest] });
      expect(errors(r.artifacts[0])).toContain('limits/archive-depth');
    } finally {
      await s.cleanup();
    }
  });
  it('fails on warnings when asked', async () => {
    const a = await validateOne('weights.gguf', irisOnnx(), { failOnWarning: true });
    expect(a.verdict).toBe('fail');
  });
});

describe('hashing', () => {
  it('hashes exactly what sha256sum hashes, in memory and streamed', async () => {
    const s = await scratch();
    try {
      const big = Buffer.alloc(70 * 1024 * 1024 + 13, 7);
      healthySafetensors().copy(big, 0);
      const small = await s.write('small.onnx', irisOnnx());
      const large = await s.write('large.bin', big);
      const r = await validatePaths(s.dir, ['small.onnx', 'large.bin']);
      for (const [a, file] of [[r.artifacts[0], small], [r.artifacts[1], large]] as const) {
        expect(a.sha256).toBe(execFileSync('sha256sum', [file]).toString().split(' ')[0]);
      }
      expect(r.artifacts[1].size).toBe(big.length);
    } finally {
      await s.cleanup();
    }
  });
});
