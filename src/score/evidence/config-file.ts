import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ConfigFileEvidenceConfig } from '../config.js';
import { notCredited, type EvidenceVerifier, type Verification } from './verifier.js';

/** Files whose mere presence proves nothing: they are parsed and must actually configure updates. */
export const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
export const RENOVATE_FILES = ['renovate.json', 'renovate.json5', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json', '.renovaterc', '.renovaterc.json', '.renovaterc.json5'];

/** A Dependabot file configures updates when it has `version: 2` and at least one complete `updates` entry. */
export function checkDependabot(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    return `it is not valid YAML (${(err as Error).message.split('\n')[0]})`;
  }
  const root = (doc ?? {}) as Record<string, unknown>;
  if (root.version !== 2) return 'it lacks `version: 2`';
  const updates = Array.isArray(root.updates) ? root.updates : [];
  const complete = updates.filter((u) => {
    const e = (u ?? {}) as Record<string, unknown>;
    return typeof e['package-ecosystem'] === 'string' && typeof ((e.schedule ?? {}) as Record<string, unknown>).interval === 'string';
  });
  return complete.length === 0 ? 'it has no `updates` entry with a package-ecosystem and a schedule interval' : undefined;
}

/** Renovate JSON must parse and not be switched off; JSON5 files are accepted when not switched off. */
export function checkRenovate(file: string, text: string): string | undefined {
  if (/"?enabled"?\s*:\s*false/.test(text)) return 'it is switched off (`enabled: false`)';
  if (file.endsWith('.json5')) return text.trim() === '' ? 'it is empty' : undefined;
  try {
    const doc = JSON.parse(text) as unknown;
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? undefined : 'it is not a JSON object';
  } catch (err) {
    return `it is not valid JSON (${(err as Error).message})`;
  }
}

export function isKnownConfigFile(file: string): boolean {
  return DEPENDABOT_FILES.includes(file) || RENOVATE_FILES.includes(file) || /(^|\/)renovate\.json5?$/.test(file);
}

/** What a known file proves, checked by its own rules; undefined for files Modelship does not know. */
export function checkKnownConfigFile(file: string, text: string): string | undefined {
  if (DEPENDABOT_FILES.includes(file)) return checkDependabot(text);
  return checkRenovate(file, text);
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
}

/** Each dotted key path that the YAML or JSON document lacks (or holds empty), or why it cannot be read. */
export function missingKeys(text: string, keys: string[]): { problem?: string; missing: string[] } {
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    return { problem: `it is not YAML or JSON (${(err as Error).message.split('\n')[0]}), so its keys cannot be checked`, missing: keys };
  }
  if (doc === null || typeof doc !== 'object') return { problem: 'it is not a YAML or JSON mapping, so its keys cannot be checked', missing: keys };
  const missing = keys.filter((key) => {
    let v: unknown = doc;
    for (const part of key.split('.')) {
      if (v === null || typeof v !== 'object') return true;
      v = Array.isArray(v) ? (/^\d+$/.test(part) ? v[Number(part)] : undefined) : (v as Record<string, unknown>)[part];
    }
    return isEmpty(v);
  });
  return { missing };
}

/**
 * A configuration file that makes a service run the test. It must say what it proves: Dependabot and
 * Renovate files are parsed by their own rules; any other file must be YAML or JSON holding the given keys
 * with non-empty values (`config: {file: monitoring/alerts.yml, key: groups.0.rules}`). A bare path to
 * any other file is not evidence: a non-empty README proves nothing.
 */
export const configFileVerifier: EvidenceVerifier<string | ConfigFileEvidenceConfig> = {
  kind: 'config-file',
  level: 'automated',
  async verify(config, ctx, keyPath, testId): Promise<Verification> {
    const file = (typeof config === 'string' ? config : config.file).replace(/^\.\//, '');
    const keys = typeof config === 'string' || config.key === undefined ? [] : Array.isArray(config.key) ? config.key : [config.key];
    const description = `configuration file ${file}${keys.length ? ` with ${keys.join(', ')}` : ''}`;
    const text = await ctx.repo.readText(file);
    if (text === undefined) {
      return notCredited(description, `${file} does not exist`, [{
        severity: 'error', code: 'evidence-path-missing', test: testId,
        message: `${testId}: configuration file "${file}" does not exist in ${ctx.repo.label}`,
        location: ctx.settings.locate(keyPath), hint: 'paths are relative to the repository root',
      }]);
    }
    const location = { file: path.join(ctx.repo.root, file) };
    const fail = (problem: string, hint?: string) =>
      notCredited(description, `${file}: ${problem}`, [{ severity: 'error', code: 'evidence-config-invalid', test: testId, message: `${testId}: ${file} is no evidence: ${problem}`, location: ctx.settings.locate(keyPath), ...(hint ? { hint } : {}) }], location);
    const proof: string[] = [];
    if (isKnownConfigFile(file)) {
      const problem = checkKnownConfigFile(file, text);
      if (problem) return fail(problem);
      proof.push(DEPENDABOT_FILES.includes(file) ? `${file} has \`version: 2\` and an \`updates\` entry with a package-ecosystem and a schedule interval` : `${file} is a Renovate configuration that is not switched off`);
    } else if (keys.length === 0) {
      return fail('Modelship cannot tell what this file automates', `name the key(s) it must contain: config: {file: ${file}, key: <dotted.path>}`);
    }
    if (keys.length > 0) {
      const { problem, missing } = missingKeys(text, keys);
      if (problem) return fail(problem);
      if (missing.length > 0) return fail(`it has no non-empty ${missing.map((k) => `\`${k}\``).join(', ')}`);
      proof.push(`${file} parses as YAML/JSON and holds non-empty ${keys.map((k) => `\`${k}\``).join(', ')}`);
    }
    return { credited: true, description, findings: [], location, proof };
  },
};
