/**
 * Recognises a pickle from its first bytes. Protocol 2+ starts with PROTO; protocol 0/1 pickles have no
 * magic, so the head is walked opcode by opcode with well-formed arguments — text files fail within a few
 * bytes (a word is not an opcode sequence), and the full scan decides anything that passes.
 */
import { OPCODES } from './opcodes.js';

const LINE_CHECK: Record<string, RegExp> = {
  INT: /^[+-]?\d+$/, LONG: /^[+-]?\d+L?$/, FLOAT: /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|nan|inf)$/i,
  GET: /^\d+$/, PUT: /^\d+$/, STRING: /^(['"]).*\1$/s, GLOBAL: /^[A-Za-z_][\w.]*$/, INST: /^[A-Za-z_][\w.]*$/,
  UNICODE: /^[^\n]*$/, PERSID: /^[^\n]*$/,
};

export function sniffPickle(head: Buffer): boolean {
  if (head.length < 2) return false;
  if (head[0] === 0x80) return head[1] <= 5 && head.length >= 3 && OPCODES[head[2]] !== undefined;
  let p = 0;
  let ops = 0;
  while (p < head.length) {
    const info = OPCODES[head[p]];
    if (!info || info.proto > 1) return false;
    p++;
    ops++;
    if (info.name === 'STOP') return ops >= 2;
    switch (info.arg) {
      case 'none': break;
      case 'u1': p += 1; break;
      case 'u2': p += 2; break;
      case 'i4': case 'u4': p += 4; break;
      case 'f8': p += 8; break;
      case 'bytes1': if (p >= head.length) return ops >= 4; p += 1 + head[p]; break;
      case 'bytes4': case 'bytes4s': {
        if (p + 4 > head.length) return ops >= 4;
        const n = head.readInt32LE(p);
        if (n < 0) return false;
        p += 4 + n;
        break;
      }
      case 'line': case 'line2': {
        for (let k = 0; k < (info.arg === 'line2' ? 2 : 1); k++) {
          const nl = head.indexOf(10, p);
          if (nl < 0) return ops >= 4 && head.length - p > 200 ? false : ops >= 4;
          const text = head.toString('latin1', p, nl);
          const re = LINE_CHECK[info.name];
          if (re && !re.test(text)) return false;
          p = nl + 1;
        }
        break;
      }
      default: return false;
    }
  }
  return ops >= 4;
}
