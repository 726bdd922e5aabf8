import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { scanPickles } from '../../../src/validate/pickle/machine.js';
import { PicklePolicy } from '../../../src/validate/pickle/policy.js';
import { PROFILE_NAMES } from '../../../src/validate/pickle/profiles.js';
import { bufferSource } from '../../../src/validate/sources.js';
import * as H from './corpus/healthy.js';

const policy = new PicklePolicy([...PROFILE_NAMES]);
const LIMITS = { maxPickleOpcodes: 200_000, maxPickleMemo: 100_000, timeoutMs: 5_000 };
const SEEDS = [H.sklearnLogisticRegression(), H.torchStateDictPickle(), H.protocol0Data(), H.joblibDump(), H.objectArrayPickle()];

async function verdict(data: Buffer): Promise<void> {
  const r = await scanPickles(bufferSource('fuzz', data), { policy, limits: LIMITS, joblib: true });
  // Always a result; an incomplete parse always carries an error finding.
  expect(Array.isArray(r.findings)).toBe(true);
  if (!r.complete) expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
}

const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat())
  .map(([seed, edits, cut]) => {
    const b = Buffer.from(seed);
    for (const [at, v] of edits) b[at % b.length] = v;
    return cut % 5 === 0 ? b.subarray(0, cut % b.length) : b;
  });

describe('pickle machine fuzzing', () => {
  it('random bytes: always a verdict, never a throw', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (u) => verdict(Buffer.from(u))), { numRuns: 400 });
  });
  it('PROTO-prefixed random opcodes: always a verdict', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.uint8Array({ maxLength: 256 }), async (p, u) => verdict(Buffer.concat([Buffer.from([0x80, p]), Buffer.from(u)]))), { numRuns: 400 });
  });
  it('mutated and truncated real pickles: always a verdict', async () => {
    await fc.assert(fc.asyncProperty(mutated, async (b) => verdict(b)), { numRuns: 400 });
  });
});
