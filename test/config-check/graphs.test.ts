/**
 * `config check` on inference graphs (docs/graphs.md): each mistake is reported at its field path and line,
 * with what was expected. Members declare signatures here, so the table needs no model files; the CLI case
 * at the end reads the example's real ONNX files.
 */
import { describe, expect, it } from '@jest/globals';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGraphs } from '../../src/config-check/graphs.js';
import { parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { cli } from '../support/cli.js';

const MODELS = `version: 1
models:
  iris:
    path: iris.onnx
    signature:
      inputs: [{ name: features, dtype: float32, shape: [batch, 4] }]
      outputs: [{ name: probabilities, dtype: float32, shape: [batch, 3] }, { name: label, dtype: int64, shape: [batch] }]
  wide:
    path: wide.onnx
    signature:
      inputs: [{ name: features, dtype: float32, shape: [batch, 4] }]
      outputs: [{ name: probabilities, dtype: float32, shape: [batch, 5] }, { name: label, dtype: int64, shape: [batch] }]
  scaler:
    path: scaler.onnx
    signature:
      inputs: [{ name: raw, dtype: float32, shape: [batch, 4] }]
      outputs: [{ name: scaled, dtype: float32, shape: [batch, 4] }, { name: ids, dtype: int64, shape: [batch, 4] }]
`;

async function issuesOf(graphs: string): Promise<Array<{ path: string; message: string; hint?: string; line?: number }>> {
  const loaded = parseConfig(`${MODELS}${graphs}`, '/project/modelship.yml');
  const { errors } = await checkGraphs(loaded);
  return errors.map((e) => ({ path: e.path, message: e.message, hint: e.hint, line: e.location.line }));
}

describe('config check: graph errors name the field and say what was expected', () => {
  const table: Array<{ title: string; yaml: string; path: string; message: string; hint?: string }> = [
    {
      title: 'an unknown member',
      yaml: '  g:\n    graph:\n      type: ensemble\n      members: [{ model: iris }, { model: irs }]\n',
      path: 'models.g.graph.members[1].model',
      message: 'graph "g" names model "irs", which is not configured under models',
      hint: 'did you mean "iris"?',
    },
    {
      title: 'a cycle through graphs',
      yaml: '  a:\n    graph: { type: sequence, steps: [{ model: b }] }\n  b:\n    graph: { type: switch, routes: [{ when: { header: x, equals: y }, model: iris }], default: { model: a } }\n',
      path: 'models.a.graph',
      message: 'graphs form a cycle: a -> b -> a',
    },
    {
      title: 'ensemble members with incompatible outputs',
      yaml: '  g:\n    graph: { type: ensemble, members: [{ model: iris }, { model: wide }] }\n',
      path: 'models.g.graph.members[1].model',
      message: 'the outputs of wide do not match those of iris in ensemble "g": "probabilities": dimension 1 is 5, expected 3 ([batch, 5] vs [batch, 3])',
    },
    {
      title: 'a sequence input nothing feeds',
      yaml: '  g:\n    graph: { type: sequence, steps: [{ model: scaler }, { model: iris }] }\n',
      path: 'models.g.graph.steps[1].map',
      message: 'input "features" of step 1 (iris) is fed by nothing: no output of step 0 (scaler) is mapped to it or has its name',
      hint: 'add `map: { <output>: features }`; outputs of scaler: scaled, ids',
    },
    {
      title: 'a mapping from an output the step before does not have',
      yaml: '  g:\n    graph: { type: sequence, steps: [{ model: scaler }, { model: iris, map: { scaled: features, logits: features } }] }\n',
      path: 'models.g.graph.steps[1].map.logits',
      message: 'step 1 maps "logits", which is not an output of step 0 (scaler)',
    },
    {
      title: 'a mapping whose dtypes do not connect',
      yaml: '  g:\n    graph: { type: sequence, steps: [{ model: scaler }, { model: iris, map: { ids: features } }] }\n',
      path: 'models.g.graph.steps[1].map.ids',
      message: 'output "ids" of step 0 (scaler) cannot feed input "features" of step 1 (iris): dtype int64 where float32 is expected',
    },
    {
      title: 'splitter weights that do not sum to 100',
      yaml: '  g:\n    graph: { type: splitter, members: [{ model: iris, weight: 40 }, { model: iris, version: 1.0.0, weight: 50 }] }\n',
      path: 'models.g.graph.members',
      message: 'the weights of splitter "g" sum to 90, expected 100',
    },
    {
      title: 'weighted-average without a weight',
      yaml: '  g:\n    graph: { type: ensemble, combine: weighted-average, members: [{ model: iris, weight: 2 }, { model: iris, version: 1.0.0 }] }\n',
      path: 'models.g.graph.members[1]',
      message: 'member 1 of "g" has no weight: combine: weighted-average needs one on every member',
    },
    {
      title: 'a switch condition with two comparisons',
      yaml: '  g:\n    graph: { type: switch, routes: [{ when: { input: features, above: 1, below: 2 }, model: iris }], default: { model: iris } }\n',
      path: 'models.g.graph.routes[0].when',
      message: 'route 0 of "g": an input condition needs exactly one of equals, above, atLeast, below, atMost',
    },
    {
      title: 'a switch condition on an input the graph does not have',
      yaml: '  g:\n    graph: { type: switch, routes: [{ when: { input: feature, above: 1 }, model: iris }], default: { model: iris } }\n',
      path: 'models.g.graph.routes[0].when.input',
      message: 'route 0 of "g" reads input "feature", which the graph does not have',
      hint: 'did you mean "features"?',
    },
    {
      title: 'a header condition compared with a number',
      yaml: '  g:\n    graph: { type: switch, routes: [{ when: { header: x-tier, above: 1 }, model: iris }], default: { model: iris } }\n',
      path: 'models.g.graph.routes[0].when',
      message: 'route 0 of "g": a header condition is `header` and `equals` (its text); "above" does not apply',
    },
    {
      title: 'a graph entry that also names an artifact',
      yaml: '  g:\n    path: g.onnx\n    graph: { type: splitter, members: [{ model: iris, weight: 100 }] }\n',
      path: 'models.g.path',
      message: 'models.g is a graph: "path" belongs to a model artifact, not a graph',
    },
    {
      title: 'keys of another kind of graph',
      yaml: '  g:\n    graph: { type: sequence, steps: [{ model: iris }], members: [{ model: iris }] }\n',
      path: 'models.g.graph.members',
      message: '"members" does not belong to a sequence graph (models.g.graph)',
    },
    {
      title: 'a version pinned on a graph member',
      yaml: '  e:\n    graph: { type: splitter, members: [{ model: iris, weight: 100 }] }\n  g:\n    graph: { type: sequence, steps: [{ model: e, version: 1.0.0 }] }\n',
      path: 'models.g.graph.steps[0].version',
      message: '"e" is a graph: it has no versions to pin',
    },
  ];
  for (const c of table) {
    it(c.title, async () => {
      const issues = await issuesOf(c.yaml);
      expect(issues).toContainEqual(expect.objectContaining({ path: c.path, message: c.message, ...(c.hint ? { hint: c.hint } : {}) }));
      expect(issues.every((i) => typeof i.line === 'number')).toBe(true);
    });
  }

  it('a graph that connects has no issue, and points at its lines when it does not', async () => {
    expect(await issuesOf('  g:\n    graph: { type: sequence, steps: [{ model: scaler }, { model: iris, map: { scaled: features } }] }\n  h:\n    graph: { type: sequence, steps: [{ model: scaler }, { model: iris, version: 1.0.0, map: { scaled: features } }] }\n  e:\n    graph: { type: ensemble, members: [{ model: g }, { model: h }] }\n')).toEqual([]);
    const [issue] = await issuesOf('  g:\n    graph:\n      type: ensemble\n      members:\n        - model: iris\n        - model: irs\n');
    expect(issue.line).toBe(MODELS.split('\n').length - 1 + 6);
  });

  it('the schema refuses an entry with neither path nor graph, and a graph without its keys', () => {
    const refused = (yaml: string) => {
      try {
        parseConfig(`${MODELS}${yaml}`, '/project/modelship.yml');
      } catch (err) {
        return (err as ConfigError).issues.map((i) => i.message);
      }
      throw new Error('accepted');
    };
    expect(refused('  g:\n    description: nothing\n')).toContain('missing required key "path" in models.g');
    expect(refused('  g:\n    graph: { type: ensemble }\n')).toContain('missing required key "members" in models.g.graph');
    expect(refused('  g:\n    graph: { type: pipeline, steps: [] }\n')).toContain('models.g.graph.type is "pipeline", expected one of "sequence", "switch", "ensemble", "splitter"');
  });

  it('graphs leave `models` to the artifacts: every other command sees iris, wide and scaler only', () => {
    const loaded = parseConfig(`${MODELS}  g:\n    graph: { type: ensemble, members: [{ model: iris }, { model: wide }] }\n`, '/project/modelship.yml');
    expect(Object.keys(loaded.config.models)).toEqual(['iris', 'wide', 'scaler']);
    expect(Object.keys(loaded.config.graphs ?? {})).toEqual(['g']);
  });
});

describe('modelship config check on graphs of the example\'s ONNX files', () => {
  const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models');
  it('reads the members\' signatures from the files: a valid ensemble passes, a sequence that does not connect fails (exit 2)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-graphs-'));
    await copyFile(path.join(EXAMPLE, 'iris-v1/model.onnx'), path.join(dir, 'v1.onnx'));
    await copyFile(path.join(EXAMPLE, 'iris-v2/model.onnx'), path.join(dir, 'v2.onnx'));
    const models = 'version: 1\nmodels:\n  iris:\n    path: v2.onnx\n  old:\n    path: v1.onnx\n';
    await writeFile(path.join(dir, 'modelship.yml'), `${models}  both:\n    graph: { type: ensemble, members: [{ model: iris }, { model: old }] }\n`);
    const ok = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    // The resolved configuration has the file's shape: the graph stands under models, and it checks again as a file.
    const resolved = JSON.parse(ok.stdout).config;
    expect(resolved.graphs).toBeUndefined();
    expect(resolved.models.both).toEqual({ graph: { type: 'ensemble', members: [{ model: 'iris' }, { model: 'old' }] } });
    await writeFile(path.join(dir, 'modelship.yml'), JSON.stringify(resolved));
    expect((await cli(['config', 'check', '--format', 'json'], { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, 'modelship.yml'), `${models}  chained:\n    graph: { type: sequence, steps: [{ model: old }, { model: iris, map: { probabilities: features } }] }\n`);
    const bad = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).issues).toContainEqual(expect.objectContaining({ path: 'models.chained.graph.steps[1].map.probabilities', message: 'output "probabilities" of step 0 (old) cannot feed input "features" of step 1 (iris): dimension 1 is 3, expected 4 ([batch, 3] vs [batch, 4])' }));
  });

  it('a member whose signature cannot be known leaves the graph unchecked: a warning at its line, exit 0', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-graphs-'));
    await copyFile(path.join(EXAMPLE, 'iris-v2/model.onnx'), path.join(dir, 'v2.onnx'));
    await writeFile(path.join(dir, 'weights.safetensors'), '');
    await writeFile(path.join(dir, 'modelship.yml'), 'version: 1\nmodels:\n  iris:\n    path: v2.onnx\n  st:\n    path: weights.safetensors\n    format: safetensors\n  both:\n    graph: { type: splitter, members: [{ model: iris, weight: 50 }, { model: st, weight: 50 }] }\n');
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([expect.objectContaining({ path: 'models.both.graph', message: 'graph "both" cannot be checked yet: model "st" declares no signature and is not ONNX (its signature cannot be read)', location: expect.objectContaining({ line: 9 }) })]);
  });
});
