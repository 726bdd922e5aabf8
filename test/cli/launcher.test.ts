import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';

// The package's `modelship` (dist/cli/modelship.cjs, from src/cli/launcher.cjs) answers --version and help
// from text the build recorded (dist/cli/help.json) and hands everything else to the CLI bundle.
const DIST = path.resolve('dist/cli');
const LAUNCHER = path.join(DIST, 'modelship.cjs');
const table = JSON.parse(readFileSync(path.join(DIST, 'help.json'), 'utf8')) as Record<string, string>;
const { recorded } = createRequire(import.meta.url)(path.resolve('src/cli/launcher.cjs')) as {
  recorded: (argv: string[], isTTY: boolean, table: Record<string, string>) => string | undefined;
};

const run = (file: string, argv: string[], cwd = process.cwd()) => spawnSync(process.execPath, [file, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });

describe('the modelship launcher', () => {
  it('is the package\'s bin, and the build copies it from src/cli/launcher.cjs unchanged', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).bin).toEqual({ modelship: 'dist/cli/modelship.cjs' });
    expect(readFileSync(LAUNCHER, 'utf8')).toBe(readFileSync('src/cli/launcher.cjs', 'utf8'));
  });

  it('has recorded --version, --help and `<command> --help` of every command in the CLI\'s table', () => {
    const names = COMMANDS.flatMap((group) => Object.keys(group.commands));
    expect(Object.keys(table).sort()).toEqual(['--version', '-V', '--help', '-h', ...names.flatMap((n) => [`${n} --help`, `${n} -h`])].sort());
  });

  it.each(Object.keys(table).filter((k) => /^(--version|--help|validate --help|deploy -h|config --help|batch --help)$/.test(k)))('prints for `%s` exactly what the CLI bundle prints', (key) => {
    const direct = run(path.join(DIST, 'index.js'), key.split(' '));
    const launched = run(LAUNCHER, key.split(' '));
    expect(direct.status).toBe(0);
    expect(launched).toMatchObject({ status: 0, stdout: direct.stdout, stderr: direct.stderr });
    expect(table[key]).toBe(direct.stdout);
  });

  it('hands every other command line to the CLI bundle, with its output and exit code', () => {
    const refused = run(LAUNCHER, ['validate', 'no-such-model.onnx']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no such file or folder: no-such-model.onnx');
    const checked = run(LAUNCHER, ['config', 'check', '--format', 'json'], path.resolve('examples/iris'));
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).valid).toBe(true);
    const sub = run(LAUNCHER, ['config', 'check', '--help']);
    expect(sub).toMatchObject({ status: 0, stdout: run(path.join(DIST, 'index.js'), ['config', 'check', '--help']).stdout });
  });

  it('answers only exact recorded lines, and on a terminal only the version (commander fits help to its width)', () => {
    const t = { '--help': 'HELP', '--version': '1.2.3\n', 'validate --help': 'V' };
    expect(recorded(['--help'], false, t)).toBe('HELP');
    expect(recorded(['validate', '--help'], false, t)).toBe('V');
    expect(recorded(['--help'], true, t)).toBeUndefined();
    expect(recorded(['--version'], true, t)).toBe('1.2.3\n');
    expect(recorded([], false, t)).toBeUndefined();
    expect(recorded(['--help', '--quiet'], false, t)).toBeUndefined();
    expect(recorded(['validate', '--help', 'x'], false, t)).toBeUndefined();
    expect(recorded(['constructor'], false, t)).toBeUndefined();
    expect(recorded(['__proto__'], false, t)).toBeUndefined();
  });
});
