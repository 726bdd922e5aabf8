import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../core/config.js';
import { encodeModel } from '../../core/onnx/encode.js';
import type { DemoStep } from '../step.js';
import { Git } from '../../core/git/index.js';
import { GitPublisher } from '../../version/git-publisher.js';
import { releaseModels } from '../../version/service.js';

const CONFIG = `version: 1
models:
  iris:
    path: models/iris/model.onnx
    card: models/iris/README.md
    metrics: models/iris/metrics.json
release:
  initialVersion: 1.0.0
  floatingMajor: true
`;

/**
 * Versions the example model through its history in a fresh git repository beside the project:
 * first release, a retrain (iris-v2 weights: minor), a card edit (patch), and an export that drops an
 * output (major). Every version comes from what changed, not from what the commit messages claim.
 */
export const versionDemoStep: DemoStep = {
  id: 'version',
  title: 'Version and release the model from what changed (git tags, release notes)',
  async run(ctx) {
    const dir = path.join(ctx.workDir, 'version-repo');
    const models = path.join(ctx.projectDir, 'models');
    await mkdir(path.join(dir, 'models', 'iris'), { recursive: true });
    const git = new Git(dir);
    const sh = (args: string[]) => git.text(args);
    await sh(['init', '-q', '-b', 'main']);
    await sh(['config', 'user.name', 'Modelship demo']);
    await sh(['config', 'user.email', 'demo@modelship.invalid']);
    await sh(['config', 'commit.gpgsign', 'false']);
    await sh(['config', 'tag.gpgsign', 'false']);
    await writeFile(path.join(dir, 'modelship.yml'), CONFIG);
    const put = async (from: string, file: string) => copyFile(path.join(models, from, file), path.join(dir, 'models', 'iris', file));
    const commit = async (message: string) => {
      await sh(['add', '-A']);
      await sh(['commit', '-q', '-m', message]);
    };
    const release = async () => {
      const loaded = await loadConfig(path.join(dir, 'modelship.yml'), { env: {} });
      const [r] = await releaseModels(loaded, {}, 'iris', (repo) => new GitPublisher(repo.git, { push: false, remote: 'origin' }), { dryRun: false });
      const why = r.plan.reasons.map((x) => `${x.bump}: ${x.message}`).join('; ');
      ctx.log(`    ${r.tag}  (${r.bump})  ${why}`);
      return r;
    };

    for (const f of ['model.onnx', 'README.md', 'metrics.json']) await put('iris-v1', f);
    await commit('iris: first model');
    const r1 = await release();

    await put('iris-v2', 'model.onnx');
    await put('iris-v2', 'metrics.json');
    await commit('retrain with the improved recipe'); // no conventional prefix: the content decides
    const r2 = await release();

    const card = path.join(dir, 'models', 'iris', 'README.md');
    await writeFile(card, `${await readFile(card, 'utf8')}\n## Changelog\n\nRetrained; see the release notes.\n`);
    await commit('docs: card changelog');
    const r3 = await release();

    // A stand-in re-export that drops the `label` output: consumers reading it would break.
    await writeFile(path.join(dir, 'models', 'iris', 'model.onnx'), encodeModel({
      producerName: 'modelship-demo',
      graph: {
        name: 'iris',
        nodes: [],
        inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'probabilities', type: { elemType: 'float32', shape: ['batch', 3] } }],
        initializers: [{ name: 'W', dims: [4, 3], data: new Float32Array(12) }],
      },
    }));
    await commit('export probabilities only');
    const r4 = await release();

    const versions = [r1, r2, r3, r4].map((r) => r.version);
    const expected = ['1.0.0', '1.1.0', '1.1.1', '2.0.0'];
    const ok = versions.join() === expected.join();
    const tags = (await git.tags()).sort();
    return {
      ok,
      summary: ok ? `tags ${tags.join(', ')} in ${dir}: retrain -> minor, card -> patch, dropped output -> major` : `expected versions ${expected.join(', ')}, got ${versions.join(', ')}`,
      markdown: [
        '| Change | Bump | Tag |',
        '| --- | --- | --- |',
        ...[['first release', r1], ['retrain (iris-v2 weights)', r2], ['card edit', r3], ['`label` output dropped', r4]].map(([what, r]) => {
          const rr = r as typeof r1;
          return `| ${what as string} | ${rr.bump} | \`${rr.tag}\` |`;
        }),
        '',
        '<details><summary>Release notes of the retrain</summary>',
        '',
        (r2.notes ?? '').replace(/^## /m, '#### ').replace(/^### /gm, '##### '),
        '</details>',
      ].join('\n'),
    };
  },
};
