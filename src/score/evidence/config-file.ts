import path from 'node:path';
import { parse as parseYaml } from 'yaml';
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

export function checkConfigFile(file: string, text: string): string | undefined {
  if (DEPENDABOT_FILES.includes(file)) return checkDependabot(text);
  if (RENOVATE_FILES.includes(file) || /(^|\/)renovate\.json5?$/.test(file)) return checkRenovate(file, text);
  return text.trim() === '' ? 'it is empty' : undefined;
}

/** A configuration file that makes a service run the test (Dependabot, Renovate, a monitoring rule...). */
export const configFileVerifier: EvidenceVerifier<string> = {
  kind: 'config-file',
  level: 'automated',
  async verify(file, ctx, keyPath, testId): Promise<Verification> {
    const description = `configuration file ${file}`;
    const text = await ctx.repo.readText(file);
    if (text === undefined) {
      return notCredited(description, `${file} does not exist`, [{
        severity: 'error', code: 'evidence-path-missing', test: testId,
        message: `${testId}: configuration file "${file}" does not exist in ${ctx.repo.label}`,
        location: ctx.settings.locate(keyPath), hint: 'paths are relative to the repository root',
      }]);
    }
    const problem = checkConfigFile(file.replace(/^\.\//, ''), text);
    const location = { file: path.join(ctx.repo.root, file) };
    if (problem) {
      return notCredited(description, `${file}: ${problem}`, [{ severity: 'error', code: 'evidence-config-invalid', test: testId, message: `${testId}: ${file} is no evidence: ${problem}`, location: ctx.settings.locate(keyPath) }], location);
    }
    return { credited: true, description, findings: [], location };
  },
};
