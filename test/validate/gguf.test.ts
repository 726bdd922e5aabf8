import { describe, expect, it } from '@jest/globals';
import { lintChatTemplate } from '../../src/validate/formats/chat-template.js';
import { errors, rules, validateOne } from './helpers.js';
import { ggufFile, healthyGguf, healthyGgufOptions, hostileGguf } from './corpus/gguf.js';

describe('gguf', () => {
  it('passes a v3 file laid out like llama.cpp writes it', async () => {
    const a = await validateOne('tiny.gguf', healthyGguf());
    expect(a.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(a.verdict).toBe('pass');
    expect(a.format).toBe('gguf');
    expect(a.details).toMatchObject({ version: 3, tensors: 4, architecture: 'llama', alignment: 32 });
  });

  it('passes version 2 too', async () => {
    const a = await validateOne('tiny.gguf', ggufFile({ ...healthyGgufOptions(), version: 2 }));
    expect(a.verdict).toBe('pass');
  });

  for (const h of hostileGguf()) {
    it(`fails ${h.name} with ${h.rule}`, async () => {
      const a = await validateOne('model.gguf', h.data);
      expect(a.verdict).toBe('fail');
      expect(errors(a)).toContain(h.rule);
    });
  }

  it('warns (does not fail) on spec-only rules: key syntax, bool values, missing architecture', async () => {
    const o = healthyGgufOptions();
    const a = await validateOne(
      'tiny.gguf',
      ggufFile({ ...o, kv: [...o.kv.filter(([k]) => k !== 'general.architecture'), ['Bad Key', { type: 'u32', value: 1 }], ['x.flag', { type: 'bool', value: 7 }]] }),
    );
    expect(rules(a, 'warning')).toEqual(expect.arrayContaining(['gguf/key-syntax', 'gguf/bool-value', 'gguf/no-architecture']));
    expect(a.verdict).toBe('pass');
  });

  it('warns on bytes hidden after the last tensor', async () => {
    const a = await validateOne('tiny.gguf', Buffer.concat([healthyGguf(), Buffer.alloc(4096, 1)]));
    expect(rules(a, 'warning')).toContain('gguf/trailing-bytes');
  });

  it('lints chat templates without flagging ordinary ones', () => {
    const ordinary = "{% set ns = namespace(first=true) %}{% for m in messages %}{% if m['role'] == 'system' %}{{ m['content'] | trim }}{% endif %}{% endfor %}";
    expect(lintChatTemplate(ordinary, 'k')).toEqual([]);
    expect(lintChatTemplate("{{ self._TemplateReference__context }}", 'k')[0].rule).toBe('gguf/risky-chat-template');
    expect(lintChatTemplate("{{ request.application }}", 'k')[0].rule).toBe('gguf/risky-chat-template');
    expect(lintChatTemplate("{{ '\\x5f\\x5fclass\\x5f\\x5f' }}", 'k')[0].rule).toBe('gguf/risky-chat-template');
    expect(lintChatTemplate("__class__ in prose is not code", 'k')).toEqual([]);
  });
});
