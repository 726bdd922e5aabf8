import { parse } from 'shell-quote';

/** One simple command of a shell script, as the shell would split it. */
export interface ShellCommand {
  /** Arguments after leading `NAME=value` assignments, quotes removed; `$VAR` stays as written. */
  argv: string[];
  /** 1-based line of the script it starts on. */
  line: number;
  /** Its failure does not fail the script: it is followed by `||` (as in `pytest || true`). */
  failureIgnored: boolean;
}

/**
 * Splits a `run:` script into simple commands with shell-quote (quotes, escapes, comments, `&&`, `||`, `;`,
 * `|`, `&`, subshells and `$( )`), line by line after joining `\` continuations. What shell-quote does not
 * model (here-documents, multi-line quotes, functions, `if`/`for` keywords) yields commands that do not
 * start with a test runner: the score errs towards not crediting.
 */
export function shellCommands(script: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  const rawLines = script.split(/\r?\n/);
  for (let i = 0; i < rawLines.length; i++) {
    const line = i + 1;
    let text = rawLines[i];
    while (/(^|[^\\])\\$/.test(text) && i + 1 < rawLines.length) text = `${text.slice(0, -1)} ${rawLines[++i]}`;
    let tokens: ReturnType<typeof parse>;
    try {
      tokens = parse(text, (name: string) => `$${name}`);
    } catch {
      continue;
    }
    let current: string[] = [];
    let redirectTarget = false;
    const flush = (op?: string) => {
      const argv = current;
      current = [];
      let k = 0;
      while (k < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[k])) k++;
      if (k < argv.length) out.push({ argv: argv.slice(k), line, failureIgnored: op === '||' });
      else if (op === '||' && out.length > 0) out[out.length - 1].failureIgnored = true;
    };
    for (const t of tokens) {
      if (typeof t === 'string') {
        // The word after `>`, `<`, `2>` names a file, not an argument.
        if (redirectTarget) redirectTarget = false;
        else current.push(t);
      } else if ('comment' in t) break;
      else if ('op' in t) {
        if (t.op === 'glob') current.push((t as { pattern: string }).pattern);
        else if (/^[<>]|^>&$|^&>$/.test(t.op)) redirectTarget = true;
        else flush(t.op);
      }
    }
    flush();
  }
  return out;
}

/** The argument array of a configured `run:` pattern, for matching against commands token by token. */
export function patternArgv(text: string): string[] {
  return shellCommands(text)[0]?.argv ?? [];
}
