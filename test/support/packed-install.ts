import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs this repository with `npm pack` (exactly what `npm publish` would upload) and installs the tarball
 * into a new empty project, as a user does. The install is offline: the project's lockfile pins the packed
 * package's runtime dependencies to the versions and integrity hashes of this repository's lockfile, so npm
 * takes them from the cache `npm ci` filled. Returns the project folder and how to run its `modelship`.
 */
export function installPackedTarball(): { project: string; tarball: string; bin: string; files: string[] } {
  const work = mkdtempSync(path.join(tmpdir(), 'modelship-pack-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = path.join(work, packed[0].filename);
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

  const project = path.join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  const dependency = `file:${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'user-project', version: '1.0.0', dependencies: { modelship: dependency } },
    'node_modules/modelship': { version: manifest.version, resolved: dependency, dependencies: manifest.dependencies, bin: manifest.bin },
  };
  const pending = Object.keys(manifest.dependencies ?? {});
  while (pending.length) {
    const name = pending.pop()!;
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const entry = lock.packages[key];
    if (!entry) throw new Error(`package-lock.json has no ${key}: run npm install`);
    packages[key] = entry;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true, dependencies: { modelship: dependency } }, null, 2));
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
  try {
    execFileSync(npm, ['ci', '--offline', '--no-audit', '--no-fund'], {
      cwd: project,
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '');
    throw new Error(`npm ci of the packed tarball failed (the npm cache needs the dependencies: run 'npm ci' in the repository first):\n${stderr}`);
  }
  return { project, tarball, bin: path.join(project, 'node_modules', '.bin', 'modelship'), files: packed[0].files.map((f) => f.path) };
}
