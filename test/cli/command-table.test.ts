import { describe, expect, it } from '@jest/globals';
import { Command, Help } from 'commander';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli } from '../support/cli.js';

const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), env: {}, isTTY: false };
const allNames = COMMANDS.flatMap((group) => Object.keys(group.commands));

// `modelship --help` lists the commands from this table without loading their files (test/cli/lazy-commands.test.ts).
describe('the CLI command table', () => {
  it.each(COMMANDS.map((group) => [Object.keys(group.commands).join(', '), group] as const))('lists what its file registers: %s', async (_names, group) => {
    const program = new Command('modelship');
    (await group.load())(program, io, () => {});
    const help = new Help();
    const registered = Object.fromEntries(program.commands.map((c) => [c.name(), [help.subcommandTerm(c), help.subcommandDescription(c)]]));
    // On a mismatch the received side is the entry to write in src/cli/commands/index.ts.
    expect(registered).toEqual(group.commands);
  });

  it('names each top-level command once', () => {
    expect(new Set(allNames).size).toBe(allNames.length);
  });

  it('gives `modelship --help` as the program with every command file loaded prints it', async () => {
    const fromTable = await cli(['--help']);
    expect(fromTable.code).toBe(0);
    // `--help` before the names: commander prints the program's help and leaves the names unread, but each
    // name in argv loads its file.
    const fromFiles = await cli(['--help', ...allNames]);
    expect(fromFiles.code).toBe(0);
    expect(fromTable.stdout).toBe(fromFiles.stdout);
    for (const group of COMMANDS) {
      for (const [term, summary] of Object.values(group.commands)) expect(fromTable.stdout).toMatch(new RegExp(`^  ${escape(term)} +${escape(summary)}$`, 'm'));
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
