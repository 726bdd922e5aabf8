/**
 * Checks a manifest the way a Kubernetes API server with KServe installed would before storing it:
 *
 * - KServe kinds against KServe's own CRD schemas (test/fixtures/kserve-crds, v0.20.0, descriptions
 *   trimmed), with unknown fields rejected as `kubectl apply` asks the server to (`fieldValidation=Strict`:
 *   every object schema without `x-kubernetes-preserve-unknown-fields` gets `additionalProperties: false`);
 * - the rules of KServe's validating webhook Modelship can trip (pkg/apis/serving/v1beta1, v0.20.0): the
 *   InferenceService name, min/max replicas, the autoscaler's metrics, the storage URI schemes; and Knative's
 *   0-100 bound on a traffic percent (the CRD declares no bound);
 * - core kinds (Job, Secret, ServiceAccount, Namespace) through `kubernetes-models` (its generated validators
 *   of the Kubernetes OpenAPI schema; they do not reject unknown fields);
 * - metadata: names, label keys and values, as apimachinery validates them.
 *
 * Not modelled: CEL rules (`x-kubernetes-validations`; KServe v0.20.0's served versions declare none that
 * Modelship's manifests reach), defaulting, and the webhook rules for fields Modelship never writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CRD_DIR = path.join(here, '../fixtures/kserve-crds');

export interface CrdVersion {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** Compiled on first use (the InferenceService schema takes seconds on a busy machine). */
  validator(): ValidateFunction;
}

/** Adds `additionalProperties: false` where the API server's strict field validation would reject unknown fields. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([p, ps]) => [p, strict(ps)]));
    else out[k] = strict(v);
  }
  if (s.properties && s.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true) out.additionalProperties = false;
  return out;
}

/**
 * The same schema with each repeated subtree (KServe repeats whole PodSpecs for predictor, transformer and
 * explainer) moved to `$defs` once and referenced: identical validation, compiled in a fraction of the time.
 */
function shareRepeats(root: Record<string, unknown>): Record<string, unknown> {
  const seen = new Map<string, number>();
  const key = (node: unknown): string => JSON.stringify(node);
  const count = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node)) {
      const k = key(node);
      if (k.length > 1500) seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    for (const v of Object.values(node as object)) count(v);
  };
  count(root);
  const defs: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const share = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map(share);
    const k = key(node);
    if ((seen.get(k) ?? 0) > 1) {
      let name = names.get(k);
      if (name === undefined) {
        name = `shared${names.size}`;
        names.set(k, name);
        defs[name] = Object.fromEntries(Object.entries(node).map(([p, v]) => [p, p === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([q, w]) => [q, share(w)])) : share(v)]));
      }
      return { $ref: `#/$defs/${name}` };
    }
    return Object.fromEntries(Object.entries(node).map(([p, v]) => [p, p === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([q, w]) => [q, share(w)])) : share(v)]));
  };
  const out = share(root) as Record<string, unknown>;
  return { ...out, $defs: defs };
}

let crds: CrdVersion[] | undefined;

/** Every served version of the committed KServe CRDs, compiled once. */
export function kserveCrds(): CrdVersion[] {
  if (crds) return crds;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { optimize: false } });
  crds = [];
  for (const file of readdirSync(CRD_DIR).filter((f) => f.endsWith('.json'))) {
    const crd = JSON.parse(readFileSync(path.join(CRD_DIR, file), 'utf8'));
    for (const v of crd.spec.versions.filter((x: { served: boolean }) => x.served)) {
      const schema = strict(v.schema.openAPIV3Schema) as Record<string, unknown>;
      // metadata is the API server's ObjectMeta (checked below), not the CRD's.
      (schema.properties as Record<string, unknown>).metadata = { type: 'object' };
      let compiled: ValidateFunction | undefined;
      crds.push({ group: crd.spec.group, version: v.name, kind: crd.spec.names.kind, plural: crd.spec.names.plural, singular: crd.spec.names.singular, shortNames: crd.spec.names.shortNames ?? [], namespaced: crd.spec.scope === 'Namespaced', validator: () => (compiled ??= ajv.compile(shareRepeats(schema))) });
    }
  }
  return crds;
}

export interface Invalid {
  /** 400 for unknown fields (strict decoding error), 422 for values the schema or a webhook refuses. */
  code: 400 | 422;
  message: string;
}

const CORE: Record<string, new (data: any) => { validate(): void }> = { 'batch/v1/Job': Job, 'v1/Secret': Secret, 'v1/ServiceAccount': ServiceAccount, 'v1/Namespace': Namespace };
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Why the API server would refuse `manifest`, or undefined when it would store it. */
export function invalidity(manifest: any): Invalid | undefined {
  const apiVersion = String(manifest?.apiVersion ?? '');
  const kind = String(manifest?.kind ?? '');
  const name = manifest?.metadata?.name;
  const what = `${kind}${apiVersion.includes('/') ? `.${apiVersion.split('/')[0]}` : ''} "${name}"`;
  const problems = metadataProblems(manifest?.metadata);
  const core = CORE[`${apiVersion}/${kind}`];
  if (core) {
    try {
      new core(manifest).validate();
    } catch (err) {
      problems.push((err as Error).message);
    }
  } else {
    const [group, version] = apiVersion.split('/');
    const crd = kserveCrds().find((c) => c.group === group && c.version === version && c.kind === kind);
    if (crd === undefined) return { code: 422, message: `no matches for kind "${kind}" in version "${apiVersion}"` };
    const validate = crd.validator();
    if (!validate(manifest)) {
      const errors = validate.errors ?? [];
      const unknown = errors.filter((e) => e.keyword === 'additionalProperties');
      if (unknown.length) return { code: 400, message: `${what}: strict decoding error: ${unknown.map((e) => `unknown field "${dotted(e.instancePath)}${e.instancePath ? '.' : ''}${(e.params as { additionalProperty: string }).additionalProperty}"`).join(', ')}` };
      problems.push(...errors.map(describe));
    }
    if (kind === 'InferenceService' && problems.length === 0) problems.push(...webhookProblems(manifest));
  }
  return problems.length ? { code: 422, message: `${what} is invalid: ${problems.join('; ')}` } : undefined;
}

function dotted(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.');
}

function describe(e: ErrorObject): string {
  return `${dotted(e.instancePath) || '<root>'}: ${e.message}${e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''}`;
}

function metadataProblems(meta: any): string[] {
  const out: string[] = [];
  if (meta === undefined || typeof meta !== 'object') return ['metadata: Required value'];
  if (typeof meta.name !== 'string' || meta.name.length === 0) out.push('metadata.name: Required value');
  else if (meta.name.length > 253 || !DNS_SUBDOMAIN.test(meta.name)) out.push(`metadata.name: Invalid value: "${meta.name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`);
  for (const [k, v] of Object.entries(meta.labels ?? {})) {
    if (!QUALIFIED_NAME.test(k) || k.split('/').pop()!.length > 63) out.push(`metadata.labels: Invalid value: "${k}": not a qualified name`);
    if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) out.push(`metadata.labels: Invalid value: "${String(v)}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', at most 63`);
  }
  for (const [k, v] of Object.entries(meta.annotations ?? {})) {
    if (!QUALIFIED_NAME.test(k)) out.push(`metadata.annotations: Invalid value: "${k}": not a qualified name`);
    if (typeof v !== 'string') out.push(`metadata.annotations.${k}: must be a string`);
  }
  return out;
}

/** The rules of KServe's InferenceService webhook (and Knative's traffic bound) a Modelship manifest can reach. */
function webhookProblems(isvc: any): string[] {
  const out: string[] = [];
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(isvc.metadata.name)) out.push(`the InferenceService "${isvc.metadata.name}" is invalid: a InferenceService name must consist of lower case alphanumeric characters or '-', and must start with alphabetical character`);
  const p = isvc.spec?.predictor ?? {};
  const min = p.minReplicas ?? 1;
  const max = p.maxReplicas ?? 0;
  if (min < 0) out.push("'MinReplicas' cannot be less than 0");
  if (max < 0) out.push("'MaxReplicas' cannot be less than 0");
  if (max !== 0 && min > max) out.push("'MinReplicas' cannot be greater than MaxReplicas");
  const hpa = isvc.metadata.annotations?.['serving.kserve.io/autoscalerClass'] === 'hpa';
  const metric = p.scaleMetric ?? (hpa ? 'cpu' : 'concurrency');
  if (!(hpa ? ['cpu', 'memory'] : ['concurrency', 'rps']).includes(metric)) out.push(`[${metric}] is not a supported metric`);
  if (!hpa && metric === 'rps' && p.scaleTarget !== undefined && p.scaleTarget < 1) out.push('the target for rps should be greater than 1');
  if (hpa && p.scaleTarget !== undefined && (p.scaleTarget < 1 || p.scaleTarget > 100)) out.push('the target utilization percentage should be a [1-100] integer');
  if (p.canaryTrafficPercent !== undefined && (p.canaryTrafficPercent < 0 || p.canaryTrafficPercent > 100)) out.push(`spec.traffic[0].percent: Invalid value: ${p.canaryTrafficPercent}: must be between 0 and 100`);
  return out;
}
