// One `batch run` in its own process for the batch bench's memory figure: prints its peak RSS.
// Usage: node --import tsx bench/support/batch-rss.ts MODEL INPUT OUTPUT_DIR INPUT_NAME COL,COL,... [I/N]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listInputs } from '../../src/batch/inputs.js';
import { runBatch } from '../../src/batch/run.js';

const [modelFile, input, outputDir, inputName, columns, shard = '0/1'] = process.argv.slice(2);
const [index, count] = shard.split('/').map(Number);
const bytes = readFileSync(modelFile);
const model = { name: 'bench', version: '1.0.0', sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
await runBatch(model, {
  inputs: await listInputs(input, process.cwd()), inputSpec: input, outputDir, outputFormat: 'csv', columns: { [inputName]: columns.split(',') },
  passthrough: ['id'], chunkRows: 10_000, batchRows: 1024, maxErrorRate: 0, shard: { index, count }, resume: false, workers: 1,
});
// VmHWM is this process's own peak: getrusage's maxRSS keeps the parent's peak across fork and exec on Linux,
// so a child of a large bench process would report the bench's size.
const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
process.stdout.write(`${JSON.stringify({ maxRssKiB: hwm === undefined ? process.resourceUsage().maxRSS : Number(hwm) })}\n`);
