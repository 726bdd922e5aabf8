import type { Finding, FindingLocation } from './types.js';

/** Small constructors so analyzers read as lists of rules. */
export const error = (rule: string, message: string, location?: FindingLocation): Finding => ({ rule, severity: 'error', message, ...(location ? { location } : {}) });
export const warning = (rule: string, message: string, location?: FindingLocation): Finding => ({ rule, severity: 'warning', message, ...(location ? { location } : {}) });
export const note = (rule: string, message: string, location?: FindingLocation): Finding => ({ rule, severity: 'note', message, ...(location ? { location } : {}) });

/** Keeps reports readable when a hostile file repeats one problem a million times. */
export class FindingList {
  readonly items: Finding[] = [];
  private readonly perRule = new Map<string, number>();

  constructor(private readonly maxPerRule = 50) {}

  push(f: Finding): void {
    const n = (this.perRule.get(f.rule) ?? 0) + 1;
    this.perRule.set(f.rule, n);
    if (n <= this.maxPerRule) this.items.push(f);
    else if (n === this.maxPerRule + 1) this.items.push({ ...f, message: `further ${f.rule} findings omitted (more than ${this.maxPerRule})`, location: undefined });
  }

  get hasError(): boolean {
    return this.items.some((f) => f.severity === 'error');
  }
}

/** Printable, bounded rendering of an untrusted string for messages. */
export function quote(s: string, max = 80): string {
  const clipped = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(clipped);
}
