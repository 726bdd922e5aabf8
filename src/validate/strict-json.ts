/**
 * A strict JSON parser for untrusted headers. JSON.parse keeps the last of two duplicate keys while
 * other readers (serde, Python) may keep the first or fail: a parser differential an attacker can use to
 * show a validator one tensor table and a loader another. This parser reports every duplicate with its
 * byte offset, keeps integers beyond 2^53 exact as bigint, and bounds nesting. It also remembers which
 * numbers were written with a fraction or an exponent (`2.0`, `2e0`): serde and Python reject those where an
 * integer is required, while JSON.parse turns them into the integer 2.
 */

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export interface DuplicateKey {
  key: string;
  /** Dotted path of the object holding the duplicate. */
  path: string;
  offset: number;
}

export interface StrictJsonResult {
  value: JsonValue;
  duplicates: DuplicateKey[];
  /** Leading whitespace length: the safetensors spec says a header MUST start with `{`. */
  leadingWhitespace: number;
  /** Per object or array, the keys (indices) whose number was written with a fraction or an exponent. */
  nonIntegerLiterals: WeakMap<object, Set<string | number>>;
}

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at byte ${offset}`);
    this.name = 'JsonSyntaxError';
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function parseStrictJson(text: string, maxDepth = 128): StrictJsonResult {
  let i = 0;
  const duplicates: DuplicateKey[] = [];
  const nonIntegerLiterals = new WeakMap<object, Set<string | number>>();
  let lastWasNonInteger = false;
  const markNonInteger = (container: object, key: string | number): void => {
    if (!lastWasNonInteger) return;
    let keys = nonIntegerLiterals.get(container);
    if (!keys) nonIntegerLiterals.set(container, (keys = new Set()));
    keys.add(key);
  };
  const skipWs = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, byteOffset(text, i));
  };

  const parseString = (): string => {
    // text[i] === '"'
    i++;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c === 0x5c) {
        out += text.slice(start, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else {
          fail('bad escape');
        }
        start = i;
        continue;
      }
      i++;
    }
  };

  // Whether the value just parsed is a number written with a fraction or an exponent.
  const parseValue = (depth: number, path: string): JsonValue => {
    const v = parseAny(depth, path);
    if (typeof v !== 'number') lastWasNonInteger = false;
    return v;
  };
  const parseAny = (depth: number, path: string): JsonValue => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    lastWasNonInteger = false;
    skipWs();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, JsonValue> = Object.create(null);
      const seen = new Set<string>();
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail('expected a string key');
        const keyAt = byteOffset(text, i);
        const key = parseString();
        if (seen.has(key)) duplicates.push({ key, path, offset: keyAt });
        seen.add(key);
        skipWs();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        // Define (not assign) so "__proto__" is an ordinary key; the first occurrence is kept, like serde.
        const value = parseValue(depth + 1, path ? `${path}.${key}` : key);
        if (!Object.prototype.hasOwnProperty.call(obj, key)) {
          Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
          markNonInteger(obj, key);
        }
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: JsonValue[] = [];
      skipWs();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1, `${path}[${arr.length}]`));
        markNonInteger(arr, arr.length - 1);
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected character');
    const literal = m![0];
    i += literal.length;
    if (m![2] === undefined && m![3] === undefined) {
      const n = Number(literal);
      return Number.isSafeInteger(n) ? n : BigInt(literal);
    }
    lastWasNonInteger = true;
    return Number(literal);
  };

  skipWs();
  const leadingWhitespace = i;
  const value = parseValue(0, '');
  skipWs();
  if (i !== text.length) fail('unexpected data after the JSON value');
  return { value, duplicates, leadingWhitespace, nonIntegerLiterals };
}

/** True when `container[key]` is a number written as an integer literal (not `2.0`, not `2e0`). */
export function isIntegerLiteral(parsed: Pick<StrictJsonResult, 'nonIntegerLiterals'>, container: object, key: string | number): boolean {
  const v = (container as Record<string | number, unknown>)[key];
  return (typeof v === 'number' || typeof v === 'bigint') && !parsed.nonIntegerLiterals.get(container)?.has(key);
}

function byteOffset(text: string, charIndex: number): number {
  // Headers are mostly ASCII; this is only computed for errors and duplicates.
  return Buffer.byteLength(text.slice(0, charIndex), 'utf8');
}

/** Decodes UTF-8 strictly: undefined when the bytes are not valid UTF-8. */
export function decodeUtf8Strict(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function isPlainObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
