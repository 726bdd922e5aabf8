import { readConfigFile } from './config-file.js';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ConfigError, ModelshipError, type ConfigIssue, type SourceLocation } from './errors.js';
import type { GraphModelConfig, ModelConfig, ModelshipConfig } from './config-types.js';
// Precompiled from schema/modelship.schema.json by `npm run generate` (compiling at start-up is slow).
import { validate as validateSchema } from '../generated/schema-validator.js';
import { didYouMean } from './text.js';
import { LineIndex, locateOffset, readYamlFast } from './yaml-source.js';
import { readYamlExact } from './yaml-source-exact.js';

export type { ModelshipConfig, ModelConfig } from './config-types.js';

export { DEFAULT_CONFIG_FILE, readConfigFile } from './config-file.js';

/** A validated configuration with the means to point back at its source lines. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  /** Folder the file lives in: relative paths in it resolve against this. */
  root: string;
  config: ModelshipConfig;
  /** Line and column of the value at `keyPath` (or of the nearest ancestor that exists). */
  locate(keyPath: ReadonlyArray<string | number>): SourceLocation;
  /** Absolute path for a path written in the file, refusing any that escape the root. */
  resolvePath(relative: string, keyPath: ReadonlyArray<string | number>): string;
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
}

/** Reads, parses, interpolates `${env:NAME}` and validates a modelship.yml. Throws ConfigError (exit 2). */
export async function loadConfig(file: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  return parseConfig(await readConfigFile(absolute), absolute, options);
}

const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function parseConfig(text: string, file: string, options: LoadOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const lines = new LineIndex(text);
  const at = (offset: number | undefined): SourceLocation => (offset === undefined ? { file } : { file, ...lines.position(offset) });
  let read = readYamlFast(text);
  if (!read) {
    const exact = readYamlExact(text);
    if (exact.problems) throw new ConfigError(exact.problems.map((p) => ({ location: at(p.offset), path: '', message: p.message, hint: p.hint })));
    if (!exact.root.entries) {
      throw new ConfigError([
        {
          location: at(exact.root.start ?? 0),
          path: '',
          message: exact.empty ? 'the file is empty' : 'expected a mapping of sections at the top level',
          hint: 'start with `version: 1` and a `models:` section',
        },
      ]);
    }
    read = exact;
  }
  const { value: data, root: tree } = read;
  const locateNode = (keyPath: ReadonlyArray<string | number>, wantKey = false): SourceLocation => at(locateOffset(tree, keyPath, wantKey));

  const issues: ConfigIssue[] = [];
  const interpolated = interpolate(data, [], env, (keyPath, message, hint) =>
    issues.push({ location: locateNode(keyPath), path: dotted(keyPath), message, hint }),
  );
  if (issues.length > 0) throw new ConfigError(issues);

  if (!validateSchema(interpolated)) {
    for (const e of selectErrors(validateSchema.errors ?? [])) {
      issues.push(describeSchemaError(e, locateNode, interpolated));
    }
    issues.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
    throw new ConfigError(issues);
  }

  const config = interpolated as ModelshipConfig;
  // `models:` may be left out when the file only configures other sections (validation alone).
  config.models ??= {};
  for (const [name, entry] of Object.entries(config.models)) {
    if ((entry as { graph?: unknown }).graph === undefined) continue;
    (config.graphs ??= {})[name] = entry as unknown as GraphModelConfig;
    delete config.models[name];
  }
  const root = path.dirname(file);
  return {
    file,
    root,
    config,
    locate: (keyPath) => locateNode(keyPath),
    resolvePath: (relative, keyPath) => resolveInside(root, relative, locateNode(keyPath)),
  };
}

/**
 * The configuration of a folder that has no modelship.yml: no models and every section at its defaults.
 * For the commands that still have something to say about such a repository (`score`); `file` is where
 * the configuration would live, and locations point at it without a line.
 */
export function unconfigured(root: string, file = path.join(root, 'modelship.yml')): LoadedConfig {
  const absoluteRoot = path.resolve(root);
  return {
    file: path.resolve(file),
    root: absoluteRoot,
    config: { version: 1, models: {} },
    locate: () => ({ file: path.resolve(file) }),
    resolvePath: (relative) => resolveInside(absoluteRoot, relative, { file: path.resolve(file) }),
  };
}

/** Resolves a configured path under root; absolute paths and `..` that leave the root are refused. */
export function resolveInside(root: string, relative: string, location?: SourceLocation): string {
  if (path.isAbsolute(relative)) {
    throw new ModelshipError(`path "${relative}" is absolute; paths in the configuration are relative to ${root}`, {
      location,
    });
  }
  const resolved = path.resolve(root, relative);
  const rel = path.relative(root, resolved);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new ModelshipError(`path "${relative}" leaves the project folder ${root}`, { location });
  }
  return resolved;
}

/** The configured model by name, with a suggestion when the name is unknown. */
export function getModel(loaded: LoadedConfig, name: string): ModelConfig {
  const model = loaded.config.models[name];
  if (model === undefined) {
    const known = Object.keys(loaded.config.models);
    throw new ModelshipError(`unknown model "${name}" in ${loaded.file}`, {
      hint: didYouMean(name, known) ?? `configured models: ${known.join(', ') || '(none)'}`,
    });
  }
  return model;
}

function interpolate(
  value: unknown,
  keyPath: Array<string | number>,
  env: NodeJS.ProcessEnv,
  report: (keyPath: Array<string | number>, message: string, hint?: string) => void,
): unknown {
  if (typeof value === 'string') {
    if (value.includes('${{')) {
      report(keyPath, `"\${{ }}" expressions are not allowed in modelship.yml (it is data, not a workflow)`, 'pass values through `${env:NAME}` and set NAME in the workflow step\'s env:');
      return value;
    }
    return value.replace(ENV_REFERENCE, (_m, name: string) => {
      const v = env[name];
      if (v === undefined) {
        report(keyPath, `environment variable ${name} is not set (referenced as \${env:${name}})`, `set ${name} or remove the reference`);
        return '';
      }
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, [...keyPath, i], env, report));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, [...keyPath, k], env, report);
    return out;
  }
  return value;
}

/** Keeps the most specific errors: branch noise from anyOf/oneOf is dropped when a deeper error explains it. */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  const meaningful = errors.filter((e) => !['anyOf', 'oneOf', 'if', 'then', 'else', 'not'].includes(e.keyword));
  const pool = meaningful.length > 0 ? meaningful : errors;
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of pool) {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  // Several branch failures on one path (e.g. "must be string" and "must be object") read better as one.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of out) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const merged: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const types = group.filter((e) => e.keyword === 'type');
    if (types.length > 1) {
      merged.push({ ...types[0], params: { type: types.map((t) => t.params.type).join(' or ') } });
      merged.push(...group.filter((e) => e.keyword !== 'type'));
    } else {
      merged.push(...group);
    }
  }
  return merged.slice(0, 20);
}

function describeSchemaError(
  e: ErrorObject,
  locate: (keyPath: ReadonlyArray<string | number>, wantKey?: boolean) => SourceLocation,
  data: unknown,
): ConfigIssue {
  const keyPath = pointerToPath(e.instancePath, data);
  const where = keyPath.length > 0 ? dotted(keyPath) : 'the top level';
  const actual = valueAt(data, keyPath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {});
      return {
        location: locate([...keyPath, key], true),
        path: dotted([...keyPath, key]),
        message: `unknown key "${key}" in ${where}`,
        hint: didYouMean(key, known) ?? (known.length > 0 ? `expected one of: ${known.join(', ')}` : undefined),
      };
    }
    case 'required':
      return {
        location: locate(keyPath),
        path: dotted(keyPath),
        message: `missing required key "${String(e.params.missingProperty)}" in ${where}`,
      };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const suggestion = typeof actual === 'string' ? didYouMean(actual, (e.params.allowedValues as unknown[]).map(String)) : undefined;
      return {
        location: locate(keyPath),
        path: dotted(keyPath),
        message: `${where} is ${JSON.stringify(actual)}, expected one of ${allowed.join(', ')}`,
        hint: suggestion,
      };
    }
    case 'const':
      return {
        location: locate(keyPath),
        path: dotted(keyPath),
        message: `${where} is ${JSON.stringify(actual)}, expected ${JSON.stringify(e.params.allowedValue)}`,
      };
    case 'type':
      return {
        location: locate(keyPath),
        path: dotted(keyPath),
        message: `${where} is ${describeValue(actual)}, expected ${String(e.params.type).replace(/,/g, ' or ')}`,
      };
    default: {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return {
        location: locate(keyPath),
        path: dotted(keyPath),
        message: `${where} ${e.message ?? 'is invalid'}${actual === undefined ? '' : ` (got ${describeValue(actual)})`}`,
        hint: description ? `${where}: ${firstLine(description)}` : undefined,
      };
    }
  }
}

function pointerToPath(pointer: string, data: unknown): Array<string | number> {
  if (pointer === '') return [];
  const out: Array<string | number> = [];
  let cursor: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(cursor) && /^\d+$/.test(segment) ? Number(segment) : segment;
    out.push(key);
    cursor = cursor !== null && typeof cursor === 'object' ? (cursor as Record<string, unknown>)[key as string] : undefined;
  }
  return out;
}

function valueAt(data: unknown, keyPath: ReadonlyArray<string | number>): unknown {
  let cursor = data;
  for (const k of keyPath) {
    if (cursor === null || typeof cursor !== 'object') return undefined;
    cursor = (cursor as Record<string, unknown>)[k as string];
  }
  return cursor;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

export function dotted(keyPath: ReadonlyArray<string | number>): string {
  let out = '';
  for (const k of keyPath) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** The resolved configuration in the shape of the file: graphs stand under `models:`, where they were written. */
export function configAsWritten(config: ModelshipConfig): ModelshipConfig {
  const { graphs, ...rest } = config;
  return graphs ? { ...rest, models: { ...rest.models, ...(graphs as unknown as ModelshipConfig['models']) } } : config;
}
