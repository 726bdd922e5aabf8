import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { allocate, addReward, emptyArm } from '../src/core/stats/bandit.js';
import type { RoutingState } from '../src/core/routing-file.js';
import { silentLog } from '../src/serve/access-log.js';
import { BanditRouter } from '../src/serve/bandit.js';
import { FeedbackStore } from '../src/serve/feedback.js';
import { seededUniform } from '../src/serve/random.js';
import { chooseVersion } from '../src/serve/routing.js';
import { medianMs, type BenchSuite } from './harness.js';

/**
 * Bandit routing cost (issue 22: "bandit allocation adds <= 5% to routing cost"). Per request, serve looks
 * the model's bandit up and takes the routing built for its current allocation, then makes the same weighted
 * pick as for fixed weights: that path is timed against the weighted pick alone over the same weights, interleaved, 200 000
 * routings per sample. The re-allocation itself (10 000 posterior draws per arm) runs on a timer after
 * rewards, not per request: it is reported beside, per re-allocation, as a multiple of one routing.
 */
const ROUTINGS = 200_000;

const suite: BenchSuite = {
  name: 'bandit',
  async run() {
    const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-bench-bandit-'));
    try {
      await mkdir(path.join(root, 'iris'));
      const bandit = { id: 'bench', arms: ['1.0.0', '2.0.0'], algorithm: 'thompson' as const, reward: 'binary' as const, floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 200 };
      const base = { schema: 1 as const, model: 'iris', generation: 1, stable: '1.0.0', candidate: '2.0.0', previous: null, weights: { '1.0.0': 50, '2.0.0': 50 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'bandit', updatedAt: '' };
      const withBandit: RoutingState = { ...base, bandit };
      const router = new BanditRouter(root, new Registry(), silentLog, { recomputeMs: 1 });
      const feedback = new FeedbackStore();
      router.listen(feedback);
      router.routingFor('iris', withBandit);
      for (let i = 0; i < 400; i++) {
        const version = i % 2 ? '2.0.0' : '1.0.0';
        feedback.logPrediction('iris', version, `r${i}`, [1]);
        feedback.record('iris', { id: `r${i}`, label: version === '2.0.0' || i % 3 === 0 ? 1 : 0 });
      }
      await router.flush();
      // The reference routes by the very routing object the bandit hands out (same weights, same shape): the
      // difference is the bandit's per-request work alone.
      const allocated = router.routingFor('iris', withBandit);
      if (allocated === withBandit) throw new Error('the bandit did not allocate');
      const available = () => true;
      const headers = {};
      const uniform = seededUniform(1);
      let sink = 0;
      const weighted = () => {
        for (let i = 0; i < ROUTINGS; i++) sink += chooseVersion(allocated, { headers }, available, uniform)!.version.length;
      };
      const banditPath = () => {
        for (let i = 0; i < ROUTINGS; i++) sink += chooseVersion(router.routingFor('iris', withBandit), { headers }, available, uniform)!.version.length;
      };
      const ours: number[] = [];
      const reference: number[] = [];
      // ABBA order within each round, so neither loop always runs first (warmer caches, or a burst of other work).
      for (let round = 0; round < 41; round++) {
        const r1 = await medianMs(1, weighted);
        const o1 = await medianMs(1, banditPath);
        const o2 = await medianMs(1, banditPath);
        const r2 = await medianMs(1, weighted);
        reference.push(r1 + r2);
        ours.push(o1 + o2);
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const value = med(ours);
      const ref = med(reference);
      // Paired: each round's two loops ran back to back, so the median of the per-round ratios cancels the
      // machine's drift (other work on shared cores) better than a ratio of medians.
      const ratio = med(ours.map((x, i) => x / reference[i]));
      const arms = [emptyArm(), emptyArm()];
      for (let i = 0; i < 400; i++) addReward(arms[i % 2], i % 3 ? 1 : 0);
      const realloc = await medianMs(9, () => allocate({ arms, kind: 'binary', algorithm: 'thompson', floor: 0.05, seed: 'bench' }));
      const perRouting = ref / 2 / ROUTINGS;
      await router.close();
      if (sink === 0) throw new Error('nothing routed');
      return [
        { name: `routing with a bandit (allocation lookup + weighted pick) vs fixed weights, ${ROUTINGS} routings`, value: value / 2, reference: ref / 2, unit: 'ms', ratio, target: { max: 1.05 }, note: 'median of paired per-round ratios' },
        { name: '  one re-allocation (Thompson, 2 arms, 10 000 draws) vs one fixed-weight routing', value: realloc, reference: perRouting, unit: 'ms', ratio: realloc / perRouting, target: {}, note: 'informational: on a timer after rewards (bursts coalesced), never per request' },
      ];
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
export default suite;
