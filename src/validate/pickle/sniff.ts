/**
 * Recognises a pickle from its first bytes. Protocol 2+ normally starts with PROTO, but the unpickler does
 * not need it: any opcode of any protocol may come first (`V...`, `S...`, a GLOBAL followed by NEWOBJ).
 * Without PROTO the head is walked opcode by opcode with well-formed arguments and a memo that must hold
 * every key a GET reads, so text fails within a few bytes (`hello` reads memo key 101, never stored). When
 * the whole file is in the head, it must reach STOP: a pickle always ends with one.
 */
import { OPCODES } from './opcodes.js';

const LINE_CHECK: Record<string, RegExp> = {
  INT: /^[+-]?\d+$/, LONG: /^[+-]?\d+L?$/, FLOAT: /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|nan|inf)$/i,
  GET: /^\d+$/, PUT: /^\d+$/, STRING: /^(['"]).*\1$/s, GLOBAL: /^[A-Za-z_][\w.]*$/, INST: /^[A-Za-z_][\w.]*$/,
  UNICODE: /^[^\n]*$/, PERSID: /^[^\n]*$/,
};
/** Opcodes (without PROTO) a partial head must show before it counts as a pickle. */
const MIN_OPS_PROTO01 = 4;
/** More when later-protocol opcodes appear without PROTO: only hand-made or unusual writers do that. */
const MIN_OPS_LATER = 16;

/** `size` is the whole file's size; when the head holds all of it, the walk must reach STOP. */
export function sniffPickle(head: Buffer, size: number = Number.POSITIVE_INFINITY): boolean {
  if (head.length < 2) return false;
  if (head[0] === 0x80) return head[1] <= 5 && head.length >= 3 && OPCODES[head[2]] !== undefined;
  const whole = head.length >= size;
  const memo = new Set<number>();
  let memoCount = 0;
  let p = 0;
  let ops = 0;
  let later = false;
  const partial = (): boolean => !whole && ops >= (later ? MIN_OPS_LATER : MIN_OPS_PROTO01);
  const put = (i: number): void => { memo.add(i); memoCount++; };
  while (p < head.length) {
    const info = OPCODES[head[p]];
    if (!info) return false;
    if (info.proto > 1) later = true;
    p++;
    ops++;
    if (info.name === 'STOP') return ops >= 2;
    const at = p;
    switch (info.arg) {
      case 'none': break;
      case 'u1': p += 1; break;
      case 'u2': p += 2; break;
      case 'i4': case 'u4': p += 4; break;
      case 'f8': case 'u8': p += 8; break;
      case 'bytes1': if (p >= head.length) return partial(); p += 1 + head[p]; break;
      case 'bytes4': case 'bytes4s': {
        if (p + 4 > head.length) return partial();
        const n = head.readInt32LE(p);
        if (n < 0) return false;
        p += 4 + n;
        break;
      }
      case 'bytes8': {
        if (p + 8 > head.length) return partial();
        if (head.readUInt32LE(p + 4) !== 0) return false;
        p += 8 + head.readUInt32LE(p);
        break;
      }
      case 'line': case 'line2': {
        for (let k = 0; k < (info.arg === 'line2' ? 2 : 1); k++) {
          const nl = head.indexOf(10, p);
          if (nl < 0) return head.length - p > 200 ? false : partial();
          const text = head.toString('latin1', p, nl);
          const re = LINE_CHECK[info.name];
          if (re && !re.test(text)) return false;
          p = nl + 1;
        }
        break;
      }
      default: return false;
    }
    if (p > head.length) return partial();
    // The memo: a GET must read a key stored before (the unpickler fails otherwise).
    switch (info.name) {
      case 'BINPUT': put(head[at]); break;
      case 'LONG_BINPUT': put(head.readUInt32LE(at)); break;
      case 'PUT': put(Number(head.toString('latin1', at, p - 1))); break;
      case 'MEMOIZE': put(memoCount); break;
      case 'BINGET': if (!memo.has(head[at])) return false; break;
      case 'LONG_BINGET': if (!memo.has(head.readUInt32LE(at))) return false; break;
      case 'GET': if (!memo.has(Number(head.toString('latin1', at, p - 1)))) return false; break;
      default: break;
    }
  }
  return partial();
}
