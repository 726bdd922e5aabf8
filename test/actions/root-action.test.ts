import { describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}
interface ActionFile {
  description: string;
  inputs?: Record<string, ActionInput>;
}

const ROOT = process.cwd();
const read = (rel: string) => parse(readFileSync(path.join(ROOT, rel), 'utf8')) as ActionFile;
const root = read('action.yml');
const actions = readdirSync(path.join(ROOT, 'actions'))
  .filter((name) => readdirSync(path.join(ROOT, 'actions', name)).includes('action.yml'))
  .sort()
  .map((name) => ({ name, file: read(`actions/${name}/action.yml`) }));

describe('the root action (uses: modelship/modelship@v1)', () => {
  it('finds the per-capability actions', () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['benchmark', 'config-check', 'deploy', 'gate', 'validate']));
  });

  // GitHub passes only declared inputs without an "Unexpected input" warning; the root runs every action's body.
  it.each(actions.map((a) => [a.name, a.file] as const))('declares every input of actions/%s', (_name, file) => {
    const missing = Object.keys(file.inputs ?? {}).filter((input) => root.inputs?.[input] === undefined);
    expect(missing).toEqual([]);
  });

  it('never gives an input a default that differs from the default of an action that reads it', () => {
    const conflicts: string[] = [];
    for (const [input, spec] of Object.entries(root.inputs ?? {})) {
      for (const { name, file } of actions) {
        const own = file.inputs?.[input];
        if (own === undefined || input === 'command') continue;
        const ownDefault = own.default ?? '';
        if ((spec.default ?? '') !== ownDefault) conflicts.push(`${input}: root ${JSON.stringify(spec.default)} vs actions/${name} ${JSON.stringify(own.default)}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('names, in the description of `command`, every command it dispatches (the registry and the deploy commands)', async () => {
    const { ACTIONS } = await import('../../src/actions/registry.js');
    const description = root.inputs?.command?.description ?? '';
    const named = (command: string) => new RegExp(`(^|[\\s,:(])${command}([\\s,).]|$)`).test(description);
    expect([...Object.keys(ACTIONS), 'promote', 'rollback', 'status', 'lock', 'unlock'].filter((c) => !named(c))).toEqual([]);
  });
});

describe('the root action dispatch', () => {
  it('runs the deploy action for promote, rollback, status, lock and unlock (it reads its command from the same input)', async () => {
    const ran: string[] = [];
    const fake = (name: string) => async () => ({ name, run: async () => void ran.push(name) });
    jest.unstable_mockModule('../../src/actions/registry.js', () => ({ ACTIONS: { deploy: fake('deploy'), gate: fake('gate') } }));
    const { umbrellaAction } = await import('../../src/actions/umbrella.js');
    const { Inputs } = await import('../../src/actions/runtime/inputs.js');
    const ctxFor = (command: string) => ({ inputs: new Inputs((name) => (name === 'command' ? command : '')) }) as unknown as Parameters<typeof umbrellaAction.run>[0];
    for (const command of ['promote', 'rollback', 'status', 'lock', 'unlock', 'deploy', 'gate']) await umbrellaAction.run(ctxFor(command));
    expect(ran).toEqual(['deploy', 'deploy', 'deploy', 'deploy', 'deploy', 'deploy', 'gate']);
    await expect(umbrellaAction.run(ctxFor('promte'))).rejects.toThrow(/expected one of deploy, gate, promote, rollback, status/);
  });
});
