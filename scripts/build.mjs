#!/usr/bin/env node
// Bundles each action entry (src/actions/entries/<name>.ts -> dist/<name>/index.js) and the CLI
// (src/cli/index.ts -> dist/cli/index.js) with ncc. dist/ is committed: actions run it directly.
// Each entry is one line calling the `run()` its action module exports (src/actions/<name>.ts; the root
// action's is umbrella.ts), as in actions/typescript-action: @github/local-action imports that module and
// calls run().
// onnxruntime-node stays external: it is a native binding (the benchmark action installs it).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, rmSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const entries = readdirSync(path.join(root, 'src/actions/entries'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ name: f.replace(/\.ts$/, ''), file: `src/actions/entries/${f}` }));
entries.push({ name: 'cli', file: 'src/cli/index.ts' });

const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const { name, file } of entries) {
  if (only.length && !only.includes(name)) continue;
  const out = path.join(root, 'dist', name);
  if (existsSync(out)) rmSync(out, { recursive: true });
  execFileSync(process.execPath, [ncc, 'build', file, '-o', `dist/${name}`, '-e', 'onnxruntime-node', '--target', 'es2022', '-q'], {
    cwd: root,
    stdio: 'inherit',
  });
  // onnxruntime-web (optimize's browser-runtime check) loads its WebAssembly build at run time from
  // env.wasm.wasmPaths; src/optimize/web-runtime.ts looks beside the bundle first.
  if (name === 'cli' || name === 'optimize') {
    for (const file of ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs']) copyFileSync(path.join(root, 'node_modules/onnxruntime-web/dist', file), path.join(out, file));
  }
  if (name === 'cli') {
    const bin = path.join(out, 'index.js');
    const code = readFileSync(bin, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(bin, `#!/usr/bin/env node\n${code}`);
    recordHelp(out);
  }
  console.log(`built dist/${name}`);
}

/**
 * The launcher (src/cli/launcher.cjs, the package's `modelship`) and what it answers without starting the
 * CLI: `--version`, `--help` and `<command> --help`, as the CLI bundle itself prints them on a pipe.
 */
function recordHelp(out) {
  const bin = path.join(out, 'index.js');
  const top = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  const section = top.slice(top.indexOf('\nCommands:\n'));
  const commands = [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
  const table = {};
  for (const argv of [['--version'], ['-V'], ['--help'], ['-h'], ...commands.flatMap((c) => [[c, '--help'], [c, '-h']])]) {
    table[argv.join(' ')] = execFileSync(process.execPath, [bin, ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  }
  writeFileSync(path.join(out, 'help.json'), `${JSON.stringify(table, null, 1)}\n`);
  copyFileSync(path.join(root, 'src/cli/launcher.cjs'), path.join(out, 'modelship.cjs'));
  chmodSync(path.join(out, 'modelship.cjs'), 0o755);
}
