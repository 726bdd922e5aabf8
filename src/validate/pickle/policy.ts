/**
 * Decides, for each global a pickle imports or calls, whether it is allowed. Default-deny: a global must be
 * on an allowlist (a framework profile or the user's `validate.pickle.allow`); the denylist only explains
 * why a known-dangerous one fails, and it wins over every allowlist, including the user's.
 */
import { DANGEROUS_COMPONENTS, DENY_RULES, MODULE_ALIASES, NAME_ALIASES } from './denylist.js';
import { PROFILES, PROFILE_NAMES, type ProfileName } from './profiles.js';

export type GlobalVerdict =
  | { kind: 'allowed'; via: string }
  | { kind: 'denied'; reason: string; by: 'builtin' | 'user' }
  | { kind: 'unknown' };

interface Matcher {
  source: string;
  test(full: string): boolean;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** `a.b.*` also matches `a.b` itself; `[Class]` restricts to CapWords last components. */
export function compilePattern(pattern: string): Matcher {
  let body = pattern;
  const classOnly = body.endsWith('[Class]');
  if (classOnly) body = body.slice(0, -'[Class]'.length);
  const re = globToRegExp(body);
  const self = body.endsWith('.*') ? body.slice(0, -2) : undefined;
  return {
    source: pattern,
    test(full: string): boolean {
      if (!(re.test(full) || full === self)) return false;
      if (!classOnly) return true;
      const last = full.slice(full.lastIndexOf('.') + 1);
      return /^[A-Z][A-Za-z0-9]*$/.test(last);
    },
  };
}

/** Normalises Python 2 names the way the unpickler does, so aliases cannot dodge a rule. */
export function canonicalName(module: string, name: string): string {
  const mod = MODULE_ALIASES[module] ?? module;
  const full = `${mod}.${name}`;
  return NAME_ALIASES[full] ?? full;
}

export class PicklePolicy {
  readonly profiles: ProfileName[];
  readonly unknownProfiles: string[];
  private readonly allow: Matcher[];
  private readonly userAllow: Matcher[];
  private readonly userDeny: Matcher[];
  private readonly deny: Array<Matcher & { reason: string }>;
  private readonly cache = new Map<string, GlobalVerdict>();

  private readonly contextAllow: Matcher[];
  /** Exact (wildcard-free) names of the enabled profiles: vetted one by one, so a component rule does not apply. */
  private readonly exactAllow = new Map<string, string>();

  /**
   * `contextAllow`: globals a container's own loader resolves without a Python import (TorchScript's
   * `__torch__.*` classes, `torch.jit._pickle.*`), which never reach a Python import; checked before the
   * built-in rules (which would match `torch.jit`, `_pickle`) but after the user's denylist.
   */
  constructor(profiles: readonly string[], userAllow: readonly string[] = [], userDeny: readonly string[] = [], contextAllow: readonly string[] = []) {
    this.contextAllow = contextAllow.map((e) => ({ ...compilePattern(e), source: `container: ${e}` }));
    this.profiles = profiles.filter((p): p is ProfileName => (PROFILE_NAMES as readonly string[]).includes(p));
    this.unknownProfiles = profiles.filter((p) => !(PROFILE_NAMES as readonly string[]).includes(p));
    this.allow = this.profiles.flatMap((p) => PROFILES[p].map((e) => ({ ...compilePattern(e), source: `profile ${p}: ${e}` })));
    for (const p of this.profiles) for (const e of PROFILES[p]) if (!/[*[]/.test(e) && !this.exactAllow.has(e)) this.exactAllow.set(e, `profile ${p}: ${e}`);
    this.userAllow = userAllow.map((e) => compilePattern(e));
    this.userDeny = userDeny.map((e) => compilePattern(e));
    this.deny = DENY_RULES.map((r) => ({ ...compilePattern(r.pattern), reason: r.reason }));
  }

  /** Classifies `module` + `name` (name may be dotted: a nested attribute). */
  classify(module: string, name: string): GlobalVerdict {
    const full = canonicalName(module, name);
    let verdict = this.cache.get(full);
    if (verdict === undefined) {
      verdict = this.decide(full);
      this.cache.set(full, verdict);
    }
    return verdict;
  }

  private decide(full: string): GlobalVerdict {
    for (const m of this.userDeny) if (m.test(full)) return { kind: 'denied', reason: `denied by validate.pickle.deny (${m.source})`, by: 'user' };
    // Empty components (`os..system`, a trailing dot) never name a real object: treat as tampering.
    const components = full.split('.');
    if (components.some((c) => c === '')) return { kind: 'denied', reason: 'malformed dotted name (empty component)', by: 'builtin' };
    // The container's own loader resolves these without importing Python code (TorchScript's C++ unpickler).
    for (const m of this.contextAllow) if (m.test(full)) return { kind: 'allowed', via: m.source };
    // A profile's exact names (numpy's `numpy.random._pickle.__randomstate_ctor`, whose module has a
    // `_pickle` component) are vetted individually; only the built-in denylist still wins over them.
    const exact = this.exactAllow.get(full);
    if (exact !== undefined && !this.deny.some((m) => m.test(full))) return { kind: 'allowed', via: exact };
    for (const c of components) {
      const reason = Object.prototype.hasOwnProperty.call(DANGEROUS_COMPONENTS, c) ? DANGEROUS_COMPONENTS[c] : undefined;
      if (reason) return { kind: 'denied', reason: `${reason} (component \`${c}\`)`, by: 'builtin' };
    }
    for (const m of this.deny) if (m.test(full)) return { kind: 'denied', reason: m.reason, by: 'builtin' };
    for (const m of this.userAllow) if (m.test(full)) return { kind: 'allowed', via: `validate.pickle.allow: ${m.source}` };
    for (const m of this.allow) if (m.test(full)) return { kind: 'allowed', via: m.source };
    return { kind: 'unknown' };
  }
}
