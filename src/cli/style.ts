/** Minimal ANSI styling; everything is plain text when colour is off (--no-color, NO_COLOR, not a TTY). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  /** ✓ / ✗ / ! markers that stay readable without colour. */
  pass(s: string): string;
  fail(s: string): string;
  warn(s: string): string;
}

export function createStyle(color: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  const red = wrap(31, 39);
  const green = wrap(32, 39);
  const yellow = wrap(33, 39);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red,
    green,
    yellow,
    cyan: wrap(36, 39),
    pass: (s) => `${green('✓')} ${s}`,
    fail: (s) => `${red('✗')} ${s}`,
    warn: (s) => `${yellow('!')} ${s}`,
  };
}
