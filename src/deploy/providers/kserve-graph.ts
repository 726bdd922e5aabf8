import type { GraphConditionConfig, GraphConfig } from '../../core/config-types.js';
import { ModelshipError } from '../../core/errors.js';
import { comparisonOf, membersOf } from '../../core/graph.js';
import type { KubernetesProviderSpec } from '../config.js';
import { inferenceServiceName } from './kubernetes.js';

/**
 * A graph of modelship.yml as a KServe `InferenceGraph` (serving.kserve.io/v1alpha1): the graph is the `root`
 * node, a graph inside it another node (`nodeName`), a model member the InferenceService the provider writes
 * for that model (`serviceName`). What KServe's router does differs from `modelship serve` in places, and
 * what it cannot do is refused here rather than rendered wrong (docs/graphs.md):
 *
 * - Switch conditions are GJSON queries on the request body; a header condition cannot be expressed. The
 *   default becomes a last step whose condition (`inputs`) every v2 request satisfies.
 * - Ensemble: the router answers each member's response keyed by step name; it does not average or vote.
 * - Sequence: the router forwards a step's response body as the next request, and a v2 response (`outputs`)
 *   is not a v2 request (`inputs`): no output-to-input mapping can be declared, so sequences are refused.
 * - A pinned member version: a KServe InferenceService serves one version (its canary revision is not
 *   addressable), so pins are refused; deploy the version as its own model instead.
 */

type Definitions = Readonly<Record<string, { graph: GraphConfig }>>;

/** A DNS-label node or step name from a graph or member name. */
function label(name: string): string {
  return inferenceServiceName({}, name);
}

/** The GJSON query KServe's Switch evaluates on the request body for an input condition. */
export function gjsonCondition(graph: string, index: number, when: GraphConditionConfig): string {
  if (when.header !== undefined) {
    throw new ModelshipError(`route ${index} of graph "${graph}" matches header "${when.header}": KServe's InferenceGraph Switch reads only the request body`, { hint: 'route on an input value for KServe, or serve this graph with `modelship serve`' });
  }
  const comparison = comparisonOf(when)!;
  const op = { equals: '==', above: '>', atLeast: '>=', below: '<', atMost: '<=' }[comparison];
  // Every input tensor named `input`, then the first whose element `index` of its flat data compares true.
  return `inputs.#(name==${JSON.stringify(when.input)})#|#(data.${when.index ?? 0}${op}${JSON.stringify(when[comparison])})`;
}

/** The InferenceGraph of `name`, with a node per graph it contains. */
export function renderInferenceGraph(spec: Pick<KubernetesProviderSpec, 'namespace'>, name: string, graphs: Definitions): Record<string, unknown> {
  const nodes: Record<string, unknown> = {};
  const visit = (graphName: string, nodeName: string): void => {
    if (nodes[nodeName] !== undefined) return;
    const config = graphs[graphName].graph;
    nodes[nodeName] = {}; // claimed before its members, so a graph met twice is one node
    if (config.type === 'sequence') {
      throw new ModelshipError(`graph "${graphName}" is a sequence: KServe's InferenceGraph router passes a step's v2 response (\`outputs\`) unchanged as the next request, which needs \`inputs\`, so the declared mapping cannot be expressed`, { hint: 'serve the sequence with `modelship serve`, or chain the models in one InferenceService (a transformer)' });
    }
    const steps = membersOf(graphName, config).map(({ member }, i) => {
      if (member.version !== undefined) throw new ModelshipError(`graph "${graphName}" pins ${member.model}@${member.version}: a KServe InferenceService serves one version of a model`, { hint: `deploy that version as a model of its own (its own models: entry) and name it in the graph` });
      const target: Record<string, unknown> = Object.hasOwn(graphs, member.model) ? { nodeName: label(member.model) } : { serviceName: label(member.model) };
      if (Object.hasOwn(graphs, member.model)) visit(member.model, label(member.model));
      const step: Record<string, unknown> = { name: `${label(member.model)}-${i}`, ...target };
      if (config.type === 'splitter') step.weight = member.weight;
      if (config.type === 'switch') step.condition = i < config.routes.length ? gjsonCondition(graphName, i, config.routes[i].when) : 'inputs';
      if (config.type === 'ensemble') step.dependency = 'Hard';
      return step;
    });
    const routerType = { switch: 'Switch', ensemble: 'Ensemble', splitter: 'Splitter' }[config.type];
    nodes[nodeName] = { routerType, steps };
  };
  visit(name, 'root');
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'InferenceGraph',
    metadata: {
      name: label(name),
      ...(spec.namespace ? { namespace: spec.namespace } : {}),
      labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': label(name) },
    },
    spec: { nodes },
  };
}
