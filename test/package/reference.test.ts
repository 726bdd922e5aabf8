import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatDigestReference, parseDigestReference, parseReference } from '../../src/package/reference.js';

const DIGEST = `sha256:${'a1'.repeat(32)}`;

describe('OCI references', () => {
  it('parses registry, repository, tag and digest, with or without oci://', () => {
    expect(parseReference('ghcr.io/org/models/iris:1.2.0')).toEqual({ registry: 'ghcr.io', repository: 'org/models/iris', tag: '1.2.0' });
    expect(parseReference(`oci://127.0.0.1:5000/iris@${DIGEST}`)).toEqual({ registry: '127.0.0.1:5000', repository: 'iris', digest: DIGEST });
    expect(parseReference(`localhost:5000/a/b:v1@${DIGEST}`)).toEqual({ registry: 'localhost:5000', repository: 'a/b', tag: 'v1', digest: DIGEST });
  });

  it('round-trips a digest reference', () => {
    const ref = parseDigestReference(`oci://registry.example.com/team/iris@${DIGEST}`);
    expect(formatDigestReference(ref)).toBe(`oci://registry.example.com/team/iris@${DIGEST}`);
  });

  it('refuses bad references with the reason', () => {
    expect(() => parseReference('iris:1.0')).toThrow(/no registry host/);
    expect(() => parseReference('ghcr.io/Org/Iris')).toThrow(/repository "Org\/Iris" is not a valid/);
    expect(() => parseReference('ghcr.io/iris@sha256:abc')).toThrow(/digest "sha256:abc"/);
    expect(() => parseReference('ghcr.io/iris:-bad')).toThrow(/tag "-bad"/);
    expect(() => parseDigestReference('oci://ghcr.io/org/iris:1.0.0')).toThrow(/not pinned by digest/);
  });

  it('never crashes on arbitrary text: parses or throws a ModelshipError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const ref = parseReference(text);
          expect(ref.registry.length).toBeGreaterThan(0);
        } catch (err) {
          expect((err as Error).name).toBe('ModelshipError');
        }
      }),
    );
  });
});
