import { MetricSourceError } from './source.js';

/**
 * Placeholders in the metric sources of a gate used as an analysis template: `{{candidate}}`, `{{stable}}`,
 * `{{model}}`, `{{environment}}` and `{{args.NAME}}` are replaced in every string of the source spec (a
 * Prometheus query, a serve source's version, a URL). A placeholder without a value is an error naming it,
 * never an empty string in a query. Values go into query text, so they must be plain names: letters, digits
 * and `._:+-@/` (versions, service names), nothing that could close a PromQL string or matcher.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
const SAFE_VALUE = /^[A-Za-z0-9._:+@/-]*$/;

/** A placeholder whose value is null here: e.g. {{stable}} on a first deploy (nothing live to compare with). */
export class PlaceholderWithoutValue extends MetricSourceError {}

export function withArguments<T>(spec: T, args: Record<string, string | null | undefined>, where: string): T {
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'string' && !SAFE_VALUE.test(value)) {
      throw new MetricSourceError(`${where}: the value of {{${name}}}, ${JSON.stringify(value)}, may only hold letters, digits and ._:+@/-`, { hint: 'placeholder values go into query text; name things plainly' });
    }
  }
  const replace = (text: string): string =>
    text.replace(PLACEHOLDER, (_all, name: string) => {
      const value = args[name];
      if (value === null) throw new PlaceholderWithoutValue(`${where}: {{${name}}} has no value here (nothing is live to compare with)`);
      if (value === undefined) {
        const known = Object.keys(args).filter((k) => typeof args[k] === 'string');
        throw new MetricSourceError(`${where}: the placeholder {{${name}}} has no value here`, {
          hint: known.length ? `placeholders with a value: ${known.map((k) => `{{${k}}}`).join(', ')}` : 'placeholders have values only when the gate runs as a rollout analysis',
        });
      }
      return value;
    });
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return replace(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(spec) as T;
}

