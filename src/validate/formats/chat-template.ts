import { error, warning } from '../finding.js';
import type { Finding } from '../types.js';

/**
 * `tokenizer.chat_template` is Jinja that inference servers render (llama-cpp-python CVE-2024-34359 ran it
 * unsandboxed: template injection to code execution). Real chat templates only loop over messages and
 * print fields; the sandbox-escape gadgets look different. Only code inside `{{ }}` and `{% %}` is judged,
 * so prose in a template does not trip a rule.
 */
const RISKY: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /__\w*__|\b_{2}|\\x5f|\\u005f|\\137/i, why: 'reaches dunder attributes (the classic sandbox escape)' },
  { pattern: /\|\s*attr\b|\battr\s*\(/, why: 'uses the `attr` filter (builds attribute names at run time)' },
  { pattern: /\b(lipsum|cycler|joiner|url_for|get_flashed_messages|request|self)\b/, why: 'touches a Jinja global whose __globals__ lead to os' },
  { pattern: /\b(import|include|extends|from)\b\s+['"]/, why: 'loads other templates from disk' },
  { pattern: /\b(os|subprocess|popen|eval|exec|getattr|globals|builtins|mro|subclasses)\b/, why: 'names a Python module or builtin' },
  { pattern: /\bconfig\s*[.[]/, why: 'reads the server configuration object' },
];

const CODE = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;

export function lintChatTemplate(template: string, key: string, offset?: number): Finding[] {
  const findings: Finding[] = [];
  const reasons = new Set<string>();
  for (const m of template.matchAll(CODE)) {
    // String literals are kept: "__cla" ~ "ss__" hides a dunder in pieces, and the pattern still sees "__".
    const code = m[1] ?? m[2] ?? '';
    for (const r of RISKY) if (r.pattern.test(code)) reasons.add(r.why);
  }
  if (reasons.size > 0) {
    findings.push(error('gguf/risky-chat-template', `${key} ${[...reasons].join('; ')}: a server rendering it without a sandbox runs attacker code`, { offset, pointer: key }));
  }
  if (template.length > 64 * 1024) findings.push(warning('gguf/large-chat-template', `${key} is ${template.length} characters; real templates are a few KiB`, { offset, pointer: key }));
  return findings;
}
