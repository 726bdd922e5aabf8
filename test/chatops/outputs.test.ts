import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inert } from '../../src/chatops/outputs.js';

describe('inert (the reason output)', () => {
  it('removes what a shell or an expression needs', () => {
    expect(inert('model "${{ secrets.X }}" is not valid; `id` $(x) a|b a&b <c>\nnext')).toBe("model ???? secrets.X ??? is not valid? ?id? ?(x) a?b a?b ?c? next");
    expect(inert("@octocat's permission")).toBe('@octocat’s permission');
  });

  it('never leaves a metacharacter, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(inert(text)).not.toMatch(/[`$\\{}|&;<>"'\r\n]/);
      }),
      { numRuns: 500 },
    );
  });
});
