import type { SignatureSpec, TensorSpec } from '../core/config-types.js';
import type { Bump } from './bump.js';

/**
 * What changed between two signatures, and how far each change moves the version.
 *
 * The rules follow one question: does a consumer written against the old signature still work?
 * Inputs are what a consumer sends, outputs are what it reads, so the same change is compatible on
 * one side and breaking on the other:
 *
 * | change                              | input | output |
 * | ----------------------------------- | ----- | ------ |
 * | tensor removed                      | major | major (minor when it was optional) |
 * | tensor added                        | major (minor when optional) | minor |
 * | required -> optional                | minor | major  |
 * | optional -> required                | major | minor  |
 * | element type changed                | major | major  |
 * | rank changed                        | major | major  |
 * | fixed dim -> symbolic (or unknown)  | minor (accepts more) | major (readers sized for the old dim) |
 * | symbolic -> fixed dim               | major (accepts less) | minor (still within what readers handle) |
 * | fixed dim -> another fixed dim      | major | major  |
 * | symbolic dim renamed                | patch | patch  |
 * | order changed, same names           | minor | minor  |
 *
 * A rename is a removal plus an addition (major). `?` (an unknown dimension, as the ONNX reader reports
 * a dimension with neither a size nor a name) counts as symbolic and matches any symbolic name.
 */

export type TensorSide = 'input' | 'output';

export interface SignatureChange {
  side: TensorSide;
  /** The tensor the change is about (empty for order changes). */
  tensor: string;
  bump: Bump;
  message: string;
}

export function diffSignatures(before: SignatureSpec, after: SignatureSpec): SignatureChange[] {
  return [...diffSide('input', before.inputs, after.inputs), ...diffSide('output', before.outputs, after.outputs)];
}

function diffSide(side: TensorSide, before: TensorSpec[], after: TensorSpec[]): SignatureChange[] {
  const changes: SignatureChange[] = [];
  const old = new Map(before.map((t) => [t.name, t]));
  const now = new Map(after.map((t) => [t.name, t]));
  const input = side === 'input';

  for (const t of before) {
    if (now.has(t.name)) continue;
    const bump: Bump = !input && t.optional ? 'minor' : 'major';
    changes.push({ side, tensor: t.name, bump, message: `${side} "${t.name}" was removed${t.optional ? ' (it was optional)' : ''}` });
  }
  for (const t of after) {
    if (old.has(t.name)) continue;
    const bump: Bump = input && !t.optional ? 'major' : 'minor';
    const what = input ? (t.optional ? 'optional input' : 'required input') : t.optional ? 'optional output' : 'output';
    changes.push({ side, tensor: t.name, bump, message: `new ${what} "${t.name}" ${describeTensor(t)}` });
  }
  for (const t of before) {
    const u = now.get(t.name);
    if (u) changes.push(...diffTensor(side, t, u));
  }

  const commonBefore = before.map((t) => t.name).filter((n) => now.has(n));
  const commonAfter = after.map((t) => t.name).filter((n) => old.has(n));
  if (commonBefore.join('\u0000') !== commonAfter.join('\u0000')) {
    changes.push({
      side,
      tensor: '',
      bump: 'minor',
      message: `${side} order changed from [${commonBefore.join(', ')}] to [${commonAfter.join(', ')}] (consumers that address tensors by name are unaffected)`,
    });
  }
  return changes;
}

function diffTensor(side: TensorSide, a: TensorSpec, b: TensorSpec): SignatureChange[] {
  const input = side === 'input';
  const out: SignatureChange[] = [];
  const say = (bump: Bump, message: string) => out.push({ side, tensor: a.name, bump, message: `${side} "${a.name}": ${message}` });

  if (a.dtype !== b.dtype) say('major', `element type changed from ${a.dtype} to ${b.dtype}`);

  const wasOptional = a.optional === true;
  const isOptional = b.optional === true;
  if (wasOptional && !isOptional) say(input ? 'major' : 'minor', 'optional -> required');
  if (!wasOptional && isOptional) say(input ? 'minor' : 'major', 'required -> optional');

  if (a.shape.length !== b.shape.length) {
    say('major', `rank changed from ${a.shape.length} to ${b.shape.length} (${shapeText(a.shape)} -> ${shapeText(b.shape)})`);
    return out;
  }
  for (let i = 0; i < a.shape.length; i++) {
    const x = a.shape[i];
    const y = b.shape[i];
    const dim = `dimension ${i}`;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) say('major', `${dim} changed from ${x} to ${y}`);
    } else if (typeof x === 'number') {
      say(input ? 'minor' : 'major', `${dim} widened from ${x} to symbolic "${y}"`);
    } else if (typeof y === 'number') {
      say(input ? 'major' : 'minor', `${dim} narrowed from symbolic "${x}" to ${y}`);
    } else if (x !== y && x !== '?' && y !== '?') {
      say('patch', `${dim} symbolic name changed from "${x}" to "${y}"`);
    }
  }
  return out;
}

export function shapeText(shape: ReadonlyArray<number | string>): string {
  return `[${shape.join(', ')}]`;
}

export function describeTensor(t: TensorSpec): string {
  return `${t.dtype} ${shapeText(t.shape)}`;
}
