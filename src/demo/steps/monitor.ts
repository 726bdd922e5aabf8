import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatRoutingFile, nextRoutingFile } from '../../core/routing-file.js';
import type { FeatureDrift } from '../../monitor/drift.js';
import { profileData } from '../../monitor/profile-data.js';
import { REFERENCE_FILE } from '../../serve/monitoring.js';
import { startServer } from '../../serve/server.js';
import type { DemoStep } from '../step.js';

const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
const SHIFT = 1.5;

/**
 * Monitoring (docs/monitor.md): the reference profile of the training data beside the model, serve's live
 * profile of what it receives, and drift read back from `/v2/models/iris/versions/1.0.0/profile` — first on
 * traffic like the training data (no drift), then on traffic whose petal_length is shifted by 1.5 cm: that
 * feature is found, the stable ones are not.
 */
export const monitorDemoStep: DemoStep = {
  id: 'monitor',
  title: 'Monitor live traffic for drift against the training profile (modelship monitor, serve /profile)',
  async run(ctx) {
    const root = path.join(ctx.workDir, 'monitor-repository');
    const dir = path.join(root, 'iris', '1.0.0');
    const bytes = await readFile(path.join(ctx.projectDir, 'models/iris-v2/model.onnx'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'model.onnx'), bytes);
    await writeFile(path.join(dir, 'SHA256SUMS'), `${sha256}  model.onnx\n`);
    await writeFile(path.join(dir, 'metadata.json'), JSON.stringify({ model: 'iris', version: '1.0.0', sha256, format: 'onnx', deployedAt: new Date().toISOString() }));
    const traffic = { stable: '1.0.0', candidate: null, previous: null, weights: { '1.0.0': 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct' };
    await writeFile(path.join(root, 'iris', 'routing.json'), formatRoutingFile(nextRoutingFile('iris', traffic, 0, new Date())));
    const data = path.join(ctx.projectDir, 'data/iris.csv');
    const { profile } = await profileData(data, ctx.projectDir, { columns: FEATURES, tensors: { features: FEATURES } });
    await writeFile(path.join(dir, REFERENCE_FILE), JSON.stringify(profile.toJSON()));
    const rows = (await readFile(data, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).map(Number));

    // One window of 150 rows kept beside the one filling: each round below replaces what the profile holds.
    const server = await startServer({ repository: root, port: 0, monitoring: { windowRows: 150, windows: 1, minRows: 100 } });
    try {
      const send = async (shift: number) => {
        for (let round = 0; round < 2; round++) {
          for (let i = 0; i < rows.length; i += 10) {
            const values = rows.slice(i, i + 10).flatMap((r) => [r[0], r[1], r[2] + shift, r[3]]);
            const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [values.length / 4, 4], datatype: 'FP32', data: values }] }) });
            if (res.status !== 200) throw new Error(`inference answered ${res.status}: ${await res.text()}`);
          }
        }
        const answer = (await (await fetch(`${server.url}/v2/models/iris/versions/1.0.0/profile`)).json()) as { rows: number; drift: { features: FeatureDrift[]; share: number } | null };
        if (!answer.drift) throw new Error(`serve computed no drift (${answer.rows} rows profiled)`);
        return answer.drift;
      };
      const calm = await send(0);
      const shifted = await send(SHIFT);
      const drifted = (d: { features: FeatureDrift[] }) => d.features.filter((f) => f.drifted).map((f) => f.name);
      const ok = drifted(calm).length === 0 && drifted(shifted).join() === 'petal_length';
      const table = (d: { features: FeatureDrift[] }) => d.features.map((f) => `| ${f.name} | ${f.method} | ${f.score?.toFixed(4)} | ${f.pvalue_adjusted?.toExponential(2)} | ${f.drifted ? '**drift**' : 'ok'} |`);
      ctx.log(`    traffic like the training data: drifted ${JSON.stringify(drifted(calm))}; petal_length +${SHIFT}: drifted ${JSON.stringify(drifted(shifted))}`);
      return {
        ok,
        summary: `petal_length shifted by ${SHIFT} is found (KS, BH-adjusted); the stable features are not${ok ? '' : ` — got ${JSON.stringify(drifted(shifted))}`}`,
        markdown: [
          `Reference: \`modelship monitor profile data/iris.csv --tensor features=${FEATURES.join(',')}\`, saved as \`iris/1.0.0/${REFERENCE_FILE}\` beside the model. \`modelship serve\` profiles each request; \`GET /v2/models/iris/versions/1.0.0/profile\` answers the drift of the last 150 rows.`,
          '',
          '| Traffic | Feature | Method | Score | p (adjusted) | Result |',
          '| --- | --- | --- | --- | --- | --- |',
          ...table(calm).map((r) => `| as trained ${r}`),
          ...table(shifted).map((r) => `| petal_length +${SHIFT} ${r}`),
        ].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
