import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { SignatureSpec, TensorSpec } from '../../src/core/config-types.js';
import { highestBump } from '../../src/version/bump.js';
import { diffSignatures } from '../../src/version/signature-diff.js';

const t = (name: string, shape: Array<number | string>, extra: Partial<TensorSpec> = {}): TensorSpec => ({ name, dtype: 'float32', shape, ...extra });
const base: SignatureSpec = {
  inputs: [t('features', ['batch', 4])],
  outputs: [t('probabilities', ['batch', 3]), t('label', ['batch'], { dtype: 'int64' })],
};
const withInputs = (inputs: TensorSpec[]): SignatureSpec => ({ ...base, inputs });
const withOutputs = (outputs: TensorSpec[]): SignatureSpec => ({ ...base, outputs });
const bumpOf = (a: SignatureSpec, b: SignatureSpec) => highestBump(diffSignatures(a, b).map((c) => c.bump));

describe('diffSignatures', () => {
  it('finds nothing between equal signatures', () => {
    expect(diffSignatures(base, structuredClone(base))).toEqual([]);
  });

  describe('inputs (what a consumer sends)', () => {
    it('removing an input is major', () => {
      const changes = diffSignatures(withInputs([t('features', ['batch', 4]), t('extra', [1])]), base);
      expect(changes).toEqual([{ side: 'input', tensor: 'extra', bump: 'major', message: 'input "extra" was removed' }]);
    });
    it('adding a required input is major, an optional one minor', () => {
      expect(bumpOf(base, withInputs([...base.inputs, t('mask', ['batch'])]))).toBe('major');
      expect(bumpOf(base, withInputs([...base.inputs, t('mask', ['batch'], { optional: true })]))).toBe('minor');
    });
    it('a fixed dim becoming symbolic widens (minor); symbolic becoming fixed narrows (major)', () => {
      expect(bumpOf(base, withInputs([t('features', ['batch', 'n'])]))).toBe('minor');
      expect(bumpOf(base, withInputs([t('features', [1, 4])]))).toBe('major');
    });
    it('a fixed dim changing size is major', () => {
      const c = diffSignatures(base, withInputs([t('features', ['batch', 5])]));
      expect(c).toEqual([{ side: 'input', tensor: 'features', bump: 'major', message: 'input "features": dimension 1 changed from 4 to 5' }]);
    });
    it('required -> optional is minor, optional -> required major', () => {
      expect(bumpOf(base, withInputs([t('features', ['batch', 4], { optional: true })]))).toBe('minor');
      expect(bumpOf(withInputs([t('features', ['batch', 4], { optional: true })]), base)).toBe('major');
    });
  });

  describe('outputs (what a consumer reads)', () => {
    it('a new output, optional or not, is minor', () => {
      expect(bumpOf(base, withOutputs([...base.outputs, t('logits', ['batch', 3], { optional: true })]))).toBe('minor');
      expect(bumpOf(base, withOutputs([...base.outputs, t('logits', ['batch', 3])]))).toBe('minor');
    });
    it('removing an output is major, unless it was optional (minor)', () => {
      expect(bumpOf(base, withOutputs([base.outputs[0]]))).toBe('major');
      expect(bumpOf(withOutputs([...base.outputs, t('x', [1], { optional: true })]), base)).toBe('minor');
    });
    it('a fixed output dim becoming symbolic is major; symbolic becoming fixed is minor', () => {
      expect(bumpOf(base, withOutputs([t('probabilities', ['batch', 'classes']), base.outputs[1]]))).toBe('major');
      expect(bumpOf(base, withOutputs([t('probabilities', [1, 3]), base.outputs[1]]))).toBe('minor');
    });
    it('required -> optional output is major, optional -> required minor', () => {
      expect(bumpOf(base, withOutputs([t('probabilities', ['batch', 3], { optional: true }), base.outputs[1]]))).toBe('major');
      expect(bumpOf(withOutputs([t('probabilities', ['batch', 3], { optional: true }), base.outputs[1]]), base)).toBe('minor');
    });
  });

  it('an element type change is major on either side', () => {
    expect(bumpOf(base, withInputs([t('features', ['batch', 4], { dtype: 'float64' })]))).toBe('major');
    const c = diffSignatures(base, withOutputs([base.outputs[0], t('label', ['batch'], { dtype: 'int32' })]));
    expect(c.map((x) => x.message)).toEqual(['output "label": element type changed from int64 to int32']);
  });

  it('a rank change is major and reported once (no per-dimension noise)', () => {
    const c = diffSignatures(base, withInputs([t('features', ['batch', 2, 2])]));
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ bump: 'major', message: expect.stringContaining('rank changed from 2 to 3') });
  });

  it('a rename is a removal plus an addition: major', () => {
    const c = diffSignatures(base, withInputs([t('x', ['batch', 4])]));
    expect(c.map((x) => [x.tensor, x.bump])).toEqual([['features', 'major'], ['x', 'major']]);
  });

  it('renaming a symbolic dim is a patch; unknown "?" matches any symbolic name', () => {
    expect(bumpOf(base, withInputs([t('features', ['N', 4])]))).toBe('patch');
    expect(diffSignatures(base, withInputs([t('features', ['?', 4])]))).toEqual([]);
  });

  it('reordering tensors with the same names is minor', () => {
    const c = diffSignatures(base, withOutputs([base.outputs[1], base.outputs[0]]));
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ side: 'output', bump: 'minor' });
  });

  it('property: a signature never differs from itself, and removing then re-adding is symmetric in count', () => {
    const dim = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom('batch', 'n', '?'));
    const tensor = fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), dtype: fc.constantFrom('float32', 'int64'), shape: fc.array(dim, { maxLength: 3 }), optional: fc.boolean() }) as fc.Arbitrary<TensorSpec>;
    const uniq = (xs: TensorSpec[]) => xs.filter((x, i) => xs.findIndex((y) => y.name === x.name) === i);
    const sig = fc.record({ inputs: fc.array(tensor, { maxLength: 4 }).map(uniq), outputs: fc.array(tensor, { maxLength: 4 }).map(uniq) });
    fc.assert(
      fc.property(sig, sig, (a, b) => {
        expect(diffSignatures(a, a)).toEqual([]);
        const forward = diffSignatures(a, b);
        const backward = diffSignatures(b, a);
        expect(forward.length === 0).toBe(backward.length === 0);
        for (const c of forward) expect(['major', 'minor', 'patch']).toContain(c.bump);
      }),
      { numRuns: 300 },
    );
  });
});
