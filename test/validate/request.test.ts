import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { validateRequest } from '../../src/validate/request.js';

describe('validateRequest (one set of rules for `modelship validate` and the validate action)', () => {
  const cwd = path.resolve('/work/repo');

  it('a named configuration is required; otherwise it is read only when the default file is there', () => {
    expect(validateRequest({ paths: ['m.onnx'], configNamed: true }, cwd).configuration).toBe('required');
    expect(validateRequest({ paths: ['m.onnx'], configNamed: false }, cwd).configuration).toBe('if-present');
    expect(validateRequest({ paths: [], configNamed: false }, cwd).configuration).toBe('if-present');
  });

  it('fail-on-warning only turns the rule on: left off, modelship.yml\'s validate.failOnWarning decides (the action passed false and overrode it)', () => {
    expect(validateRequest({ paths: [], failOnWarning: true, configNamed: false }, cwd).failOnWarning).toBe(true);
    expect(validateRequest({ paths: [], failOnWarning: false, configNamed: false }, cwd).failOnWarning).toBeUndefined();
  });

  it('the manifest is relative to where the surface stands', () => {
    expect(validateRequest({ paths: [], manifest: 'release/SHA256SUMS', configNamed: false }, cwd).manifest).toBe(path.join(cwd, 'release/SHA256SUMS'));
    expect(validateRequest({ paths: [], configNamed: false }, cwd).manifest).toBeUndefined();
  });
});
