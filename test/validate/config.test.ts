import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { DEFAULT_LIMITS, parseSize, resolveValidateSettings, type ValidateSectionConfig } from '../../src/validate/config.js';

const yaml = (section: string) => `version: 1\nmodels:\n  m:\n    path: m.onnx\nvalidate:\n${section}`;

describe('validate configuration', () => {
  it('accepts the documented keys and applies defaults and units', () => {
    const loaded = parseConfig(yaml('  limits:\n    maxFileBytes: 2GiB\n    timeoutMs: 5m\n    maxArchiveDepth: 2\n  pickle:\n    profiles: [pytorch]\n    allow: [collections.OrderedDict]\n  allowCustomOnnxDomains: [com.example]\n  failOnWarning: true\n  ignore: ["**/*.md"]\n'), '/p/modelship.yml');
    const s = resolveValidateSettings(loaded.config.validate as ValidateSectionConfig);
    expect(s.limits.maxFileBytes).toBe(2 * 1024 ** 3);
    expect(s.limits.timeoutMs).toBe(300_000);
    expect(s.limits.maxArchiveDepth).toBe(2);
    expect(s.limits.maxPickleOpcodes).toBe(DEFAULT_LIMITS.maxPickleOpcodes);
    expect(s.pickle).toEqual({ profiles: ['pytorch'], allow: ['collections.OrderedDict'], deny: [] });
    expect(s.failOnWarning).toBe(true);
    expect(resolveValidateSettings(undefined).limits).toEqual(DEFAULT_LIMITS);
  });
  it('rejects unknown keys and bad sizes with the line', () => {
    for (const bad of ['  limits:\n    maxFileByte: 3\n', '  limits:\n    maxFileBytes: lots\n', '  pickle:\n    profiles: [tensorflow]\n']) {
      try {
        parseConfig(yaml(bad), '/p/modelship.yml');
        throw new Error('accepted');
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).issues[0].location.line).toBeGreaterThanOrEqual(6);
      }
    }
  });
  it('parses sizes', () => {
    expect(parseSize('64KiB', 'x')).toBe(65536);
    expect(parseSize('1.5 MB', 'x')).toBe(1_500_000);
    expect(parseSize(12, 'x')).toBe(12);
    expect(() => parseSize('12 parsecs', 'x')).toThrow(/expected a size/);
  });
});
