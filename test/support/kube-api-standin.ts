/**
 * A stand-in of a Kubernetes API server with KServe installed, for the real `kubectl` (Debian's
 * kubernetes-client, v1.32 verified) over HTTP with a kubeconfig pointing at it. No cluster, no network.
 *
 * What it answers as the real server does:
 * - discovery (`/version`, `/api`, `/api/v1`, `/apis`, `/apis/G/V`; the legacy JSON forms, which kubectl
 *   accepts when the aggregated form is not offered) and OpenAPI v3 (`/openapi/v3` and one document per
 *   group-version) declaring `fieldValidation` on PATCH, so kubectl's default `--validate=strict` sends
 *   `fieldValidation=Strict` and leaves validation to this server;
 * - get, create (POST), update (PUT), JSON merge patch (what client-side `kubectl apply` sends for custom
 *   resources; a strategic merge patch of a custom resource is refused with 415 as the real server does) and
 *   delete of namespaced objects, with `resourceVersion` (one counter for the store, a stale one on update is a
 *   409 Conflict), `generation` (bumped only when `spec` changes), `uid`, `creationTimestamp`;
 * - every object is checked by test/support/kube-schemas.ts before it is stored (KServe's CRD schemas,
 *   strict fields, KServe's webhook rules, core kinds through kubernetes-models): a refusal is a `Status`
 *   with 400 (unknown field) or 422 (invalid value), which kubectl prints as the real one;
 * - KServe's controller for InferenceServices (serverless mode, Knative underneath), following
 *   ksvc_reconciler.go and PropagateStatus of KServe v0.20.0: a change of the predictor (other than
 *   `canaryTrafficPercent`) makes a revision `<name>-predictor-0000N`; it becomes ready `readyDelayMs` after
 *   it was created, or fails when its storage URI is in `badStorageUris`; traffic with
 *   `canaryTrafficPercent: N` is N % on the latest ready revision and 100-N % on `latestRolledoutRevision`
 *   (tag `prev`), without it 100 % on the latest ready revision; `latestRolledoutRevision` /
 *   `previousRolledoutRevision` move as KServe moves them (including its rollback rule: 0 % on a revision
 *   rolled out at 100 % returns to the previous one); conditions `PredictorReady`, `IngressReady`, `Ready`
 *   with KServe's reasons (`RevisionFailed` and its message for a failed revision); `url` once ready;
 *   `observedGeneration`.
 *
 * What it does not model: watch (so no `kubectl wait`; the provider reads status with `kubectl get`),
 * server-side apply and managedFields, strategic merge patch of core kinds (treated as a JSON merge patch:
 * lists are replaced, not merged by key), label/field selectors, RBAC and authentication, admission
 * defaulting, the raw-deployment (Standard) mode, scale to zero, transformer/explainer components, revision
 * garbage collection (unless `dropRevision` is called), and Knative's gradual rollout.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { describe } from '@jest/globals';
import { invalidity, kserveCrds } from './kube-schemas.js';

interface Revision {
  name: string;
  template: string;
  storageUri: string;
  createdAt: number;
  failed: boolean;
}

interface Controller {
  revisions: Revision[];
  /** Revisions ever created (names are never reused). */
  created: number;
  latestRolledout?: string;
  previousRolledout?: string;
}

export interface StandIn {
  url: string;
  /** Writes a kubeconfig for the stand-in; returns its path. */
  kubeconfig(dir: string): Promise<string>;
  /** Every request: method, path (with query), content type. */
  requests: Array<{ method: string; path: string; contentType?: string }>;
  /** A stored object, as `kubectl get -o json` would return it. */
  get(resource: string, namespace: string, name: string): any;
  /** Storage URIs whose revisions fail (the storage initializer cannot fetch them). */
  badStorageUris: Set<string>;
  /** Forgets a revision, as Knative's garbage collector would. */
  dropRevision(namespace: string, name: string, revision: string): void;
  close(): Promise<void>;
}

const CORE_RESOURCES = [
  { name: 'namespaces', singularName: 'namespace', namespaced: false, kind: 'Namespace' },
  { name: 'secrets', singularName: 'secret', namespaced: true, kind: 'Secret' },
  { name: 'serviceaccounts', singularName: 'serviceaccount', namespaced: true, kind: 'ServiceAccount', shortNames: ['sa'] },
];
const BATCH_RESOURCES = [{ name: 'jobs', singularName: 'job', namespaced: true, kind: 'Job' }];
const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update'];

export async function startKubeStandIn(options: { readyDelayMs?: number; namespaces?: string[] } = {}): Promise<StandIn> {
  const readyDelayMs = options.readyDelayMs ?? 300;
  const namespaces = new Set(options.namespaces ?? ['default', 'models']);
  const store = new Map<string, any>();
  const controllers = new Map<string, Controller>();
  const requests: StandIn['requests'] = [];
  const badStorageUris = new Set<string>();
  let resourceVersion = 1000;
  const crds = kserveCrds();
  const groups = new Map<string, Set<string>>();
  for (const c of crds) groups.set(c.group, (groups.get(c.group) ?? new Set()).add(c.version));
  groups.set('batch', new Set(['v1']));

  const keyOf = (resource: string, ns: string, name: string) => `${resource}/${ns}/${name}`;
  const resourceList = (gv: string) => {
    if (gv === 'v1') return CORE_RESOURCES;
    if (gv === 'batch/v1') return BATCH_RESOURCES;
    return crds.filter((c) => `${c.group}/${c.version}` === gv).flatMap((c) => [
      { name: c.plural, singularName: c.singular, namespaced: c.namespaced, kind: c.kind, shortNames: c.shortNames },
      { name: `${c.plural}/status`, singularName: '', namespaced: c.namespaced, kind: c.kind },
    ]);
  };
  const kindOf = (gv: string, resource: string) => resourceList(gv).find((r) => r.name === resource)?.kind;

  /** KServe + Knative for one InferenceService: revisions, traffic, rolled-out revisions, conditions. */
  function reconcile(obj: any): void {
    const key = `${obj.metadata.namespace}/${obj.metadata.name}`;
    const ctl = controllers.get(key) ?? { revisions: [], created: 0 };
    controllers.set(key, ctl);
    const predictor = { ...(obj.spec?.predictor ?? {}) };
    const percent: number | undefined = predictor.canaryTrafficPercent;
    delete predictor.canaryTrafficPercent;
    const template = JSON.stringify(predictor);
    const now = Date.now();
    const latestCreated = ctl.revisions[ctl.revisions.length - 1];
    if (latestCreated === undefined || latestCreated.template !== template) {
      const storageUri = String(predictor.model?.storageUri ?? '');
      ctl.revisions.push({ name: `${obj.metadata.name}-predictor-${String(++ctl.created).padStart(5, '0')}`, template, storageUri, createdAt: now, failed: badStorageUris.has(storageUri) });
    }
    const created = ctl.revisions[ctl.revisions.length - 1];
    const settled = (r: Revision) => now - r.createdAt >= readyDelayMs;
    const ready = [...ctl.revisions].reverse().find((r) => settled(r) && !r.failed);
    // ksvc_reconciler.go: the traffic KServe asks Knative for.
    const targets: Array<{ latestRevision: boolean; percent: number; revisionName?: string; tag?: string }> = [];
    if (percent !== undefined && ctl.latestRolledout) {
      targets.push({ latestRevision: true, percent });
      if (percent < 100) targets.push({ latestRevision: false, revisionName: ctl.latestRolledout, percent: 100 - percent, tag: 'prev' });
    } else targets.push({ latestRevision: true, percent: 100 });
    // Knative resolves `latestRevision` to the latest ready revision; without one the route is not ready.
    const traffic = ready ? targets.map((t) => ({ ...t, revisionName: t.revisionName ?? ready.name })) : [];
    // PropagateStatus: track the last revision rolled out at 100 %, and KServe's rollback rule.
    const byRevision: Record<string, number> = {};
    for (const t of traffic) byRevision[t.revisionName] = (byRevision[t.revisionName] ?? 0) + t.percent;
    for (const t of traffic) {
      if (ready && t.revisionName === ready.name && t.latestRevision) {
        if (ctl.latestRolledout !== ready.name) {
          if (t.percent === 100) {
            ctl.previousRolledout = ctl.latestRolledout;
            ctl.latestRolledout = ready.name;
          }
        } else if (ready === created && t.percent < 100 && byRevision[t.revisionName] === 100 && ctl.previousRolledout) {
          ctl.latestRolledout = ctl.previousRolledout;
        }
      }
    }
    const failed = created.failed && settled(created);
    const pending = !settled(created);
    const reason = failed ? 'RevisionFailed' : pending ? 'RevisionMissing' : undefined;
    const message = failed ? `Revision "${created.name}" failed with message: storage-initializer: failed to download ${created.storageUri}.` : pending ? `Configuration "${obj.metadata.name}-predictor" is waiting for a Revision to become ready.` : undefined;
    const predictorReady = !failed && !pending && ready !== undefined;
    const time = new Date(now).toISOString().replace(/\.\d+Z$/, 'Z');
    const condition = (type: string, ok: boolean) => ({ type, status: ok ? 'True' : failed ? 'False' : 'Unknown', lastTransitionTime: time, ...(ok ? {} : { reason, message }) });
    const url = `http://${obj.metadata.name}.${obj.metadata.namespace}.example.com`;
    obj.status = {
      observedGeneration: obj.metadata.generation,
      deploymentMode: 'Serverless',
      conditions: [condition('IngressReady', ready !== undefined), condition('PredictorReady', predictorReady), condition('Ready', predictorReady)],
      ...(ready ? { url, address: { url: `http://${obj.metadata.name}.${obj.metadata.namespace}.svc.cluster.local` } } : {}),
      components: {
        predictor: {
          latestCreatedRevision: created.name,
          ...(ready ? { latestReadyRevision: ready.name, url: `http://${obj.metadata.name}-predictor.${obj.metadata.namespace}.example.com` } : {}),
          ...(ctl.latestRolledout ? { latestRolledoutRevision: ctl.latestRolledout } : {}),
          ...(ctl.previousRolledout ? { previousRolledoutRevision: ctl.previousRolledout } : {}),
          traffic,
        },
      },
    };
  }

  const reconcileAll = () => {
    for (const [k, obj] of store) if (k.startsWith('inferenceservices/')) reconcile(obj);
  };
  const timer = setInterval(reconcileAll, 25);

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      try {
        handle(req, res, body);
      } catch (err) {
        status(res, 500, 'InternalError', (err as Error).message);
      }
    });
  });

  function send(res: ServerResponse, code: number, value: unknown): void {
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  }
  function status(res: ServerResponse, code: number, reason: string, message: string): void {
    send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
  }

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const p = url.pathname;
    requests.push({ method: req.method ?? 'GET', path: `${p}${url.search}`, contentType: req.headers['content-type'] });
    if (p === '/version') return send(res, 200, { major: '1', minor: '32', gitVersion: 'v1.32.0', platform: 'linux/amd64' });
    if (p === '/api') return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (p === '/apis') {
      return send(res, 200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [...groups].map(([name, versions]) => ({ name, versions: [...versions].map((v) => ({ groupVersion: `${name}/${v}`, version: v })), preferredVersion: { groupVersion: `${name}/${[...versions][0]}`, version: [...versions][0] } })) });
    }
    if (p === '/api/v1' || /^\/apis\/[^/]+\/[^/]+$/.test(p)) {
      const gv = p === '/api/v1' ? 'v1' : p.slice('/apis/'.length);
      return send(res, 200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources: resourceList(gv).map((r) => ({ ...r, verbs: r.name.endsWith('/status') ? ['get', 'patch', 'update'] : VERBS })) });
    }
    if (p === '/openapi/v3') {
      const paths: Record<string, { serverRelativeURL: string }> = { 'api/v1': { serverRelativeURL: '/openapi/v3/api/v1?hash=1' } };
      for (const [g, vs] of groups) for (const v of vs) paths[`apis/${g}/${v}`] = { serverRelativeURL: `/openapi/v3/apis/${g}/${v}?hash=1` };
      return send(res, 200, { paths });
    }
    if (p.startsWith('/openapi/v3/')) return send(res, 200, openApiDocument(p.slice('/openapi/v3/'.length)));
    const ns = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(p);
    if (ns && req.method === 'GET') {
      if (!namespaces.has(ns[1])) return status(res, 404, 'NotFound', `namespaces "${ns[1]}" not found`);
      return send(res, 200, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns[1] }, status: { phase: 'Active' } });
    }
    const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(p);
    if (!m) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const gv = m[1] ?? m[2];
    const [, , , namespace, resource, name] = m;
    const kind = kindOf(gv, resource);
    if (kind === undefined) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    if (!namespaces.has(namespace)) return status(res, 404, 'NotFound', `namespaces "${namespace}" not found`);
    const group = gv.includes('/') ? gv.split('/')[0] : '';
    const qualified = group ? `${resource}.${group}` : resource;
    const key = name ? keyOf(resource, namespace, name) : '';
    const existing = name ? store.get(key) : undefined;
    if (existing && resource === 'inferenceservices') reconcile(existing);

    if (req.method === 'GET') {
      if (!name) {
        const items = [...store].filter(([k]) => k.startsWith(`${resource}/${namespace}/`)).map(([, v]) => v);
        return send(res, 200, { apiVersion: gv, kind: `${kind}List`, metadata: { resourceVersion: String(resourceVersion) }, items });
      }
      return existing ? send(res, 200, existing) : status(res, 404, 'NotFound', `${qualified} "${name}" not found`);
    }
    if (req.method === 'DELETE') {
      if (!existing) return status(res, 404, 'NotFound', `${qualified} "${name}" not found`);
      store.delete(key);
      controllers.delete(`${namespace}/${name}`);
      return send(res, 200, { kind: 'Status', apiVersion: 'v1', status: 'Success', details: { name, kind: resource } });
    }
    let incoming: any;
    if (req.method === 'POST' || req.method === 'PUT') incoming = JSON.parse(body);
    else if (req.method === 'PATCH') {
      if (!existing) return status(res, 404, 'NotFound', `${qualified} "${name}" not found`);
      const type = String(req.headers['content-type'] ?? '');
      if (type.startsWith('application/strategic-merge-patch+json') && group !== '' && group !== 'batch') return status(res, 415, 'UnsupportedMediaType', 'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml');
      if (!type.startsWith('application/merge-patch+json') && !type.startsWith('application/strategic-merge-patch+json')) return status(res, 415, 'UnsupportedMediaType', `unsupported patch type ${type}`);
      incoming = mergePatch(structuredClone(existing), JSON.parse(body));
    } else return status(res, 405, 'MethodNotAllowed', `${req.method} is not supported`);

    if (req.method === 'POST') {
      if (incoming?.metadata?.name === undefined) return status(res, 422, 'Invalid', `${kind} is invalid: metadata.name: Required value`);
      if (store.has(keyOf(resource, namespace, incoming.metadata.name))) return status(res, 409, 'AlreadyExists', `${qualified} "${incoming.metadata.name}" already exists`);
    }
    if (incoming?.metadata?.namespace !== undefined && incoming.metadata.namespace !== namespace) return status(res, 400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
    if (req.method === 'PUT' && incoming?.metadata?.resourceVersion !== undefined && incoming.metadata.resourceVersion !== existing?.metadata.resourceVersion) {
      return status(res, 409, 'Conflict', `Operation cannot be fulfilled on ${qualified} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
    }
    // What the client sent is checked; server-owned fields are set after.
    const { status: _ignored, ...spec } = incoming;
    const checked = { ...spec, metadata: withoutServerFields(spec.metadata ?? {}) };
    const invalid = invalidity(checked);
    if (invalid) return status(res, invalid.code, invalid.code === 400 ? 'BadRequest' : 'Invalid', invalid.message);
    const stored = structuredClone(checked);
    const old = existing ?? undefined;
    stored.metadata = {
      ...stored.metadata,
      namespace,
      uid: old?.metadata.uid ?? randomUUID(),
      creationTimestamp: old?.metadata.creationTimestamp ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      resourceVersion: String(++resourceVersion),
      ...(group === '' && kind !== 'Job' ? {} : { generation: old === undefined ? 1 : old.metadata.generation + (JSON.stringify(old.spec) === JSON.stringify(stored.spec) ? 0 : 1) }),
    };
    if (old?.status) stored.status = old.status;
    // A no-op change keeps the old resourceVersion, as the real server does.
    if (old && JSON.stringify({ ...old, metadata: { ...old.metadata, resourceVersion: '' } }) === JSON.stringify({ ...stored, metadata: { ...stored.metadata, resourceVersion: '' } })) {
      resourceVersion--;
      return send(res, 200, old);
    }
    store.set(keyOf(resource, namespace, stored.metadata.name), stored);
    if (resource === 'inferenceservices') reconcile(stored);
    return send(res, req.method === 'POST' ? 201 : 200, stored);
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    badStorageUris,
    async kubeconfig(dir: string) {
      const { writeFile } = await import('node:fs/promises');
      const file = `${dir}/kubeconfig`;
      await writeFile(file, `apiVersion: v1\nkind: Config\nclusters: [{name: stand-in, cluster: {server: "${base}"}}]\ncontexts: [{name: stand-in, context: {cluster: stand-in, user: nobody, namespace: default}}]\ncurrent-context: stand-in\nusers: [{name: nobody, user: {}}]\n`);
      return file;
    },
    get(resource, namespace, name) {
      const obj = store.get(keyOf(resource, namespace, name));
      if (obj && resource === 'inferenceservices') reconcile(obj);
      return obj === undefined ? undefined : structuredClone(obj);
    },
    dropRevision(namespace, name, revision) {
      const ctl = controllers.get(`${namespace}/${name}`);
      if (!ctl) return;
      ctl.revisions = ctl.revisions.filter((r) => r.name !== revision || r === ctl.revisions[ctl.revisions.length - 1]);
      if (ctl.previousRolledout === revision) ctl.previousRolledout = undefined;
    },
    close: () => {
      clearInterval(timer);
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function withoutServerFields(meta: Record<string, unknown>): Record<string, unknown> {
  const { uid: _u, creationTimestamp: _c, resourceVersion: _r, generation: _g, managedFields: _m, ...rest } = meta;
  return rest;
}

/** RFC 7386 JSON merge patch. */
function mergePatch(target: any, patch: any): any {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** A group-version's OpenAPI v3 document: enough for kubectl to see that PATCH takes `fieldValidation`. */
function openApiDocument(gvPath: string): unknown {
  const [group, version] = gvPath.startsWith('api/') ? ['', gvPath.slice(4)] : gvPath.slice(5).split('/');
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const resources = group === '' ? CORE_RESOURCES : group === 'batch' ? BATCH_RESOURCES : kserveCrds().filter((c) => c.group === group && c.version === version).map((c) => ({ name: c.plural, kind: c.kind, namespaced: c.namespaced }));
  const paths: Record<string, unknown> = {};
  for (const r of resources) {
    const path = r.namespaced ? `${prefix}/namespaces/{namespace}/${r.name}/{name}` : `${prefix}/${r.name}/{name}`;
    paths[path] = { patch: { 'x-kubernetes-action': 'patch', 'x-kubernetes-group-version-kind': { group, version, kind: r.kind }, parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }], responses: { '200': { description: 'OK' } } } };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas: {} } };
}

/**
 * The kubectl the tests run. A client before 1.24 (Debian bookworm's kubernetes-client is 1.20) validates on the
 * client side against the server's OpenAPI v2 document in protobuf, which the stand-in does not serve (it serves
 * OpenAPI v3, what kubectl 1.24+ uses for server-side field validation). For such a client the tests run it
 * through a wrapper adding `--validate=false` to apply/create/replace: the stand-in still validates every
 * object against the committed CRD schemas on the server, so a bad manifest is refused either way.
 */
function kubectlForTests(bin: string): string {
  if (!existsSync(bin)) return bin;
  let minor = Number.POSITIVE_INFINITY;
  try {
    const v = JSON.parse(execFileSync(bin, ['version', '--client', '-o', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { clientVersion?: { minor?: string } };
    minor = Number.parseInt(v.clientVersion?.minor ?? '', 10);
  } catch {
    // Unknown: use it as it is.
  }
  if (!(minor < 24)) return bin;
  const wrapper = nodePath.join(mkdtempSync(nodePath.join(os.tmpdir(), 'ms-kubectl-')), 'kubectl');
  writeFileSync(wrapper, `#!/bin/sh\nfor a in "$@"; do case "$a" in apply|create|replace) exec "${bin}" "$@" --validate=false;; esac; done\nexec "${bin}" "$@"\n`, { mode: 0o755 });
  return wrapper;
}

export const KUBECTL = kubectlForTests(process.env.KUBECTL_BIN ?? '/usr/bin/kubectl');

/** The real kubectl (Debian's kubernetes-client); `describe.skip` with a warning when absent outside CI (CI installs it). */
export function describeWithKubectl(what: string): typeof describe | typeof describe.skip {
  if (existsSync(KUBECTL) || process.env.CI) return describe;
  console.warn(`skipping ${what}: ${KUBECTL} is not installed (apt-get install kubernetes-client, or set KUBECTL_BIN); it always runs in CI`);
  return describe.skip;
}
