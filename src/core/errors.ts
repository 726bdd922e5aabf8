/**
 * Exit codes shared by the CLI and the actions (DESIGN.md, "CLI contract").
 * 0 pass, 1 the check failed, 2 usage or configuration error, 3 inconclusive (gate only).
 */
export const ExitCode = {
  Pass: 0,
  Failed: 1,
  Usage: 2,
  Inconclusive: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in a file something is: 1-based line and column. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export function formatLocation(loc: SourceLocation): string {
  if (loc.line === undefined) return loc.file;
  return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * An error the user can fix: bad input, bad configuration, a missing token. Its message is shown as is,
 * without a stack trace, and it maps to exit code 2 unless said otherwise.
 */
export class ModelshipError extends Error {
  readonly exitCode: ExitCode;
  readonly location?: SourceLocation;
  readonly hint?: string;

  constructor(message: string, options: { exitCode?: ExitCode; location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ModelshipError';
    this.exitCode = options.exitCode ?? ExitCode.Usage;
    this.location = options.location;
    this.hint = options.hint;
  }

  /** One line (or a few) for a person: place, problem, fix. */
  describe(): string {
    const where = this.location ? `${formatLocation(this.location)}: ` : '';
    return this.hint ? `${where}${this.message}\n  hint: ${this.hint}` : `${where}${this.message}`;
  }
}

/** A configuration problem: always exit code 2, always with a place in the file. */
export class ConfigError extends ModelshipError {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    const first = issues[0];
    super(issues.length === 1 ? first.message : `${issues.length} problems in ${first.location.file}`, {
      exitCode: ExitCode.Usage,
      location: first.location,
      hint: issues.length === 1 ? first.hint : undefined,
    });
    this.name = 'ConfigError';
    this.issues = issues;
  }

  override describe(): string {
    return this.issues
      .map((i) => `${formatLocation(i.location)}: ${i.message}${i.hint ? `\n  hint: ${i.hint}` : ''}`)
      .join('\n');
  }
}

export interface ConfigIssue {
  location: SourceLocation;
  /** JSON pointer-ish path to the offending value, e.g. `gates.quality.metrics[0].direction`. */
  path: string;
  message: string;
  hint?: string;
}

/** Turns anything thrown into the text a person should see. */
export function describeError(err: unknown): string {
  if (err instanceof ModelshipError) return err.describe();
  if (err instanceof Error) return err.message;
  return String(err);
}

export function exitCodeOf(err: unknown): ExitCode {
  return err instanceof ModelshipError ? err.exitCode : ExitCode.Failed;
}
