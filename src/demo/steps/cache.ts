import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatRoutingFile, nextRoutingFile } from '../../core/routing-file.js';
import { startServer } from '../../serve/server.js';
import type { DemoStep } from '../step.js';

const sum = (text: string, name: string, labels: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && labels.split(',').every((x) => l.includes(x)))
    .reduce((s, l) => s + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);

/**
 * The prediction cache on a repository of its own (v1 and v2 of the example): with `cache: { maxBytes }` a
 * repeated request is answered from the cache with the model's exact bytes; a rollback from v2 to v1 drops
 * v2's answers at once, and the same request is then answered by v1's model.
 */
export const cacheDemoStep: DemoStep = {
  id: 'cache',
  title: 'Cache predictions in serve (models.iris.cache) and drop them on rollback',
  async run(ctx) {
    const root = path.join(ctx.workDir, 'cache-repository');
    for (const [version, folder] of [['1.0.0', 'iris-v1'], ['2.0.0', 'iris-v2']]) {
      const dir = path.join(root, 'iris', version);
      const bytes = await readFile(path.join(ctx.projectDir, `models/${folder}/model.onnx`));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'model.onnx'), bytes);
      await writeFile(path.join(dir, 'SHA256SUMS'), `${sha256}  model.onnx\n`);
      await writeFile(path.join(dir, 'metadata.json'), JSON.stringify({ model: 'iris', version, sha256, format: 'onnx', deployedAt: new Date().toISOString() }));
    }
    let generation = 0;
    const route = async (stable: string, previous: string | null) => {
      const file = path.join(root, 'iris', 'routing.json');
      await writeFile(`${file}.tmp`, formatRoutingFile(nextRoutingFile('iris', { stable, candidate: null, previous, weights: { [stable]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct' }, generation++, new Date())));
      await rename(`${file}.tmp`, file);
    };
    await route('2.0.0', '1.0.0');
    const server = await startServer({ repository: root, port: 0, pollMs: 50, cache: { iris: { maxBytes: 1 << 20, ttl: '10m' } } });
    try {
      const body = JSON.stringify({ id: 'demo', inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [6.1, 2.8, 4.7, 1.2] }] });
      const infer = async () => {
        const r = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        const bytes = Buffer.from(await r.arrayBuffer());
        return { status: r.status, cache: r.headers.get('x-modelship-cache'), bytes, version: (JSON.parse(String(bytes)) as { model_version?: string }).model_version };
      };
      const metrics = async () => (await server.metrics.exposition()).body;
      const miss = await infer();
      const hit = await infer();
      await route('1.0.0', '2.0.0');
      // As the watch would, now (a scan already running when routing.json changed may have read the old one).
      for (let i = 0; i < 100 && server.catalog.models.get('iris')?.state?.routing.stable !== '1.0.0'; i++) await server.reload();
      const after = await infer();
      const end = await metrics();
      const identical = hit.bytes.equals(miss.bytes);
      const dropped = sum(end, 'modelship_cache_evictions_total', 'reason="retired"');
      const ok = miss.status === 200 && miss.cache === 'miss' && hit.cache === 'hit' && identical && after.version === '1.0.0' && after.cache === 'miss' && dropped >= 1;
      ctx.log(`    v2.0.0: first answer ${miss.cache}, repeat ${hit.cache} (${identical ? 'byte-identical' : 'DIFFERENT'}); rollback to 1.0.0 dropped ${dropped} answer(s); the same request then: ${after.cache} from ${after.version}`);
      const lines = end.split('\n').filter((l) => l.startsWith('modelship_cache_'));
      return {
        ok,
        summary: `a repeated request was answered from the cache with the model's exact bytes; the rollback to 1.0.0 dropped 2.0.0's answers (${dropped})`,
        markdown: [
          '`models.iris.cache: { maxBytes: 1048576, ttl: 10m }`, served with 2.0.0 stable and 1.0.0 kept as `previous`:',
          '',
          '| Request | Answered by | `x-modelship-cache` | Bytes |',
          '| --- | --- | --- | --- |',
          `| first | ${miss.version} | ${miss.cache} | ${miss.bytes.length} |`,
          `| the same again | ${hit.version} | ${hit.cache} | ${hit.bytes.length}, ${identical ? 'identical to the first' : 'different'} |`,
          `| the same after the rollback to 1.0.0 | ${after.version} | ${after.cache} | ${after.bytes.length} |`,
          '',
          `The rollback dropped 2.0.0's answers at once (${dropped}, \`modelship_cache_evictions_total{reason="retired"}\`); the cache never answers for another version.`,
          '',
          '```',
          ...lines,
          '```',
        ].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
