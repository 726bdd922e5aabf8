/**
 * GitHub's official REST API description (`@octokit/openapi`, api.github.com) as a route table and a validator,
 * so the stand-in can refuse what real GitHub would refuse. The 13 MB document is read once per process and
 * slimmed into a cache file (descriptions dropped), schemas are translated from OpenAPI 3.0 and compiled with
 * ajv only for the operations a test actually touches.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: JsonObject;
  /** Octokit's extension: a path parameter that may hold slashes (a ref, a file path). */
  multiSegment: boolean;
}

export interface ApiResponse {
  schema?: JsonObject;
  /** Documented example bodies, resolved. */
  examples: Json[];
}

export interface ApiOperation {
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/check-runs`. */
  path: string;
  operationId: string;
  parameters: ApiParameter[];
  requestBody?: { required: boolean; schema?: JsonObject };
  /** By status code as a string (`"200"`, `"default"`). */
  responses: Record<string, ApiResponse>;
}

export interface RouteMatch {
  operation: ApiOperation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

export type RouteLookup = RouteMatch | { operation?: undefined; pathKnown: boolean; methods: string[] };

interface Document {
  paths: Record<string, Record<string, JsonObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    examples: Record<string, JsonObject>;
    parameters: Record<string, JsonObject>;
    responses: Record<string, JsonObject>;
  };
}

interface PathEntry {
  template: string;
  segments: string[];
  literalCount: number;
  /** Index of a trailing multi-segment parameter, or -1. */
  greedyAt: number;
  methods: Record<string, JsonObject>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SCHEMA_ID = 'https://openapi.github.test/components/schemas/';

let loaded: GitHubOpenApi | undefined;

/** The api.github.com description, loaded once per process. */
export function gitHubOpenApi(): GitHubOpenApi {
  loaded ??= new GitHubOpenApi(loadDocument());
  return loaded;
}

export class GitHubOpenApi {
  /** How long reading and indexing the description took, in ms. */
  readonly loadMs: number;
  readonly version: string;
  private readonly doc: Document;
  private readonly byLength = new Map<number, PathEntry[]>();
  private readonly greedy: PathEntry[] = [];
  private readonly operations = new Map<string, ApiOperation>();
  private readonly ajv: Ajv;
  private readonly addedSchemas = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(loadedDoc: { doc: Document; ms: number; version: string }) {
    const started = performance.now();
    this.doc = loadedDoc.doc;
    this.version = loadedDoc.version;
    for (const [template, item] of Object.entries(this.doc.paths)) {
      const segments = template.split('/').slice(1);
      const methods: Record<string, JsonObject> = {};
      for (const m of HTTP_METHODS) if (item[m]) methods[m.toUpperCase()] = item[m];
      const last = segments.length - 1;
      const lastParam = /^\{(.+)\}$/.exec(segments[last] ?? '')?.[1];
      const multi =
        lastParam !== undefined &&
        Object.values(methods).some((op) =>
          this.rawParameters(op, item).some((p) => p.name === lastParam && p['x-multi-segment'] === true),
        );
      const entry: PathEntry = {
        template,
        segments,
        literalCount: segments.filter((s) => !s.startsWith('{')).length,
        greedyAt: multi ? last : -1,
        methods,
      };
      const list = this.byLength.get(segments.length) ?? [];
      list.push(entry);
      this.byLength.set(segments.length, list);
      if (multi) this.greedy.push(entry);
    }
    // Literal segments win over parameters (`/issues/comments` before `/issues/{issue_number}`).
    for (const list of this.byLength.values()) list.sort((a, b) => b.literalCount - a.literalCount);
    // Not inlining refs and not optimising the generated code halves the compile time of the big response
    // schemas (a pull request pulls in most of the description).
    this.ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: true, inlineRefs: false, code: { optimize: false } });
    const formats = addFormatsModule as unknown as { default?: (ajv: Ajv) => void } & ((ajv: Ajv) => void);
    (formats.default ?? formats)(this.ajv);
    for (const name of ['int32', 'int64', 'binary', 'byte', 'password', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) {
      this.ajv.addFormat(name, () => true);
    }
    this.loadMs = loadedDoc.ms + (performance.now() - started);
  }

  /** Finds the documented operation for a concrete request path (no query string). */
  find(method: string, requestPath: string): RouteLookup {
    const rawSegments = requestPath.split('/').slice(1);
    if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
    const upper = method.toUpperCase();
    const candidates = [...(this.byLength.get(rawSegments.length) ?? [])];
    for (const entry of this.greedy) if (rawSegments.length > entry.segments.length) candidates.push(entry);
    let pathKnown = false;
    const methods = new Set<string>();
    for (const entry of candidates) {
      const params = matchSegments(entry, rawSegments);
      if (!params) continue;
      pathKnown = true;
      for (const m of Object.keys(entry.methods)) methods.add(m);
      if (!entry.methods[upper]) continue;
      return { operation: this.operation(entry, upper), params };
    }
    return { pathKnown, methods: [...methods] };
  }

  /** The operation for a documented `METHOD /template`, or undefined. */
  operationFor(method: string, template: string): ApiOperation | undefined {
    const item = this.doc.paths[template];
    const upper = method.toUpperCase();
    if (!item) return undefined;
    const entry = (this.byLength.get(template.split('/').length - 1) ?? []).find((e) => e.template === template);
    return entry?.methods[upper] ? this.operation(entry, upper) : undefined;
  }

  /** Problems with path and query parameters, as GitHub would see them. */
  validateParameters(match: RouteMatch, query: Record<string, string | string[]>): string[] {
    const problems: string[] = [];
    for (const param of match.operation.parameters) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      const raw = param.in === 'path' ? match.params[param.name] : query[param.name];
      if (raw === undefined) {
        if (param.required) problems.push(`${param.in} parameter "${param.name}" is required`);
        continue;
      }
      if (!param.schema) continue;
      const value = coerceParameter(raw, param.schema);
      const validate = this.compile(`param:${match.operation.method} ${match.operation.path}:${param.name}`, param.schema);
      if (!validate(value)) problems.push(...formatErrors(validate.errors, `${param.in} parameter "${param.name}"`));
    }
    for (const name of Object.keys(query)) {
      if (!match.operation.parameters.some((p) => p.in === 'query' && p.name === name)) {
        problems.push(`query parameter "${name}" is not documented for ${match.operation.operationId}`);
      }
    }
    return problems;
  }

  /** Problems with a request body; an empty list when it is what the operation documents. */
  validateRequestBody(operation: ApiOperation, body: unknown, hasBody: boolean): string[] {
    const spec = operation.requestBody;
    if (!spec) return [];
    if (!hasBody) return spec.required ? ['a request body is required'] : [];
    if (!spec.schema) return [];
    const validate = this.compile(`request:${operation.method} ${operation.path}`, spec.schema);
    return validate(body) ? [] : formatErrors(validate.errors, 'body');
  }

  /**
   * Problems with a response the test configured: a 2xx status the operation does not document, or a body
   * that does not match the documented schema for its status.
   */
  validateResponse(operation: ApiOperation, status: number, body: unknown): string[] {
    const documented = operation.responses[String(status)];
    if (!documented) {
      if (status >= 200 && status < 300) {
        const known = Object.keys(operation.responses).join(', ');
        return [`status ${status} is not documented for ${operation.operationId} (documented: ${known})`];
      }
      return []; // GitHub may answer any call with 401/403/404/5xx.
    }
    if (!documented.schema) return [];
    if (status === 204 || status === 304) return [];
    const validate = this.compile(`response:${operation.method} ${operation.path}:${status}`, documented.schema);
    return validate(body) ? [] : formatErrors(validate.errors, `${status} response`);
  }

  /** The documented example body for a status (default: the first documented 2xx), deep-copied. */
  example(operation: ApiOperation, status?: number): Json | undefined {
    const key = status === undefined ? successStatus(operation)?.toString() : String(status);
    const example = key === undefined ? undefined : operation.responses[key]?.examples[0];
    return example === undefined ? undefined : structuredClone(example);
  }

  private operation(entry: PathEntry, method: string): ApiOperation {
    const key = `${method} ${entry.template}`;
    const cached = this.operations.get(key);
    if (cached) return cached;
    const raw = entry.methods[method];
    const parameters: ApiParameter[] = this.rawParameters(raw, this.doc.paths[entry.template]).map((p) => ({
      name: String(p.name),
      in: p.in as ApiParameter['in'],
      required: p.required === true,
      schema: p.schema as JsonObject | undefined,
      multiSegment: p['x-multi-segment'] === true,
    }));
    const body = raw.requestBody as JsonObject | undefined;
    const bodyContent = body ? jsonContent(body.content as JsonObject | undefined) : undefined;
    const responses: Record<string, ApiResponse> = {};
    for (const [status, value] of Object.entries((raw.responses ?? {}) as JsonObject)) {
      const response = this.resolve(value as JsonObject);
      const content = jsonContent(response.content as JsonObject | undefined);
      const examples: Json[] = [];
      for (const ex of Object.values(((content?.examples ?? {}) as JsonObject))) {
        const resolved = this.resolve(ex as JsonObject);
        if (resolved.value !== undefined) examples.push(resolved.value);
      }
      responses[status] = { schema: content?.schema as JsonObject | undefined, examples };
    }
    const operation: ApiOperation = {
      method,
      path: entry.template,
      operationId: String(raw.operationId ?? key),
      parameters,
      requestBody: body ? { required: body.required === true, schema: bodyContent?.schema as JsonObject | undefined } : undefined,
      responses,
    };
    this.operations.set(key, operation);
    return operation;
  }

  private rawParameters(op: JsonObject, item: Record<string, JsonObject> | undefined): JsonObject[] {
    const shared = ((item as unknown as JsonObject | undefined)?.parameters ?? []) as JsonObject[];
    const own = (op.parameters ?? []) as JsonObject[];
    return [...shared, ...own].map((p) => this.resolve(p));
  }

  private resolve(value: JsonObject): JsonObject {
    let current = value;
    for (let depth = 0; typeof current?.$ref === 'string' && depth < 10; depth++) {
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref as string) ?? [];
      const table = (this.doc.components as unknown as Record<string, Record<string, JsonObject>>)[kind];
      if (!table?.[name]) throw new Error(`unresolvable $ref ${current.$ref}`);
      current = table[name];
    }
    return current;
  }

  private compile(key: string, schema: JsonObject): ValidateFunction {
    const cached = this.validators.get(key);
    if (cached) return cached;
    this.addComponentClosure(schema);
    const validate = this.ajv.compile(translateSchema(schema) as object);
    this.validators.set(key, validate);
    return validate;
  }

  /** Adds (translated) every component schema reachable from `schema` that ajv has not seen yet. */
  private addComponentClosure(schema: Json): void {
    const pending = [...componentRefs(schema)];
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (this.addedSchemas.has(name)) continue;
      const component = this.doc.components.schemas[name];
      if (!component) throw new Error(`the description references a missing schema: ${name}`);
      this.addedSchemas.add(name);
      this.ajv.addSchema({ ...(translateSchema(component) as object), $id: SCHEMA_ID + name });
      pending.push(...componentRefs(component));
    }
  }
}

function matchSegments(entry: PathEntry, raw: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const { segments, greedyAt } = entry;
  if (raw.length !== segments.length && !(greedyAt >= 0 && raw.length > segments.length)) return undefined;
  for (let i = 0; i < segments.length; i++) {
    const template = segments[i];
    const param = /^\{(.+)\}$/.exec(template)?.[1];
    if (param === undefined) {
      if (template !== raw[i]) return undefined;
      continue;
    }
    const value = i === greedyAt ? raw.slice(i).join('/') : raw[i];
    if (value === '') return undefined;
    try {
      params[param] = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return params;
}

function jsonContent(content: JsonObject | undefined): JsonObject | undefined {
  if (!content) return undefined;
  const type = Object.keys(content).find((t) => /json/.test(t));
  return type ? (content[type] as JsonObject) : undefined;
}

/** The status a successful call documents first (201 for creates, 200 or 204 otherwise). */
export function successStatus(operation: ApiOperation): number | undefined {
  const statuses = Object.keys(operation.responses).filter((s) => /^2\d\d$/.test(s)).map(Number).sort((a, b) => a - b);
  return statuses[0];
}

function coerceParameter(raw: string | string[], schema: JsonObject): unknown {
  const type = schema.type;
  if (type === 'array') {
    const list = Array.isArray(raw) ? raw : raw.split(',');
    const items = (schema.items ?? {}) as JsonObject;
    return list.map((v) => coerceParameter(v, items));
  }
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (type === 'integer') return /^-?\d+$/.test(value) ? Number(value) : value;
  if (type === 'number') return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function componentRefs(schema: Json): Set<string> {
  const found = new Set<string>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) found.add(ref.slice('#/components/schemas/'.length));
    for (const value of Object.values(node)) walk(value);
  };
  walk(schema);
  return found;
}

const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'xml', 'readOnly', 'writeOnly', 'deprecated', 'discriminator', 'default']);

/**
 * OpenAPI 3.0 schema to JSON Schema (draft-07) as ajv reads it: `nullable` becomes a null type (and a null in
 * `enum`), `oneOf` becomes `anyOf` (GitHub's `oneOf` branches overlap, so a valid body can match two of them),
 * boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers, `$ref`s point at the components added to ajv,
 * and annotations are dropped.
 */
export function translateSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(translateSchema);
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    return { $ref: ref.startsWith('#/components/schemas/') ? SCHEMA_ID + ref.slice('#/components/schemas/'.length) : ref };
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    switch (key) {
      case 'properties':
      case 'patternProperties': {
        const props: JsonObject = {};
        for (const [name, sub] of Object.entries(value as JsonObject)) props[name] = translateSchema(sub);
        out[key] = props;
        break;
      }
      case 'items':
      case 'not':
      case 'additionalProperties':
        out[key] = typeof value === 'object' ? translateSchema(value) : value;
        break;
      case 'allOf':
      case 'anyOf':
        out[key] = (value as Json[]).map(translateSchema);
        break;
      case 'oneOf':
        out.anyOf = (value as Json[]).map(translateSchema);
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (value === true && typeof schema[bound] === 'number') out[key] = schema[bound];
        else if (typeof value === 'number') out[key] = value;
        break;
      }
      case 'minimum':
      case 'maximum': {
        const exclusive = key === 'minimum' ? schema.exclusiveMinimum : schema.exclusiveMaximum;
        if (exclusive !== true) out[key] = value;
        break;
      }
      default:
        out[key] = value;
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined) {
      return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}

function formatErrors(errors: ErrorObject[] | null | undefined, subject: string): string[] {
  if (!errors || errors.length === 0) return [`${subject} is invalid`];
  const missing = new Map<string, string[]>();
  const lines = new Set<string>();
  for (const e of errors) {
    const where = e.instancePath === '' ? subject : `${subject} ${e.instancePath}`;
    if (e.keyword === 'required') {
      const list = missing.get(where) ?? [];
      list.push((e.params as { missingProperty: string }).missingProperty);
      missing.set(where, list);
      continue;
    }
    const extra =
      e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : e.keyword === 'additionalProperties'
          ? ` ("${(e.params as { additionalProperty: string }).additionalProperty}")`
          : '';
    lines.add(`${where} ${e.message}${extra}`);
  }
  const required = [...missing].map(([where, names]) => {
    const shown = names.slice(0, 12).map((n) => `'${n}'`).join(', ');
    const more = names.length > 12 ? ` and ${names.length - 12} more` : '';
    return `${where} must have required ${names.length === 1 ? 'property' : 'properties'} ${shown}${more}`;
  });
  return [...required, ...lines].slice(0, 12);
}

// ---------------------------------------------------------------------------------------------------------------
// Loading: the full document takes ~300 ms to read and parse; a slimmed copy cached on disk takes ~60 ms.

function loadDocument(): { doc: Document; ms: number; version: string } {
  const started = performance.now();
  const packageDir = path.dirname(require.resolve('@octokit/openapi/package.json'));
  const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  const source = path.join(packageDir, 'generated', 'api.github.com.json');
  const stat = statSync(source);
  const key = createHash('sha256').update(`${source}:${version}:${stat.size}:${stat.mtimeMs}:v1`).digest('hex').slice(0, 16);
  const cacheDir = path.join(os.tmpdir(), 'modelship-openapi-cache');
  const cacheFile = path.join(cacheDir, `api.github.com-${key}.json`);
  let doc: Document | undefined;
  try {
    doc = JSON.parse(readFileSync(cacheFile, 'utf8')) as Document;
  } catch {
    doc = undefined;
  }
  if (!doc) {
    doc = slim(JSON.parse(readFileSync(source, 'utf8')) as JsonObject);
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temp, JSON.stringify(doc));
      renameSync(temp, cacheFile); // atomic: parallel jest workers never read half a file
    } catch {
      // A read-only temp dir only costs speed.
    }
  }
  return { doc, ms: performance.now() - started, version };
}

/** Keeps what validation and examples need: paths and components, without prose. */
function slim(full: JsonObject): Document {
  const components = full.components as JsonObject;
  const paths: JsonObject = {};
  for (const [template, item] of Object.entries(full.paths as JsonObject)) {
    const slimItem: JsonObject = {};
    for (const [key, op] of Object.entries(item as JsonObject)) {
      if (key === 'parameters') slimItem[key] = op;
      else if (HTTP_METHODS.includes(key)) slimItem[key] = slimOperation(op as JsonObject);
    }
    paths[template] = slimItem;
  }
  const schemas: JsonObject = {};
  for (const [name, schema] of Object.entries(components.schemas as JsonObject)) schemas[name] = slimSchema(schema);
  return {
    paths: paths as unknown as Document['paths'],
    components: {
      schemas: schemas as Document['components']['schemas'],
      examples: components.examples as Document['components']['examples'],
      parameters: components.parameters as Document['components']['parameters'],
      responses: components.responses as Document['components']['responses'],
    },
  };
}

function slimOperation(op: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of ['operationId', 'parameters', 'requestBody', 'responses']) {
    if (op[key] !== undefined) out[key] = key === 'requestBody' || key === 'responses' ? slimContentHolder(op[key]) : op[key];
  }
  return out;
}

/** Strips prose from request bodies and responses but keeps their schemas' structure and examples. */
function slimContentHolder(node: Json): Json {
  if (Array.isArray(node) || !node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    if (key === 'schema') out[key] = slimSchema(value);
    else if (key === 'examples') out[key] = value;
    else out[key] = slimContentHolder(value);
  }
  return out;
}

/** Drops prose from a schema; property names are kept even when they are called `description`. */
function slimSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(slimSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'example' || key === 'title' || key === 'x-github' || key === 'externalDocs') continue;
    if (key === 'properties' || key === 'patternProperties') {
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(value as JsonObject)) props[name] = slimSchema(sub);
      out[key] = props;
    } else if (key === 'enum' || key === 'required' || key === 'default' || key === 'const') {
      out[key] = value;
    } else {
      out[key] = slimSchema(value);
    }
  }
  return out;
}
