import semver from 'semver';
import { ModelshipError, type SourceLocation } from '../core/errors.js';

export const DEFAULT_TAG_FORMAT = '{model}@v{version}';

/**
 * A model's tag template (`models.<name>.tagFormat`): `{model}` and `{version}` are replaced.
 * Parsing is exact: the template is matched literally (no regex metacharacters leak through, unlike
 * prefix-based taggers), so `iris@v1.2.0` is never mistaken for a tag of `iris-large`.
 */
export class TagFormat {
  private readonly pattern: RegExp;

  constructor(readonly model: string, readonly template: string = DEFAULT_TAG_FORMAT, location?: SourceLocation) {
    if (!template.includes('{version}')) {
      throw new ModelshipError(`tagFormat "${template}" has no {version} placeholder`, { location, hint: 'e.g. {model}@v{version}' });
    }
    if (template.split('{version}').length > 2) {
      throw new ModelshipError(`tagFormat "${template}" has {version} more than once`, { location });
    }
    const sample = this.format('1.2.3-rc.1');
    const problem = refNameProblem(sample);
    if (problem) throw new ModelshipError(`tagFormat "${template}" makes tags git refuses (${sample}: ${problem})`, { location });
    const [head, tail] = template.replaceAll('{model}', model).split('{version}');
    this.pattern = new RegExp(`^${escapeRegExp(head)}(.+)${escapeRegExp(tail)}$`, 's');
  }

  format(version: string): string {
    return this.template.replaceAll('{model}', this.model).replaceAll('{version}', version);
  }

  /** The strict semver a tag names for this model, or undefined for anything else (other models, junk, `v1`). */
  parse(tag: string): string | undefined {
    const m = this.pattern.exec(tag);
    if (!m) return undefined;
    const v = m[1];
    // semver.valid is lenient about a leading "v" and "="; a tag must spell the version exactly.
    return semver.valid(v) === v ? v : undefined;
  }

  /** The floating major tag (`iris@v1`): the template with the major number as the version. */
  floatingMajor(version: string): string {
    return this.format(String(semver.major(version)));
  }

  /** The part of every tag before the version: used to list candidate refs by prefix. */
  prefix(): string {
    return this.template.replaceAll('{model}', this.model).split('{version}')[0];
  }
}

/** Why git would refuse a tag name (git check-ref-format rules), or undefined when it is fine. */
export function refNameProblem(name: string): string | undefined {
  if (name === '' || name === '@') return 'empty or "@"';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return 'contains a space, control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..')) return 'contains ".."';
  if (name.includes('@{')) return 'contains "@{"';
  if (name.startsWith('-')) return 'starts with "-"';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'has an empty path component';
  if (name.endsWith('.') || name.endsWith('.lock')) return 'ends with "." or ".lock"';
  if (name.split('/').some((c) => c.startsWith('.'))) return 'has a component starting with "."';
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
