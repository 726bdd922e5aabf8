import { describe, expect, it } from '@jest/globals';
import { Inputs } from '../../src/actions/runtime/inputs.js';

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');

describe('Inputs', () => {
  it('reads strings with defaults and requirements', () => {
    const i = inputs({ a: '  x ' });
    expect(i.string('a')).toBe('x');
    expect(i.string('b', { default: 'd' })).toBe('d');
    expect(() => i.string('b', { required: true })).toThrow('input "b" is required');
  });

  it('reads booleans the YAML way and refuses anything else', () => {
    expect(inputs({ a: 'true' }).boolean('a', false)).toBe(true);
    expect(inputs({ a: 'False' }).boolean('a', true)).toBe(false);
    expect(inputs({}).boolean('a', true)).toBe(true);
    expect(() => inputs({ a: 'yes' }).boolean('a', false)).toThrow('input "a" is "yes", expected true or false');
  });

  it('reads numbers with bounds', () => {
    expect(inputs({ n: '3' }).number('n', { integer: true })).toBe(3);
    expect(() => inputs({ n: '3.5' }).number('n', { integer: true })).toThrow('expected an integer');
    expect(() => inputs({ n: 'abc' }).number('n')).toThrow('input "n" is "abc", expected a number');
    expect(() => inputs({ n: '0' }).number('n', { min: 1 })).toThrow('expected a number >= 1');
    expect(() => inputs({ n: '11' }).number('n', { max: 10 })).toThrow('<= 10');
  });

  it('reads lists from lines or commas, dropping comments', () => {
    expect(inputs({ l: 'a, b,c' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(inputs({ l: 'models/a.onnx\n# skip\n\nmodels/b, c.onnx\n' }).list('l')).toEqual(['models/a.onnx', 'models/b, c.onnx']);
    expect(inputs({}).list('l')).toEqual([]);
  });

  it('reads durations and choices', () => {
    expect(inputs({ d: '1m' }).duration('d')).toBe(60_000);
    expect(() => inputs({ d: 'later' }).duration('d')).toThrow('input "d": "later" is not a duration');
    expect(inputs({ c: 'json' }).choice('c', ['text', 'json'] as const, 'text')).toBe('json');
    expect(() => inputs({ c: 'xml' }).choice('c', ['text', 'json'] as const, 'text')).toThrow('expected one of text, json');
  });
});
