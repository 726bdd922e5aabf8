import { describe, expect, it, jest } from '@jest/globals';
import type { Command } from 'commander';

// These command files are replaced by registrations that note when they run: what a command line loads shows.
const registered: string[] = [];
const FAKES: Record<string, { file: string; names: string[] }> = {
  registerDeployCommands: { file: 'deploy.js', names: ['deploy', 'promote', 'rollback', 'adopt', 'status', 'lock', 'unlock'] },
  registerOptimizeCommand: { file: 'optimize.js', names: ['optimize'] },
  registerPackageCommands: { file: 'package.js', names: ['package', 'push', 'pull'] },
};
for (const [register, { file, names }] of Object.entries(FAKES)) {
  jest.unstable_mockModule(`../../src/cli/commands/${file}`, () => ({
    [register]: (program: Command, _io: unknown, done: (code: number) => void) => {
      registered.push(file);
      for (const name of names) program.command(name).argument('[rest...]').action(() => done(0));
    },
  }));
}
const { cli } = await import('../support/cli.js');

describe('start-up loads only the commands argv names', () => {
  it('lists every command in `modelship --help` without loading their files', async () => {
    registered.length = 0;
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}deploy \[options\] <environment> \[version\] +deploy a model version/m);
    expect(help.stdout).toMatch(/^ {2}pull \[options\] <reference> +pull registry/m);
    expect(registered).toEqual([]);
  });

  it('loads the file of the command run, and only that one', async () => {
    registered.length = 0;
    const help = await cli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: modelship serve [options]');
    expect(registered).toEqual([]);
    const deploy = await cli(['-f', 'json', 'deploy', 'staging']);
    expect(deploy.code).toBe(0);
    expect(registered).toEqual(['deploy.js']);
  });

  it('still suggests the command meant by a mistyped name, with exit 2', async () => {
    registered.length = 0;
    const typo = await cli(['deplyo', 'staging']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown command 'deplyo'");
    expect(typo.stderr).toContain('(Did you mean deploy?)');
    expect(registered).toEqual([]);
  });
});
