#!/usr/bin/env node
// Generates the files that must never drift from their sources:
//   schema/sections/*.json + base + defs  -> schema/modelship.schema.json and its precompiled validator
//                                            src/generated/schema-validator.js (ajv standalone: compiling
//                                            the schema at start-up costs ~170 ms, more than node itself)
//   the schema                            -> README.md "Configuration reference"
//   action.yml + actions/*/action.yml     -> README.md "Actions"
//   package.json "version"                -> src/generated/version.ts (the one version the CLI, actions and
//                                            server report; a release bumps package.json only)
// `--check` writes nothing and fails when a generated file is stale (npm test runs it).
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const SECTION_ORDER = ['models', 'validate', 'score', 'bench', 'gates', 'release', 'environments', 'chatops', 'monitor'];

const read = (rel) => readFileSync(path.join(root, rel), 'utf8');
const readJson = (rel) => {
  try {
    return JSON.parse(read(rel));
  } catch (err) {
    throw new Error(`${rel}: ${err.message}`);
  }
};

export function buildSchema() {
  const schema = readJson('schema/base.json');
  const sectionFiles = readdirSync(path.join(root, 'schema/sections')).filter((f) => f.endsWith('.json') && !f.endsWith('.defs.json'));
  const names = sectionFiles.map((f) => f.replace(/\.json$/, ''));
  const unknown = names.filter((n) => !SECTION_ORDER.includes(n));
  if (unknown.length) throw new Error(`schema/sections: unknown section(s) ${unknown.join(', ')}`);
  for (const name of SECTION_ORDER) {
    if (names.includes(name)) schema.properties[name] = readJson(`schema/sections/${name}.json`);
  }
  const defs = readJson('schema/defs.json');
  for (const name of names) {
    const extra = `schema/sections/${name}.defs.json`;
    if (existsSync(path.join(root, extra))) Object.assign(defs, readJson(extra));
  }
  schema.$defs = defs;
  return schema;
}

function resolveRef(schema, node) {
  if (node && typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) {
    return { ...schema.$defs[node.$ref.slice('#/$defs/'.length)], ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
  }
  return node;
}

/** The alternatives of a union, refs resolved; inline nested unions are flattened, named ones (`$ref`) kept. */
function alternatives(schema, node) {
  node = resolveRef(schema, node);
  const alts = node?.anyOf ?? node?.oneOf;
  if (!alts) return [node];
  return alts.flatMap((a) => (a?.$ref ? [resolveRef(schema, a)] : alternatives(schema, a)));
}

/** A union read as a person would say it: "string, `{file: …}`, `{mlflow: …}` or a list of these". */
function unionType(schema, node) {
  const alts = alternatives(schema, node);
  const names = [];
  const add = (name) => {
    if (name && !names.includes(name)) names.push(name);
  };
  // A union inside a union (a `$ref` to one) stays a group: "(string, `{file: …}` or a list of these) or `{live: …}`".
  const single = alts.filter((a) => a?.type !== 'array').map((a) => (a?.anyOf ?? a?.oneOf ? `(${unionType(schema, a)})` : typeOf(schema, a, true)));
  single.forEach(add);
  for (const a of alts.filter((x) => x?.type === 'array')) {
    const items = [...new Set(alternatives(schema, a.items).map((i) => typeOf(schema, i, true)))];
    add(items.length > 1 && items.every((i) => single.includes(i)) ? 'a list of these' : `list of ${typeOf(schema, a.items) || 'values'}`);
  }
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}

function typeOf(schema, node, inUnion = false) {
  node = resolveRef(schema, node);
  if (!node) return '';
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (node.anyOf ?? node.oneOf) return unionType(schema, node);
  if (node.type === 'array') return `list of ${typeOf(schema, node.items) || 'values'}`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object' && !node.properties) {
    return `map of name → ${typeOf(schema, node.additionalProperties) || 'value'}`;
  }
  // An object alternative of a union is named by the key that tells it apart, e.g. `{mlflow: …}`.
  if (inUnion && node.type === 'object' && node.required?.length) return `\`{${node.required[0]}: …}\``;
  return Array.isArray(node.type) ? node.type.join(' or ') : node.type ?? '';
}

/**
 * Settings that exist only for one kind, written as `allOf: [{if: {properties: {type: {const: K}}}, then:
 * {properties}}]` (each provider's and each strategy's own keys): one row per key, marked with its kind.
 */
function conditionalBranches(schema, node) {
  const out = [];
  for (const branch of node.allOf ?? []) {
    const kinds = Object.entries(branch.if?.properties ?? {}).filter(([, v]) => v && v.const !== undefined || v?.enum);
    const then = resolveRef(schema, branch.then);
    if (kinds.length !== 1 || !then?.properties) continue;
    const [field, cond] = kinds[0];
    const values = cond.const !== undefined ? [cond.const] : cond.enum;
    out.push({ label: `${field}: ${values.join(' or ')}`, node: then });
  }
  return out;
}

function rows(schema, node, prefix, depth, out, required = [], only = '') {
  node = resolveRef(schema, node);
  if (!node || depth > 6) return;
  const props = node.properties ?? {};
  for (const [key, child0] of Object.entries(props)) {
    if (child0 === true) continue; // `type: true` in a conditional branch: the key is described above it
    const child = resolveRef(schema, child0);
    const name = `${prefix}${key}`;
    const desc = `${only ? `(${only}) ` : ''}${(child.description ?? '').replace(/\n/g, ' ').replace(/\|/g, '\\|')}`;
    const def = child.default !== undefined ? `\`${JSON.stringify(child.default)}\`` : '';
    out.push(`| \`${name}\`${required.includes(key) ? ' (required)' : ''} | ${typeOf(schema, child)} | ${def} | ${desc} |`);
    rows(schema, child, `${name}.`, depth + 1, out, child.required ?? []);
    for (const branch of conditionalBranches(schema, child)) rows(schema, branch.node, `${name}.`, depth + 1, out, branch.node.required ?? [], branch.label);
    const items = resolveRef(schema, child.items);
    if (items && items.properties) rows(schema, items, `${name}[].`, depth + 1, out, items.required ?? []);
    const ap = resolveRef(schema, child.additionalProperties);
    if (ap && typeof ap === 'object' && ap.properties) rows(schema, ap, `${name}.<name>.`, depth + 1, out, ap.required ?? []);
  }
}

export function configReference(schema) {
  const out = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  rows(schema, schema, '', 0, out, schema.required ?? []);
  return out.join('\n');
}

function actionFiles() {
  const files = [];
  if (existsSync(path.join(root, 'action.yml'))) files.push('action.yml');
  const dir = path.join(root, 'actions');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (existsSync(path.join(dir, name, 'action.yml'))) files.push(`actions/${name}/action.yml`);
    }
  }
  return files;
}

export function actionsReference() {
  const cell = (s) => String(s ?? '').replace(/\n+/g, ' ').trim().replace(/\|/g, '\\|');
  const parts = [];
  for (const file of actionFiles()) {
    const meta = parseYaml(read(file));
    const uses = file === 'action.yml' ? 'modelship/modelship@v1' : `modelship/modelship/${path.dirname(file)}@v1`;
    parts.push(`### ${meta.name} — \`uses: ${uses}\``, '', cell(meta.description), '');
    const inputs = Object.entries(meta.inputs ?? {});
    if (inputs.length) {
      parts.push('| Input | Required | Default | Description |', '| --- | --- | --- | --- |');
      for (const [k, v] of inputs) parts.push(`| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${v.default !== undefined ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description)} |`);
      parts.push('');
    }
    const outputs = Object.entries(meta.outputs ?? {});
    if (outputs.length) {
      parts.push('| Output | Description |', '| --- | --- |');
      for (const [k, v] of outputs) parts.push(`| \`${k}\` | ${cell(v.description)} |`);
      parts.push('');
    }
  }
  return parts.join('\n').trimEnd();
}

/** ESM source of a precompiled validator; ajv's own runtime helpers are imported, never required. */
function standaloneValidator(schema) {
  const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
  const standaloneCode = standaloneModule.default ?? standaloneModule;
  const addFormats = addFormatsModule.default ?? addFormatsModule;
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  let code = standaloneCode(ajv, ajv.compile(schema));
  // ajv emits require() for its runtime helpers even in ESM mode; turn each into an import.
  const modules = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  const imports = modules.map((m, i) => `import __runtime${i} from "${m.endsWith('.js') ? m : `${m}.js`}";`);
  modules.forEach((m, i) => (code = code.split(`require("${m}")`).join(`__runtime${i}`)));
  code = code.replace(/^"use strict";/, '');
  return `// Generated by scripts/generate.mjs from schema/ — do not edit; run \`npm run generate\`.\n${imports.join('\n')}\n${code}\n`;
}

function replaceBlock(text, name, body) {
  const start = `<!-- generated:${name} (npm run generate; do not edit by hand) -->`;
  const end = `<!-- /generated:${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md: missing the markers of the generated block "${name}"`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

const schema = buildSchema();
const outputs = new Map();
outputs.set('schema/modelship.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
outputs.set('src/generated/schema-validator.js', standaloneValidator(schema));
let readme = read('README.md');
readme = replaceBlock(readme, 'config-reference', configReference(schema));
readme = replaceBlock(readme, 'actions', actionsReference());
outputs.set('README.md', readme);
outputs.set(
  'src/generated/version.ts',
  `// Generated by scripts/generate.mjs from package.json — do not edit; run \`npm run generate\`.\nexport const VERSION = ${JSON.stringify(readJson('package.json').version)};\n`,
);

// GitHub runs reusable workflows only from .github/workflows/: callers use
// `modelship/modelship/.github/workflows/<name>.yml@v1`. workflows/ is the source, linted by the tests; the
// copies are byte-identical (docs/workflows.md says so, and a diff between them shows nothing), so the
// "edit the source" note is the first line of each source file rather than a header added to the copy.
const workflowDir = path.join(root, 'workflows');
if (existsSync(workflowDir)) {
  for (const f of readdirSync(workflowDir).filter((f) => f.endsWith('.yml')).sort()) {
    outputs.set(`.github/workflows/${f}`, read(`workflows/${f}`));
  }
}

const stale = [];
for (const [rel, content] of outputs) {
  const file = path.join(root, rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === content) continue;
  if (check) stale.push(rel);
  else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (stale.length) {
  console.error(`generated files are stale: ${stale.join(', ')}\nrun \`npm run generate\` and commit the result`);
  process.exit(1);
}
