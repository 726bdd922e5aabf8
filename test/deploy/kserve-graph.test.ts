/**
 * Graphs of modelship.yml as KServe InferenceGraphs (docs/graphs.md), checked against KServe's committed CRD
 * schema as the API server would (test/support/kube-schemas.ts), and what KServe cannot express refused.
 */
import { describe, expect, it } from '@jest/globals';
import type { GraphConfig } from '../../src/core/config-types.js';
import { renderInferenceGraph } from '../../src/deploy/providers/kserve-graph.js';
import { invalidity } from '../support/kube-schemas.js';

const graphs: Record<string, { graph: GraphConfig }> = {
  'iris-ensemble': { graph: { type: 'ensemble', members: [{ model: 'iris' }, { model: 'iris-legacy' }] } },
  'iris-split': { graph: { type: 'splitter', members: [{ model: 'iris-ensemble', weight: 20 }, { model: 'iris', weight: 80 }] } },
  'by-petal': {
    graph: {
      type: 'switch',
      routes: [
        { when: { input: 'features', index: 2, above: 4.8 }, model: 'iris' },
        { when: { input: 'features', equals: 0 }, model: 'iris-split' },
      ],
      default: { model: 'iris-legacy' },
    },
  },
  'by-header': { graph: { type: 'switch', routes: [{ when: { header: 'x-tier', equals: 'gold' }, model: 'iris' }], default: { model: 'iris' } } },
  chained: { graph: { type: 'sequence', steps: [{ model: 'scaler' }, { model: 'iris', map: { scaled: 'features' } }] } },
  pinned: { graph: { type: 'ensemble', members: [{ model: 'iris', version: '1.0.0' }, { model: 'iris', version: '1.1.0' }] } },
};

describe('InferenceGraph manifests', () => {
  it('an ensemble: one Ensemble root node over the members\' InferenceServices, valid against the CRD', () => {
    const manifest = renderInferenceGraph({ namespace: 'models' }, 'iris-ensemble', graphs);
    expect(manifest).toEqual({
      apiVersion: 'serving.kserve.io/v1alpha1',
      kind: 'InferenceGraph',
      metadata: { name: 'iris-ensemble', namespace: 'models', labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': 'iris-ensemble' } },
      spec: { nodes: { root: { routerType: 'Ensemble', steps: [{ name: 'iris-0', serviceName: 'iris', dependency: 'Hard' }, { name: 'iris-legacy-1', serviceName: 'iris-legacy', dependency: 'Hard' }] } } },
    });
    expect(invalidity(manifest)).toBeUndefined();
  });

  it('a switch over a splitter over an ensemble: graphs inside become nodes, conditions GJSON queries, the default a condition every v2 request meets', () => {
    const manifest = renderInferenceGraph({}, 'by-petal', graphs) as any;
    expect(invalidity(manifest)).toBeUndefined();
    expect(Object.keys(manifest.spec.nodes).sort()).toEqual(['iris-ensemble', 'iris-split', 'root']);
    expect(manifest.spec.nodes.root).toEqual({
      routerType: 'Switch',
      steps: [
        { name: 'iris-0', serviceName: 'iris', condition: 'inputs.#(name=="features")#|#(data.2>4.8)' },
        { name: 'iris-split-1', nodeName: 'iris-split', condition: 'inputs.#(name=="features")#|#(data.0==0)' },
        { name: 'iris-legacy-2', serviceName: 'iris-legacy', condition: 'inputs' },
      ],
    });
    expect(manifest.spec.nodes['iris-split']).toEqual({ routerType: 'Splitter', steps: [{ name: 'iris-ensemble-0', nodeName: 'iris-ensemble', weight: 20 }, { name: 'iris-1', serviceName: 'iris', weight: 80 }] });
    expect(manifest.spec.nodes['iris-ensemble'].routerType).toBe('Ensemble');
  });

  it('the CRD check is not a rubber stamp: a step with an unknown field or a bad router type is refused', () => {
    const manifest = renderInferenceGraph({}, 'iris-split', graphs) as any;
    expect(invalidity({ ...manifest, spec: { nodes: { root: { ...manifest.spec.nodes.root, routerType: 'Random' } } } })?.message).toContain('routerType: must be equal to one of the allowed values');
    expect(invalidity({ ...manifest, spec: { nodes: { root: { routerType: 'Splitter', steps: [{ serviceName: 'iris', weight: '80' }] } } } })?.message).toContain('weight: must be integer');
    expect(invalidity({ ...manifest, spec: { nodes: { root: { routerType: 'Splitter', steps: [{ model: 'iris', weight: 100 }] } } } })?.message).toContain('unknown field "spec.nodes.root.steps.0.model"');
  });

  it('refuses what KServe\'s router cannot do, saying why', () => {
    expect(() => renderInferenceGraph({}, 'by-header', graphs)).toThrow('route 0 of graph "by-header" matches header "x-tier": KServe\'s InferenceGraph Switch reads only the request body');
    expect(() => renderInferenceGraph({}, 'chained', graphs)).toThrow('graph "chained" is a sequence');
    expect(() => renderInferenceGraph({}, 'pinned', graphs)).toThrow('graph "pinned" pins iris@1.0.0: a KServe InferenceService serves one version of a model');
  });
});
