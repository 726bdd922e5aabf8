import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// The house rules in .dependency-cruiser.cjs, run on a small tree that breaks each of them once and keeps
// each exception once: every rule must fire where it should and stay quiet where the house allows it.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
  // Allowed: a capability uses core and itself; github talks to Octokit; actions use @actions/*; the demo
  // imports a capability; the listed program starters start programs.
  'src/core/errors.ts': 'export class ModelshipError extends Error {}\n',
  'src/gate/run.ts': "import { ModelshipError } from '../core/errors.js';\nexport const run = () => new ModelshipError();\n",
  'src/github/client.ts': "import { retry } from '@octokit/plugin-retry';\nimport * as github from '@actions/github';\nexport const client = [retry, github];\n",
  'src/actions/gate.ts': "import * as core from '@actions/core';\nimport { run } from '../gate/run.js';\nexport const action = [core, run];\n",
  'src/demo/steps/gate.ts': "import { run } from '../../gate/run.js';\nexport const step = run;\n",
  'src/bench/runners/command.ts': "import { execFile } from 'node:child_process';\nexport const start = execFile;\n",
  'src/core/git/runner.ts': "import { spawn } from 'node:child_process';\nexport const git = spawn;\n",
  // Forbidden, once each.
  'src/gate/render.ts': "import * as core from '@actions/core';\nimport { step } from '../demo/steps/gate.js';\nimport { action } from '../actions/gate.js';\nexport const render = [core, step, action];\n",
  'src/core/config.ts': "import { run } from '../gate/run.js';\nexport const config = run;\n",
  'src/deploy/github.ts': "import { retry } from '@octokit/plugin-retry';\nexport const deployer = retry;\n",
  'src/score/evidence/git.ts': "import { execFile } from 'node:child_process';\nexport const git = execFile;\n",
  'src/serve/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/serve/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** node_modules paths differ by machine (the fixture links the project's): keep the package name. */
function shorten(to: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(to);
  return m ? m[1] : to;
}

describe('the dependency rules (.dependency-cruiser.cjs)', () => {
  let dir: string;
  let violations: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-depcruise-'));
    for (const [file, text] of Object.entries(TREE)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const args = [CLI, 'src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--no-cache', '--output-type', 'json'];
    // Exit code 1..n is the number of errors: the report is on stdout either way.
    const stdout = await promisify(execFile)(process.execPath, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
      (r) => r.stdout,
      (err: { stdout?: string }) => err.stdout ?? '',
    );
    const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
    violations = report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${shorten(v.to)}`).sort();
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports exactly the broken rules, and none of the allowed imports', () => {
    expect(violations).toEqual(
      [
        'capability-not-to-surfaces: src/gate/render.ts -> @actions/core',
        'capability-not-to-surfaces: src/gate/render.ts -> src/actions/gate.ts',
        'capability-not-to-surfaces: src/gate/render.ts -> src/demo/steps/gate.ts',
        'child-process-only-where-allowed: src/score/evidence/git.ts -> child_process',
        'core-not-to-capability: src/core/config.ts -> src/gate/run.ts',
        'no-circular: src/serve/a.ts -> src/serve/b.ts',
        'octokit-only-in-github: src/deploy/github.ts -> @octokit/plugin-retry',
      ].sort(),
    );
  });
});
