import { isDeepStrictEqual } from 'node:util';
import type { Reason } from './bump.js';
import type { ModelSnapshot } from './model-snapshot.js';
import { diffSignatures } from './signature-diff.js';

/**
 * What changed in a model between two commits, as reasons with the bump each asks for:
 * signature changes by the rules of signature-diff.ts; new weights (any artifact file's content) minor;
 * card, metrics, documentation and extra paths patch; the model's own settings in modelship.yml patch.
 * Files are compared by git blob id, so unchanged multi-GB weights are never read.
 */
export async function compareSnapshots(before: ModelSnapshot, after: ModelSnapshot): Promise<Reason[]> {
  const reasons: Reason[] = [];

  const oldFiles = new Map(before.artifact.map((f) => [f.name, f]));
  const newFiles = new Map(after.artifact.map((f) => [f.name, f]));
  const changedWeights: string[] = [];
  for (const f of after.artifact) {
    const old = oldFiles.get(f.name);
    if (!old) changedWeights.push(`${f.name} added`);
    else if (old.oid !== f.oid) {
      const [a, b] = await Promise.all([before.sha256(old), after.sha256(f)]);
      // Equal sha256 with different blob ids happens when an LFS pointer changes format only.
      if (a !== b) changedWeights.push(`${f.name} sha256 ${a.slice(0, 12)} -> ${b.slice(0, 12)}`);
    }
  }
  for (const f of before.artifact) if (!newFiles.has(f.name)) changedWeights.push(`${f.name} removed`);
  if (changedWeights.length > 0) {
    reasons.push({ kind: 'weights', bump: 'minor', path: after.paths.artifact, message: `new weights: ${changedWeights.join('; ')}` });
  }

  const declaredChanged = !isDeepStrictEqual(before.model.signature ?? null, after.model.signature ?? null);
  if (changedWeights.length > 0 || declaredChanged) {
    const [a, b] = await Promise.all([before.signature(), after.signature()]);
    if (a && b) {
      for (const c of diffSignatures(a.spec, b.spec)) reasons.push({ kind: 'signature', bump: c.bump, message: c.message, path: b.file });
      if (declaredChanged && b.source === 'onnx') {
        reasons.push({ kind: 'config', bump: 'patch', message: 'declared signature in modelship.yml changed (the ONNX file\'s own signature is what is compared)' });
      }
    } else if (a && !b) {
      // Without a signature the interface can no longer be vouched for: treat as breaking.
      reasons.push({ kind: 'signature', bump: 'major', message: 'the signature can no longer be determined (no ONNX file and no declared signature)' });
    } else if (!a && b) {
      reasons.push({ kind: 'signature', bump: 'patch', message: `signature is now known (${b.source === 'onnx' ? `read from ${b.file}` : 'declared in modelship.yml'})` });
    }
  }

  const fileChange = (kind: 'card' | 'metrics', label: string, x: { oid: string } | undefined, y: { oid: string; path: string } | undefined, p?: string) => {
    if (x?.oid === y?.oid) return;
    const what = !x ? 'added' : !y ? 'removed' : 'changed';
    reasons.push({ kind, bump: 'patch', path: y?.path ?? p, message: `${label} ${what}` });
  };
  fileChange('card', 'model card', before.card, after.card, before.card?.path);
  fileChange('metrics', 'metrics', before.metrics, after.metrics, before.metrics?.path);

  const oldExtra = new Map(before.extra.map((f) => [f.path, f.oid]));
  const newExtra = new Map(after.extra.map((f) => [f.path, f.oid]));
  const extraChanged = [...new Set([...oldExtra.keys(), ...newExtra.keys()])].filter((p) => oldExtra.get(p) !== newExtra.get(p)).sort();
  if (extraChanged.length > 0) {
    const shown = extraChanged.slice(0, 10).join(', ') + (extraChanged.length > 10 ? ` and ${extraChanged.length - 10} more` : '');
    reasons.push({ kind: 'files', bump: 'patch', message: `other files of the model changed: ${shown}` });
  }

  const settings = (m: typeof before.model) => ({ format: m.format ?? null, description: m.description ?? null });
  if (!isDeepStrictEqual(settings(before.model), settings(after.model))) {
    reasons.push({ kind: 'config', bump: 'patch', message: 'the model\'s settings in modelship.yml changed (format or description)' });
  }
  return reasons;
}
