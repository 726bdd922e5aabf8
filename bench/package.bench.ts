// OCI push and pull of a large model against a local docker-registry, side by side with `skopeo copy` of the
// same artifact in the same run: ratio of throughput, target >= 0.9; and the memory growth of our push and
// pull (streamed: it must stay far below the model's size). MODELSHIP_BENCH_OCI_MIB sets the size (1024).
import { randomFillSync } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildPackage } from '../src/package/build.js';
import { OciLayout } from '../src/package/layout.js';
import { RegistryClient } from '../src/package/registry/client.js';
import { pullToLayout, pushLayout } from '../src/package/transfer.js';
import { registryMissing, startRegistry } from '../test/package/registry-harness.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;

async function randomFile(file: string, size: number): Promise<void> {
  // Incompressible, written block by block without holding the file in memory.
  const handle = await open(file, 'w');
  const block = Buffer.alloc(4 * MiB);
  for (let written = 0; written < size; written += block.length) {
    randomFillSync(block);
    await handle.write(block, 0, Math.min(block.length, size - written));
  }
  await handle.close();
}

/** Peak RSS growth (MiB) while fn runs, sampled every 5 ms. */
async function peakGrowth(fn: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return (Math.max(peak, process.memoryUsage().rss) - base) / MiB;
}

const suite: BenchSuite = {
  name: 'package',
  async run(): Promise<BenchRow[]> {
    if (registryMissing) throw new Error(registryMissing);
    const mib = Number(process.env.MODELSHIP_BENCH_OCI_MIB ?? 1024);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'modelship-bench-oci-'));
    const registry = await startRegistry();
    try {
      await randomFile(path.join(dir, 'model.bin'), mib * MiB);
      const built = await buildPackage({ model: 'big', version: '1.0.0', artifact: path.join(dir, 'model.bin'), created: '2026-01-01T00:00:00Z' }, path.join(dir, 'layout'));
      const layout = await OciLayout.open(built.layout);
      const client = new RegistryClient({ registry: registry.host, plainHttp: true });
      let trial = 0;
      let pushGrowth = 0;
      let pullGrowth = 0;
      // Each push goes to an empty registry: no blob to skip or mount (skopeo's blob-info cache would mount
      // from an earlier trial's repository otherwise), both tools upload every byte.
      const timedPush = async (push: (host: string) => Promise<unknown>): Promise<number> => {
        const empty = await startRegistry();
        try {
          return await medianMs(1, () => push(empty.host));
        } finally {
          await empty.stop();
        }
      };
      const oursPush = () =>
        timedPush(async (host) => {
          const c = new RegistryClient({ registry: host, plainHttp: true });
          pushGrowth = Math.max(pushGrowth, await peakGrowth(() => pushLayout(c, layout, '1.0.0', { registry: host, repository: 'ours/push', tag: '1.0.0' })));
          await c.close();
        });
      const skopeoPush = () => timedPush((host) => run('skopeo', ['--insecure-policy', 'copy', '--quiet', '--dest-tls-verify=false', `oci:${layout.dir}:1.0.0`, `docker://${host}/theirs/push:1.0.0`]));
      const oursPull = async () => {
        const target = path.join(dir, `pulled-${trial++}`);
        pullGrowth = Math.max(pullGrowth, await peakGrowth(async () => pullToLayout(client, { registry: registry.host, repository: 'ours/push0', tag: '1.0.0' }, await OciLayout.create(target))));
        rmSync(target, { recursive: true, force: true });
      };
      const skopeoPull = async () => {
        const target = path.join(dir, `pulled-${trial++}`);
        await run('skopeo', ['--insecure-policy', 'copy', '--quiet', '--src-tls-verify=false', `docker://${registry.host}/ours/push0:1.0.0`, `oci:${target}:1.0.0`]);
        rmSync(target, { recursive: true, force: true });
      };
      // The artifact the pulls read, then interleaved trials, median of 3 each, after a warm-up of each.
      await pushLayout(client, layout, '1.0.0', { registry: registry.host, repository: 'ours/push0', tag: '1.0.0' });
      await oursPush();
      await skopeoPush();
      await oursPull();
      await skopeoPull();
      const pushOurs: number[] = [];
      const pushTheirs: number[] = [];
      const pullOurs: number[] = [];
      const pullTheirs: number[] = [];
      for (let i = 0; i < 3; i++) {
        pushOurs.push(await oursPush());
        pushTheirs.push(await skopeoPush());
        pullOurs.push(await medianMs(1, oursPull));
        pullTheirs.push(await medianMs(1, skopeoPull));
      }
      await client.close();
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
      const rate = (ms: number) => mib / (ms / 1000);
      return [
        { name: `OCI push of a ${mib} MiB model vs skopeo copy`, value: rate(median(pushOurs)), reference: rate(median(pushTheirs)), unit: 'MiB/s', ratio: median(pushTheirs) / median(pushOurs), target: { min: 0.9 } },
        { name: `OCI pull of a ${mib} MiB model vs skopeo copy`, value: rate(median(pullOurs)), reference: rate(median(pullTheirs)), unit: 'MiB/s', ratio: median(pullTheirs) / median(pullOurs), target: { min: 0.9 } },
        { name: `peak RSS growth of push and pull vs the model's size`, value: Math.max(pushGrowth, pullGrowth), reference: mib, unit: 'MiB', ratio: Math.max(pushGrowth, pullGrowth) / mib, target: { max: mib >= 512 ? 0.1 : 0.5 }, note: `push ${pushGrowth.toFixed(0)} MiB, pull ${pullGrowth.toFixed(0)} MiB: streamed, never buffered whole` },
      ];
    } finally {
      await registry.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
