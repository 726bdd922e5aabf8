import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';

/** Reads one raw input the runner's way (`INPUT_<NAME>`); empty means not given. */
export type RawInputReader = (name: string) => string;

/** Typed access to action inputs, each error naming the input and what was expected. */
export class Inputs {
  constructor(private readonly read: RawInputReader) {}

  string(name: string, options: { required?: boolean; default?: string } = {}): string | undefined {
    const raw = this.read(name).trim();
    if (raw === '') {
      if (options.required) throw new ModelshipError(`input "${name}" is required`, { hint: `set it under \`with:\` in the workflow step` });
      return options.default;
    }
    return raw;
  }

  requiredString(name: string): string {
    return this.string(name, { required: true }) as string;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.read(name).trim();
    if (raw === '') return fallback;
    // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(raw)) return true;
    if (['false', 'False', 'FALSE'].includes(raw)) return false;
    throw new ModelshipError(`input "${name}" is "${raw}", expected true or false`);
  }

  number(name: string, options: { default?: number; min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const raw = this.read(name).trim();
    if (raw === '') return options.default;
    const value = Number(raw);
    const kind = options.integer ? 'an integer' : 'a number';
    if (!Number.isFinite(value) || (options.integer && !Number.isInteger(value))) {
      throw new ModelshipError(`input "${name}" is "${raw}", expected ${kind}`);
    }
    if (options.min !== undefined && value < options.min) throw new ModelshipError(`input "${name}" is ${value}, expected ${kind} >= ${options.min}`);
    if (options.max !== undefined && value > options.max) throw new ModelshipError(`input "${name}" is ${value}, expected ${kind} <= ${options.max}`);
    return value;
  }

  /** A list: one item per line, or comma-separated on one line; blanks and `#` comments dropped. */
  list(name: string): string[] {
    const raw = this.read(name);
    const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.length === 1) return lines[0].split(',').map((s) => s.trim()).filter(Boolean);
    return lines;
  }

  /** Milliseconds from `30s`, `5m`, `1h30m` or a number of seconds. */
  duration(name: string, fallbackMs?: number): number | undefined {
    const raw = this.read(name).trim();
    if (raw === '') return fallbackMs;
    return parseDuration(raw, `input "${name}"`);
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.read(name).trim();
    if (raw === '') return fallback;
    if (!choices.includes(raw as T)) throw new ModelshipError(`input "${name}" is "${raw}", expected one of ${choices.join(', ')}`);
    return raw as T;
  }
}
