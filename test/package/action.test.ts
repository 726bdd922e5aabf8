import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageAction } from '../../src/actions/package.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import { createRunner } from '../../src/actions/runtime/runner.js';
import { registryMissing, startRegistry, type TestRegistry } from './registry-harness.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');

(registryMissing ? describe.skip : describe)(`package action against docker-registry with htpasswd over TLS${registryMissing ? ` (skipped: ${registryMissing})` : ''}`, () => {
  let registry: TestRegistry;
  let workspace: string;
  beforeAll(async () => {
    for (const m of ['../../src/core/config.js', '../../src/package/ship.js']) await import(m);
    registry = await startRegistry({ auth: true, tls: true });
    workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-package-action-'));
    await cp(EXAMPLE, workspace, { recursive: true });
    await writeFile(path.join(workspace, 'ca.pem'), registry.ca!);
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
    await rm(workspace, { recursive: true, force: true });
    process.exitCode = 0;
  });

  async function action(inputs: Record<string, string>) {
    const files = { GITHUB_OUTPUT: path.join(workspace, 'output'), GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md') };
    await writeFile(files.GITHUB_OUTPUT, '');
    await writeFile(files.GITHUB_STEP_SUMMARY, '');
    const env: NodeJS.ProcessEnv = { ...files, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, HOME: workspace, SOURCE_DATE_EPOCH: '1767225600', MODELSHIP_REGISTRY_CA: path.join(workspace, 'ca.pem') };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const lines: string[] = [];
    process.exitCode = 0;
    await runActionSpec(packageAction, env, createRunner(env, (l) => lines.push(l)));
    const failed = process.exitCode === 1;
    process.exitCode = 0;
    return { failed, lines, output: await readFile(files.GITHUB_OUTPUT, 'utf8'), summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8') };
  }

  it('packages and pushes with the given credentials, masks the password, outputs the digest reference', async () => {
    const r = await action({ model: 'iris@2.0.0', repository: `${registry.host}/models/iris`, 'registry-username': registry.user!, 'registry-password': registry.password! });
    expect(r.lines.filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.lines).toContain(`::add-mask::${registry.password}`);
    const reference = /^reference<<\S+\n(.+)\n/m.exec(r.output)?.[1];
    expect(reference).toMatch(new RegExp(`^oci://127\\.0\\.0\\.1:\\d+/models/iris@sha256:[0-9a-f]{64}$`));
    expect(r.summary).toContain(reference);
    const report = JSON.parse(await readFile(/^report<<\S+\n(.+)\n/m.exec(r.output)![1], 'utf8'));
    expect(report).toMatchObject({ model: 'iris', version: '2.0.0', tag: '2.0.0', artifactType: 'application/vnd.cncf.model.manifest.v1+json' });
    expect(JSON.stringify(report)).not.toContain(registry.password);
  });

  it('fails the step with the registry\'s reason when the password is wrong', async () => {
    const r = await action({ model: 'iris@2.0.0', repository: `${registry.host}/models/iris`, 'registry-username': registry.user!, 'registry-password': 'wrong' });
    expect(r.failed).toBe(true);
    expect(r.lines.join('\n')).toMatch(/::error::.*HTTP 401/);
  });
});
