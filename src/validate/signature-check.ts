import type { SignatureSpec } from '../core/config-types.js';
import { error } from './finding.js';
import type { Finding } from './types.js';

/** The configured signature against the file's: names, element types, and fixed sizes must agree. */
export function compareSignature(expected: SignatureSpec, actual: SignatureSpec): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['inputs', 'outputs'] as const) {
    const have = new Map(actual[side].map((t) => [t.name, t]));
    for (const want of expected[side]) {
      const got = have.get(want.name);
      if (!got) {
        if (!want.optional) findings.push(error('signature/missing-tensor', `modelship.yml expects ${side.slice(0, -1)} ${JSON.stringify(want.name)}, which the model does not declare (it has ${[...have.keys()].join(', ') || 'none'})`, { pointer: `${side}.${want.name}` }));
        continue;
      }
      if (got.dtype !== want.dtype) findings.push(error('signature/dtype-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} is ${got.dtype}, modelship.yml expects ${want.dtype}`, { pointer: `${side}.${want.name}` }));
      if (got.shape.length !== want.shape.length) {
        findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} has rank ${got.shape.length} [${got.shape.join(', ')}], modelship.yml expects [${want.shape.join(', ')}]`, { pointer: `${side}.${want.name}` }));
      } else {
        want.shape.forEach((d, i) => {
          const g = got.shape[i];
          if (typeof d === 'number' && typeof g === 'number' && d !== g) {
            findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} dimension ${i} is ${g}, modelship.yml expects ${d}`, { pointer: `${side}.${want.name}` }));
          }
        });
      }
    }
  }
  return findings;
}
