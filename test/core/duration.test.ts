import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  it.each([
    ['90', 90_000],
    ['1.5s', 1500],
    ['500ms', 500],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text, 'x')).toBe(ms));

  it('treats a number as seconds', () => expect(parseDuration(2, 'x')).toBe(2000));

  it.each(['', 'soon', '5 minutes', '5m!', '-1s', 'm5'])('refuses %j and names the field', (text) => {
    expect(() => parseDuration(text, 'input "timeout"')).toThrow(/input "timeout": .* is not a duration/);
  });

  it('refuses negative and non-finite numbers', () => {
    expect(() => parseDuration(-1, 'x')).toThrow(/>= 0/);
    expect(() => parseDuration(Number.NaN, 'x')).toThrow();
  });

  it('formats for people', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(1500)).toBe('1.50s');
    expect(formatDuration(90_000)).toBe('1m30s');
  });
});
