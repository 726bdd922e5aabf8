import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../core/config.js';
import { deploy } from '../../deploy/engine.js';
import { repositoryOfEnvironment } from '../../serve/config.js';
import { startServer, type RunningServer } from '../../serve/server.js';
import type { DemoStep } from '../step.js';

/** The experiment's environment, added to a copy of the example's modelship.yml (the example itself stays as shipped). */
const ENVIRONMENT = 'experiment';
const EXPERIMENT = `  ${ENVIRONMENT}:
    provider: { type: local, root: .modelship/repository/${ENVIRONMENT} }
    strategy:
      type: bandit
      bandit: { algorithm: thompson, floor: 0.05, bound: 0.95, minRewards: 150, interval: 1m }
      duration: 1h
`;
const SPECIES = ['setosa', 'versicolor', 'virginica'];
/** Users per observation interval: each sends one iris row, and its true species comes back as feedback. */
const USERS = 60;

interface Row {
  features: number[];
  label: number;
}

async function labelledRows(projectDir: string): Promise<Row[]> {
  const text = await readFile(path.join(projectDir, 'data', 'iris.csv'), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(','))
    .filter((cells) => cells.length === 5 && SPECIES.includes(cells[4]))
    .map((cells) => ({ features: cells.slice(0, 4).map(Number), label: SPECIES.indexOf(cells[4]) }));
}

/**
 * A bandit between v1 and v2 of the example (strategy `bandit`, docs/deploy.md): v1 is live on an environment of
 * its own, `deploy` of v2 hands the traffic to serve's Thompson-sampling allocation, users send iris rows and
 * their true species is posted to the feedback endpoint (the reward: was the answer right). The rollout promotes
 * v2 once its posterior probability of being best passes 0.95; the allocation and regret are read from /metrics.
 */
export const banditDemoStep: DemoStep = {
  id: 'bandit',
  title: 'Let outcomes pick the version: a bandit between v1 and v2 with feedback rewards',
  async run(ctx) {
    const text = await readFile(ctx.config.file, 'utf8');
    if (!/^environments:\n/m.test(text)) return { ok: false, summary: `${ctx.config.file} has no environments: section to add the experiment to` };
    const file = path.join(path.dirname(ctx.config.file), 'modelship.experiment.yml');
    await writeFile(file, text.replace(/^environments:\n/m, `environments:\n${EXPERIMENT}`));
    const loaded = await loadConfig(file);
    const rows = await labelledRows(ctx.projectDir);
    if (rows.length === 0) return { ok: false, summary: 'the example has no labelled rows in data/iris.csv' };

    const first = await deploy(loaded, { environment: ENVIRONMENT, version: '1.0.0', artifact: 'models/iris-v1/model.onnx', actor: 'demo' });
    if (first.outcome !== 'deployed') return { ok: false, summary: `v1 was not deployed to ${ENVIRONMENT}: ${first.message}` };
    const server: RunningServer = await startServer({ repository: repositoryOfEnvironment(loaded, ENVIRONMENT), port: 0, pollMs: 50, seed: 22 });
    try {
      const served: Record<string, number> = {};
      let next = 0;
      let exposition = '';
      // The engine waits one observation interval between readings of the experiment; here that wait is the
      // users' traffic and their feedback, so the demo takes seconds, not the interval's minute.
      const interval = async () => {
        for (let i = 0; i < 3000 && !server.catalog.models.get('iris')?.state?.routing.bandit; i++) await new Promise((r) => setTimeout(r, 10));
        const feedback: Array<{ id: string; label: number }> = [];
        for (let i = 0; i < USERS; i++, next++) {
          const row = rows[(next * 7) % rows.length];
          const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: `user-${next}`, inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }) });
          const answer = (await res.json()) as { model_version?: string };
          if (res.status === 200 && answer.model_version) served[answer.model_version] = (served[answer.model_version] ?? 0) + 1;
          feedback.push({ id: `user-${next}`, label: row.label });
        }
        await (await fetch(`${server.url}/v2/models/iris/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(feedback) })).arrayBuffer();
        await server.bandit.flush();
        exposition = (await server.metrics.exposition()).body;
      };
      const result = await deploy(loaded, { environment: ENVIRONMENT, version: '1.1.0', artifact: 'models/iris-v2/model.onnx', actor: 'demo' }, { sleep: interval, controlPollMs: 5 });
      const bandit = result.bandit;
      const allocations = result.steps.filter((s) => s.name.startsWith('allocation after'));
      const ok = result.outcome === 'deployed' && result.liveVersion === '1.1.0' && bandit?.winner === '1.1.0';
      const p = bandit?.probabilityBest['1.1.0'];
      ctx.log(`    ${Object.entries(served).map(([v, n]) => `${v}: ${n} answers`).join(', ')}; ${bandit?.rewards ?? 0} rewards; ${result.outcome}, live ${result.liveVersion}${p !== undefined ? `, P(1.1.0 best) = ${p.toFixed(3)}` : ''}`);
      const metricLines = exposition.split('\n').filter((l) => l.startsWith('modelship_bandit_'));
      return {
        ok,
        summary: ok ? `the bandit promoted 1.1.0 after ${bandit?.rewards} rewards (probability of being best ${p?.toFixed(3)})` : `the bandit did not promote 1.1.0: ${result.outcome}, ${result.message}`,
        markdown: [
          `Environment \`${ENVIRONMENT}\` (strategy \`bandit\`, Thompson sampling, floor 5%, bound 0.95, at least 150 rewards), v1 (1.0.0) live, v2 (1.1.0) deployed. Each observation interval ${USERS} users send an iris row with a request id; the true species is posted to \`POST /v2/models/iris/feedback\` and a right answer is a reward of 1.`,
          '',
          '| Reading | Allocation |',
          '| --- | --- |',
          ...allocations.map((s) => `| ${s.name} | ${Object.entries(s.weights ?? {}).map(([v, w]) => `${v}: ${w}%`).join(', ')} |`),
          '',
          `Answers served: ${Object.entries(served).map(([v, n]) => `${v} ${n}`).join(', ')}. Outcome: **${result.outcome}**, live ${result.liveVersion}; ${bandit ? `winner ${bandit.winner} by ${bandit.decidedBy} after ${bandit.rewards} rewards` : 'no bandit figures'}.`,
          '',
          'The last `/metrics` of the experiment:',
          '',
          '```',
          ...metricLines,
          '```',
        ].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
