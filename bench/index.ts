// `npm run bench`: runs every bench/*.bench.ts suite (or those named on the command line) and prints ratios.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { meets, type BenchRow, type BenchSuite } from './harness.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
for (const file of files) {
  const suite = (await import(pathToFileURL(path.join(dir, file)).href)).default as BenchSuite;
  if (wanted.length && !wanted.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}`);
  let rows: BenchRow[];
  try {
    rows = await suite.run();
  } catch (err) {
    console.log(`  error: ${(err as Error).message}`);
    failed++;
    continue;
  }
  for (const r of rows) {
    const target = [r.target.max !== undefined ? `<= ${r.target.max}` : '', r.target.min !== undefined ? `>= ${r.target.min}` : ''].filter(Boolean).join(' and ');
    const ok = meets(r);
    if (!ok) failed++;
    console.log(
      `  ${ok ? 'ok  ' : 'MISS'} ${r.name}: ratio ${r.ratio.toFixed(3)} (target ${target}); ours ${r.value.toFixed(2)} ${r.unit} vs reference ${r.reference.toFixed(2)} ${r.unit}${r.note ? ` — ${r.note}` : ''}`,
    );
  }
}
console.log(failed ? `\n${failed} figure(s) missed their target` : '\nall figures met their targets');
process.exitCode = failed ? 1 : 0;
