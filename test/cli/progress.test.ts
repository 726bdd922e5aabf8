import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { terminalProgress } from '../../src/cli/progress.js';
import { runCli } from '../../src/cli/program.js';
import { fakeStream } from '../support/fake-terminal.js';

const IRIS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v1/model.onnx');
// Control sequences out, so assertions read what a person sees.
const visible = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '');

describe('progress on a terminal, and nothing anywhere else', () => {
  it('draws a bar with the label, the share done and the note on a terminal, and clears it when the task stops', async () => {
    const tty = fakeStream(true);
    const progress = await terminalProgress(tty, true);
    progress.start('validate', 100 * 1024 * 1024, 'bytes');
    progress.update(50 * 1024 * 1024, 'models/big.safetensors');
    progress.stop();
    const seen = visible(tty.text());
    expect(seen).toMatch(/validate \[[^\]]+\] 0% 0\.0 MiB\/100 MiB/);
    expect(seen).toMatch(/validate \[[^\]]+\] 50% 50 MiB\/100 MiB \| models\/big\.safetensors/);
    // Cleared when it stops: the last thing written erases the line.
    expect(tty.text().endsWith('\x1b[2K')).toBe(true);
  });

  it('shares the terminal with lines printed meanwhile: cleared before each, never jumping back to where it began', async () => {
    const tty = fakeStream(true);
    const progress = await terminalProgress(tty, true);
    progress.start('demo', 3, 'steps');
    progress.clear();
    tty.write('[1] validate\n');
    progress.update(1, 'score');
    progress.stop();
    const text = tty.text();
    // Cleared (column 1, erase line) right before the printed line; no save/restore of the cursor position.
    expect(text).toContain('\x1b[1G\x1b[2K[1] validate\n');
    expect(text).not.toContain('\x1b7');
    expect(text).not.toContain('\x1b8');
  });

  it('changes no terminal mode and adds no signal handler, so Ctrl-C ends the run and leaves the terminal sane', async () => {
    const tty = fakeStream(true);
    const listeners = process.listenerCount('SIGINT');
    const progress = await terminalProgress(tty, true);
    progress.start('bench', 5, 'trials');
    expect(process.listenerCount('SIGINT')).toBe(listeners);
    progress.stop();
    // No line-wrap switch (ESC[?7l / ?7h) and no cursor hiding (ESC[?25l).
    expect(tty.text()).not.toMatch(/\x1b\[\?(7|25)[lh]/);
  });

  it('writes nothing when the stream is not a terminal (a CI log, a pipe)', async () => {
    const pipe = fakeStream(false);
    const progress = await terminalProgress(pipe, true);
    progress.start('bench', 10, 'trials');
    progress.update(5, 'iris batch 1');
    progress.clear();
    progress.stop();
    expect(pipe.text()).toBe('');
  });

  it('writes nothing on a terminal when progress is not wanted (--format json, -q)', async () => {
    const tty = fakeStream(true);
    const progress = await terminalProgress(tty, false);
    progress.start('demo', 9, 'steps');
    progress.update(3, 'bench');
    progress.stop();
    expect(tty.text()).toBe('');
  });

  describe('modelship validate', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-progress-'));
      await copyFile(IRIS, path.join(dir, 'model.onnx'));
    });
    afterAll(async () => rm(dir, { recursive: true, force: true }));

    async function validate(args: string[], stderrIsTTY: boolean) {
      const progressStream = fakeStream(stderrIsTTY);
      let stdout = '';
      let stderr = '';
      const code = await runCli(['validate', 'model.onnx', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, env: {}, isTTY: false, progressStream });
      return { code, stdout, stderr, progress: progressStream.text() };
    }

    it('shows the bytes validated on a terminal, the report unchanged on stdout', async () => {
      const withBar = await validate([], true);
      const without = await validate([], false);
      expect(withBar.code).toBe(0);
      expect(visible(withBar.progress)).toMatch(/validate \[[^\]]+\] 100% .*\| model\.onnx/);
      expect(withBar.stdout).toBe(without.stdout);
    });

    it('shows nothing with --format json, even on a terminal, and the JSON stays clean', async () => {
      const r = await validate(['--format', 'json'], true);
      expect(r.code).toBe(0);
      expect(r.progress).toBe('');
      expect(JSON.parse(r.stdout).verdict).toBe('pass');
    });

    it('shows nothing when stderr is not a terminal', async () => {
      const r = await validate([], false);
      expect(r.code).toBe(0);
      expect(r.progress).toBe('');
    });
  });
});

describe('the CLI context', () => {
  it('draws a bar a command starts at once: execute waits for the bar library before the body runs', async () => {
    const { Command } = await import('commander');
    const { contextFor, execute } = await import('../../src/cli/context.js');
    const tty = fakeStream(true);
    const command = new Command('x').option('-f, --format <format>', 'format', 'text');
    command.parse([], { from: 'user' });
    const ctx = contextFor(command, { stdout: () => {}, stderr: () => {}, cwd: os.tmpdir(), env: {}, isTTY: false, progressStream: tty });
    const code = await execute(ctx, async () => {
      ctx.progress.start('task', 2, 'steps');
      ctx.progress.update(1, 'first');
      ctx.progress.stop();
      return { exitCode: 0, json: {}, text: '' };
    });
    expect(code).toBe(0);
    expect(visible(tty.text())).toMatch(/task \[[^\]]+\] 50% 1\/2 \| first/);
  });
});
