/**
 * A streaming simulator of the pickle machine. It executes every opcode of protocols 0–5 against a symbolic
 * stack and memo — exactly as CPython's unpickler would, minus the imports and calls — so every callable
 * is resolved from the values really on the stack (STACK_GLOBAL operands, memo GETs, getattr chains), not
 * from "the previous opcode" as picklescan and modelscan do. One pass, O(opcodes) time; memory is bounded
 * by the stack, the memo and the small values kept (payload bytes are skipped, never read).
 *
 * Every pickle of a stream is scanned with a fresh memo (what `pickle.load` called again would see), frames
 * are enforced (an opcode crossing a frame boundary is where C and Python unpicklers diverge), and any
 * malformed, truncated or over-limit input ends in an error finding: the scan never throws on bad bytes.
 */
import type { Finding, Severity, ValidationLimits } from '../types.js';
import { ByteWindow, type RandomAccess } from './byte-window.js';
import { OPCODES, HIGHEST_PROTOCOL } from './opcodes.js';
import { canonicalName, type PicklePolicy } from './policy.js';
import {
  BIG_INT, BUFFER, BYTES, CallValue, DictValue, EXT, FLOAT, FROZENSET, GlobalValue, LIST, LONG_STR, MARK,
  ListValue, MAX_DICT_ENTRIES, MAX_KEPT_STRING, MAX_TUPLE_ITEMS, OpaqueValue, PersistentIdValue, SET, TupleValue,
  describeValue, type Value,
} from './values.js';

export interface PickleScanOptions {
  policy: PicklePolicy;
  limits: Pick<ValidationLimits, 'maxPickleOpcodes' | 'maxPickleMemo' | 'timeoutMs'>;
  /** PyTorch resolves persistent ids through its storage table; elsewhere they are unexpected. */
  persistentIds?: 'allowed' | 'unexpected';
  /** Byte range to scan (defaults to the whole source). */
  start?: number;
  end?: number;
  /** Stop after this many pickles (legacy PyTorch: raw storages follow the fifth). */
  maxPickles?: number;
  /** Bytes after the last pickle: `error` (default) or `allow` (the caller checks them). */
  trailing?: 'error' | 'allow';
  /** joblib writes raw array bytes into the stream right after each NumpyArrayWrapper's BUILD. */
  joblib?: boolean;
  /** Archive member, for finding locations. */
  member?: string;
  /** Keep persistent ids and the items of lists (legacy PyTorch needs its storage table and key list). */
  collectStorage?: boolean;
  signal?: AbortSignal;
}

export interface PickleSummary {
  offset: number;
  end: number;
  protocol: number;
  opcodes: number;
  /** The value STOP returned (e.g. the legacy PyTorch magic number). */
  result: Value;
  /** Globals imported or called in this pickle. */
  globals: number;
}

export interface GlobalUse {
  name: string;
  verdict: 'allowed' | 'denied' | 'unknown';
  count: number;
  offset: number;
}

export interface PickleScanResult {
  findings: Finding[];
  pickles: PickleSummary[];
  /** Offset just past the last byte consumed. */
  end: number;
  /** True when the stream was parsed to the end with no error finding. */
  complete: boolean;
  globals: GlobalUse[];
  opcodes: number;
  /** Persistent ids seen, when `collectStorage` is set. */
  persistentIds: PersistentIdValue[];
}

const MAX_FINDINGS = 100;
const MAX_STACK = 1_000_000;
const MAX_LINE = 1 << 16;
/** Strings kept in the memo are bounded in total so a memo of long strings cannot grow without limit. */
const MAX_RETAINED_STRING_BYTES = 32 << 20;
const MAX_NESTED_PICKLE_DEPTH = 4;
/** PyTorch's legacy magic number (torch/serialization.py). */
export const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;

class StopScan extends Error {}

/** `slow` returns this unless the opcode was STOP. */
const CONTINUE = Symbol('continue');

interface State {
  stack: Value[];
  marks: number[];
  /** Dense memo (the usual 0, 1, 2... indices) with a Map for sparse ones; Maps of millions are slow. */
  memo: Value[];
  memoSparse: Map<number, Value> | null;
  memoCount: number;
  frameEnd: number;
  protocol: number;
  start: number;
  opcodes: number;
  globals: number;
}

const LATIN1_NAMES = new Set(['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'l1']);

export class PickleMachine {
  private readonly findings: Finding[] = [];
  private readonly findingKeys = new Map<string, Finding>();
  private readonly globals = new Map<string, GlobalUse>();
  private readonly w: ByteWindow;
  private totalOpcodes = 0;
  private retained = 0;
  private readonly deadline: number;
  private errors = 0;
  private truncatedNote = false;
  private readonly pids: PersistentIdValue[] = [];

  constructor(source: RandomAccess, private readonly opts: PickleScanOptions) {
    this.w = new ByteWindow(source, opts.start ?? 0, opts.end ?? source.size);
    this.deadline = Date.now() + opts.limits.timeoutMs;
  }

  async run(): Promise<PickleScanResult> {
    const pickles: PickleSummary[] = [];
    const w = this.w;
    try {
      if (w.atEnd()) this.error('pickle/empty', 'empty input: no pickle to read', w.offset);
      while (!w.atEnd()) {
        if (this.opts.maxPickles !== undefined && pickles.length >= this.opts.maxPickles) break;
        if (pickles.length > 0 && !(await this.looksLikePickleStart())) {
          if ((this.opts.trailing ?? 'error') === 'error') {
            this.error('pickle/trailing-data', `${w.end - w.offset} byte(s) after the last pickle do not form another pickle; they cannot be verified`, w.offset);
          }
          break;
        }
        const st = this.freshState(w.offset);
        const result = await this.runPickle(st, 0);
        pickles.push({ offset: st.start, end: w.offset, protocol: st.protocol, opcodes: st.opcodes, result, globals: st.globals });
      }
    } catch (err) {
      if (!(err instanceof StopScan)) {
        // A bug in the simulator must still fail the artifact, never pass it.
        this.error('pickle/internal-error', `the pickle scanner failed: ${(err as Error).message}`, w.offset);
      }
    }
    return {
      findings: this.findings,
      pickles,
      end: w.offset,
      complete: this.errors === 0,
      globals: [...this.globals.values()],
      opcodes: this.totalOpcodes,
      persistentIds: this.pids,
    };
  }

  private freshState(start: number): State {
    return { stack: [], marks: [], memo: [], memoSparse: null, memoCount: 0, frameEnd: -1, protocol: 0, start, opcodes: 0, globals: 0 };
  }

  /** A following pickle starts with PROTO or, at protocol 0/1, any opcode that can begin a pickle. */
  private async looksLikePickleStart(): Promise<boolean> {
    await this.w.fill(1);
    if (this.w.available() < 1) return false;
    const b = this.w.buf[this.w.pos];
    return b === 0x80 || (OPCODES[b] !== undefined && b !== 0x2e /* STOP */ && b !== 0x0a);
  }

  // ---- findings ---------------------------------------------------------------------------------------

  private add(rule: string, severity: Severity, message: string, offset: number, key?: string): void {
    if (severity === 'error') this.errors++;
    const k = `${rule}\u0000${key ?? message}`;
    if (this.findingKeys.has(k)) return;
    if (this.findings.length >= MAX_FINDINGS) {
      if (!this.truncatedNote) {
        this.truncatedNote = true;
        this.findings.push({ rule: 'pickle/too-many-findings', severity: 'note', message: `more than ${MAX_FINDINGS} distinct findings; the rest are not listed`, location: this.loc(offset) });
      }
      return;
    }
    const f: Finding = { rule, severity, message, location: this.loc(offset) };
    this.findingKeys.set(k, f);
    this.findings.push(f);
  }

  private loc(offset: number): Finding['location'] {
    return this.opts.member === undefined ? { offset } : { offset, member: this.opts.member };
  }

  private error(rule: string, message: string, offset: number, key?: string): void {
    this.add(rule, 'error', message, offset, key);
  }

  /** Records an error that makes the rest of the stream uninterpretable, and stops. */
  private fatal(rule: string, message: string, offset: number): never {
    this.error(rule, message, offset);
    throw new StopScan();
  }

  // ---- policy -----------------------------------------------------------------------------------------

  private checkGlobal(module: string, name: string, offset: number, how: string): void {
    const full = canonicalName(module, name);
    const verdict = this.opts.policy.classify(module, name);
    let use = this.globals.get(full);
    if (!use) {
      use = { name: full, verdict: verdict.kind, count: 0, offset };
      if (this.globals.size < 10_000) this.globals.set(full, use);
    }
    use.count++;
    const shown = full === `${module}.${name}` ? full : `${module}.${name} (= ${full})`;
    if (verdict.kind === 'denied') {
      const rule = verdict.by === 'user' ? 'pickle/denied-global' : 'pickle/dangerous-global';
      this.error(rule, `${how} ${shown}: ${verdict.reason}`, offset, full);
    } else if (verdict.kind === 'unknown') {
      this.error('pickle/unknown-global', `${how} ${shown}, which no enabled profile (${this.opts.policy.profiles.join(', ') || 'none'}) allows; allow it in validate.pickle.allow if it is trusted`, offset, full);
    }
  }

  /** The (module, qualname) a callable value stands for, following getattr chains and __import__. */
  private resolveCallable(v: Value, depth = 0): { module: string; name: string } | null {
    if (v === null || typeof v !== 'object' || depth > 16) return null;
    if (v instanceof GlobalValue) return { module: v.module, name: v.name };
    if (v instanceof CallValue && v.target && v.args instanceof TupleValue && v.args.items) {
      const items = v.args.items;
      if (v.target === 'builtins.getattr' && items.length >= 2 && typeof items[1] === 'string') {
        const base = this.resolveCallable(items[0], depth + 1);
        if (base) return { module: base.module, name: base.name ? `${base.name}.${items[1]}` : items[1] };
        if (typeof items[0] === 'string') return { module: 'builtins.str', name: items[1] };
      }
      if ((v.target === 'builtins.__import__' || v.target === 'importlib.import_module') && typeof items[0] === 'string') {
        return { module: items[0], name: '' };
      }
    }
    return null;
  }

  private call(op: string, callee: Value, args: Value, offset: number, st: State): CallValue {
    const target = this.resolveCallable(callee);
    if (!target) {
      this.error('pickle/unresolved-call', `${op} calls ${describeValue(callee)}, which is not an imported global: the callable cannot be verified`, offset);
      return new CallValue(null, callee, args, offset);
    }
    st.globals++;
    const full = canonicalName(target.module, target.name);
    if (!(callee instanceof GlobalValue)) this.checkGlobal(target.module, target.name, offset, `${op} calls`);
    this.checkArguments(full, args, offset);
    return new CallValue(full, callee, args, offset);
  }

  /** Allowed callables whose arguments must also look the way their framework writes them. */
  private checkArguments(full: string, args: Value, offset: number): void {
    const items = args instanceof TupleValue ? args.items : null;
    if (full === '_codecs.encode') {
      // A str too long to keep is still a str literal (LONG_STR keeps the kind): numpy arrays of more than
      // 256 bytes pickled at protocol 2 are exactly that call.
      const text = items?.[0];
      const ok = items !== null && items.length === 2 && (typeof text === 'string' || text === LONG_STR) && typeof items[1] === 'string' && LATIN1_NAMES.has(items[1].toLowerCase());
      if (!ok) this.error('pickle/unexpected-arguments', '_codecs.encode is allowed only as encode(<str literal>, "latin1"), the way Python pickles bytes at protocol < 3', offset);
    } else if (full === 'torch._utils._rebuild_tensor_v2' || full === 'torch._utils._rebuild_tensor') {
      const min = full.endsWith('_v2') ? 6 : 4;
      const ok = args instanceof TupleValue && args.length >= min && args.length <= min + 1
        && (items === null || items[0] instanceof PersistentIdValue || items[0] instanceof CallValue);
      if (!ok) this.error('pickle/unexpected-arguments', `${full} called with arguments PyTorch never writes (expected a storage from a persistent id and ${min - 1} tensor fields)`, offset);
    }
  }

  // ---- the machine ------------------------------------------------------------------------------------

  private pop(st: State, offset: number): Value {
    const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
    if (st.stack.length <= fence) this.fatal('pickle/malformed', 'stack underflow: an opcode needs a value the stack does not have', offset);
    return st.stack.pop() as Value;
  }

  private popMark(st: State, offset: number): Value[] {
    if (!st.marks.length) this.fatal('pickle/malformed', 'no MARK on the stack for an opcode that needs one', offset);
    const at = st.marks.pop() as number;
    return st.stack.splice(at);
  }

  private push(st: State, v: Value, offset: number): void {
    if (st.stack.length >= MAX_STACK) this.fatal('pickle/stack-limit', `the stack grew past ${MAX_STACK} values`, offset);
    st.stack.push(v);
  }

  private memoPut(st: State, index: number, v: Value, offset: number): void {
    const dense = index <= st.memo.length && index < 1 << 26;
    const had = dense ? st.memo[index] !== undefined : st.memoSparse?.has(index) ?? false;
    if (!had) {
      if (st.memoCount >= this.opts.limits.maxPickleMemo) this.fatal('pickle/memo-limit', `the memo grew past maxPickleMemo (${this.opts.limits.maxPickleMemo} entries)`, offset);
      st.memoCount++;
    }
    if (dense && !st.memoSparse?.has(index)) st.memo[index] = v;
    else (st.memoSparse ??= new Map()).set(index, v);
  }

  private memoGet(st: State, index: number, offset: number): Value {
    const v = index < st.memo.length && st.memo[index] !== undefined ? st.memo[index] : st.memoSparse?.get(index);
    if (v === undefined) this.fatal('pickle/malformed', `memo key ${index} was never stored (a fresh memo per pickle: values do not carry over between pickles)`, offset);
    return v;
  }

  private keepString(s: string): Value {
    if (s.length > MAX_KEPT_STRING || this.retained > MAX_RETAINED_STRING_BYTES) return LONG_STR;
    this.retained += s.length;
    return s;
  }

  private tuple(items: Value[]): TupleValue {
    return new TupleValue(items.length <= MAX_TUPLE_ITEMS ? items : null, items.length);
  }

  private mutateTarget(st: State, op: string, offset: number): void {
    const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
    if (st.stack.length <= fence) this.fatal('pickle/malformed', `${op} without a target on the stack`, offset);
    const target = st.stack[st.stack.length - 1];
    if (target instanceof GlobalValue) {
      this.error('pickle/build-on-global', `${op} mutates the global ${target.module}.${target.name} itself (attribute or item overwrite of a module or class: a known bypass)`, offset, `${target.module}.${target.name}`);
    }
  }

  private setItem(target: Value, key: Value, value: Value): void {
    if (target instanceof DictValue && target.entries) {
      if (typeof key === 'string' && target.entries.size < MAX_DICT_ENTRIES) target.entries.set(key, value);
      else target.entries = null;
    }
  }

  /** Reads a `\n`-terminated line; null when it is longer than kept (it is skipped). */
  private async readLine(offset: number): Promise<string | null> {
    const w = this.w;
    let from = w.pos;
    for (;;) {
      const nl = w.buf.indexOf(10, from);
      if (nl >= 0) {
        const line = w.buf.toString('latin1', w.pos, nl);
        w.pos = nl + 1;
        return line;
      }
      const have = w.available();
      if (have >= MAX_LINE) {
        // Too long to be a name: skip to the newline without keeping it.
        w.skip(have);
        for (;;) {
          if (!(await w.fill(1))) this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
          const idx = w.buf.indexOf(10, w.pos);
          if (idx >= 0) { w.pos = idx + 1; return null; }
          w.skip(w.available());
        }
      }
      if (!(await w.fill(have + 1))) this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
      from = w.pos + have;
    }
  }

  private async need(n: number, offset: number, what: string): Promise<void> {
    const w = this.w;
    if (w.buf.length - w.pos >= n) return;
    if (!(await w.fill(n))) this.fatal('pickle/truncated', `the data ends inside ${what} (needs ${n} more byte(s), ${Math.max(0, w.end - w.offset)} left)`, offset);
  }

  /** Reads (when short) or skips (when long) a length-prefixed payload; returns the string when kept. */
  private async payload(len: number, offset: number, op: string, asText: boolean, st: State): Promise<string | null> {
    const w = this.w;
    if (st.frameEnd >= 0 && w.offset + len > st.frameEnd) this.frameViolation(op, offset, st);
    if (asText && len <= MAX_KEPT_STRING * 4) {
      await this.need(len, offset, `the ${op} payload`);
      const s = w.buf.toString('utf8', w.pos, w.pos + len);
      w.pos += len;
      return s;
    }
    if (!w.skip(len)) this.fatal('pickle/truncated', `${op} declares ${len} byte(s) but the data ends first`, offset);
    return null;
  }

  private frameViolation(op: string, offset: number, st: State): never {
    return this.fatal('pickle/frame-violation', `${op} crosses the end of its frame at offset ${st.frameEnd}: unpicklers disagree on such streams (a known scanner bypass)`, offset);
  }

  private parseIntLine(line: string | null, offset: number, op: string): Value {
    if (line === null) return BIG_INT;
    let s = line;
    if (op === 'LONG' && s.endsWith('L')) s = s.slice(0, -1);
    if (!/^[+-]?\d+$/.test(s.trim())) this.fatal('pickle/malformed', `${op} argument ${JSON.stringify(line.slice(0, 40))} is not an integer`, offset);
    const b = BigInt(s.trim());
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }

  private decodeLong(buf: Buffer): Value {
    if (buf.length === 0) return 0;
    if (buf.length <= 6) return buf.readIntLE(0, buf.length);
    let v = 0n;
    for (let i = buf.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[i]);
    if (buf[buf.length - 1] & 0x80) v -= 1n << BigInt(buf.length * 8);
    return v;
  }

  /** Python-literal string argument of STRING: quoted, with backslash escapes. */
  private parseQuoted(line: string | null, offset: number): Value {
    if (line === null) return LONG_STR;
    const q = line[0];
    if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q) {
      this.fatal('pickle/malformed', 'STRING argument is not a quoted literal', offset);
    }
    return this.keepString(unescapePython(line.slice(1, -1)));
  }

  private async runPickle(st: State, depth: number): Promise<Value> {
    const w = this.w;
    const opts = this.opts;
    const maxOps = opts.limits.maxPickleOpcodes;
    for (;;) {
      const offset = w.offset;
      if (st.frameEnd >= 0 && offset >= st.frameEnd) st.frameEnd = -1;
      if (w.buf.length - w.pos < 16 && !(await w.fill(16))) {
        if (w.available() < 1) this.fatal('pickle/truncated', 'the data ends before STOP', offset);
      }
      const code = w.buf[w.pos];
      st.opcodes++;
      if (++this.totalOpcodes > maxOps) this.fatal('pickle/opcode-limit', `more than maxPickleOpcodes (${maxOps}) opcodes`, offset);
      if ((this.totalOpcodes & 0xffff) === 0) {
        if (Date.now() > this.deadline) this.fatal('pickle/timeout', `scanning took longer than timeoutMs (${opts.limits.timeoutMs} ms)`, offset);
        if (opts.signal?.aborted) this.fatal('pickle/timeout', 'the scan was cancelled', offset);
      }
      if (!this.fast(code, st, offset)) {
        w.pos++;
        const r = await this.slow(code, st, offset, depth);
        if (r !== CONTINUE) return r;
      }
      if (st.frameEnd >= 0 && w.offset > st.frameEnd) this.frameViolation(OPCODES[code]?.name ?? 'opcode', offset, st);
    }
  }

  /**
   * The hot opcodes, synchronous and small so V8 optimises it (a single giant async function is never
   * optimised and runs interpreted). Returns false, consuming nothing, when it does not handle `code` or
   * when the argument is not in the window yet; `slow` then does the full work.
   */
  private fast(code: number, st: State, offset: number): boolean {
    const w = this.w;
    const buf = w.buf;
    const p = w.pos;
    const avail = buf.length - p;
    switch (code) {
      case 0x28: w.pos = p + 1; st.marks.push(st.stack.length); return true; // MARK
      case 0x4a: if (avail < 5) return false; w.pos = p + 5; this.push(st, buf.readInt32LE(p + 1), offset); return true; // BININT
      case 0x4b: if (avail < 2) return false; w.pos = p + 2; this.push(st, buf[p + 1], offset); return true; // BININT1
      case 0x4d: if (avail < 3) return false; w.pos = p + 3; this.push(st, buf.readUInt16LE(p + 1), offset); return true; // BININT2
      case 0x4e: w.pos = p + 1; this.push(st, null, offset); return true; // NONE
      case 0x88: w.pos = p + 1; this.push(st, true, offset); return true;
      case 0x89: w.pos = p + 1; this.push(st, false, offset); return true;
      case 0x47: if (avail < 9) return false; w.pos = p + 9; this.push(st, FLOAT, offset); return true; // BINFLOAT
      case 0x94: w.pos = p + 1; this.memoPut(st, st.memoCount, this.top(st, offset), offset); return true; // MEMOIZE
      case 0x71: if (avail < 2) return false; w.pos = p + 2; this.memoPut(st, buf[p + 1], this.top(st, offset), offset); return true; // BINPUT
      case 0x68: if (avail < 2) return false; w.pos = p + 2; this.push(st, this.memoGet(st, buf[p + 1], offset), offset); return true; // BINGET
      case 0x65: { // APPENDS
        w.pos = p + 1;
        const items = this.popMark(st, offset);
        this.mutateTarget(st, 'APPENDS', offset);
        const target = st.stack[st.stack.length - 1];
        if (target instanceof ListValue) target.add(items);
        return true;
      }
      case 0x8c: case 0x58: { // SHORT_BINUNICODE, BINUNICODE
        const hdr = code === 0x8c ? 2 : 5;
        if (avail < hdr) return false;
        const len = code === 0x8c ? buf[p + 1] : buf.readUInt32LE(p + 1);
        if (len > MAX_KEPT_STRING * 4 || avail < hdr + len || (st.frameEnd >= 0 && w.offset + hdr + len > st.frameEnd)) return false;
        w.pos = p + hdr + len;
        this.push(st, this.keepString(buf.toString('utf8', p + hdr, p + hdr + len)), offset);
        return true;
      }
      default: return false;
    }
  }

  private async slow(code: number, st: State, offset: number, depth: number): Promise<Value | typeof CONTINUE> {
    const w = this.w;
    const opts = this.opts;
      switch (code) {
        case 0x28: // MARK
          st.marks.push(st.stack.length);
          break;
        case 0x2e: { // STOP
          const v = this.pop(st, offset);
          if (st.stack.length || st.marks.length) {
            this.add('pickle/unused-values', 'warning', `${st.stack.length} value(s) and ${st.marks.length} MARK(s) left on the stack at STOP (typical of injected payloads)`, offset);
          }
          if (st.frameEnd >= 0 && w.offset < st.frameEnd) {
            this.error('pickle/frame-violation', `STOP before the end of its frame (frame ends at ${st.frameEnd})`, offset);
          }
          return v;
        }
        case 0x30: { // POP
          const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
          if (st.stack.length > fence) st.stack.pop();
          else if (st.marks.length) st.marks.pop(); // CPython pops a MARK when nothing is above it
          else this.fatal('pickle/malformed', 'POP on an empty stack', offset);
          break;
        }
        case 0x31: this.popMark(st, offset); break; // POP_MARK
        case 0x32: { // DUP
          const v = this.pop(st, offset);
          st.stack.push(v);
          this.push(st, v, offset);
          break;
        }
        case 0x46: { // FLOAT
          await this.readLine(offset);
          this.push(st, FLOAT, offset);
          break;
        }
        case 0x49: { // INT
          const line = await this.readLine(offset);
          if (line === '01') this.push(st, true, offset);
          else if (line === '00') this.push(st, false, offset);
          else this.push(st, this.parseIntLine(line, offset, 'INT'), offset);
          break;
        }
        case 0x4a: // BININT
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'BININT');
          this.push(st, w.buf.readInt32LE(w.pos), offset); w.pos += 4;
          break;
        case 0x4b: // BININT1
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'BININT1');
          this.push(st, w.buf[w.pos++], offset);
          break;
        case 0x4c: // LONG
          this.push(st, this.parseIntLine(await this.readLine(offset), offset, 'LONG'), offset);
          break;
        case 0x4d: // BININT2
          if (w.buf.length - w.pos < 2) await this.need(2, offset, 'BININT2');
          this.push(st, w.buf.readUInt16LE(w.pos), offset); w.pos += 2;
          break;
        case 0x4e: this.push(st, null, offset); break; // NONE
        case 0x50: { // PERSID
          const line = await this.readLine(offset);
          this.persistentId(st, line === null ? LONG_STR : this.keepString(line), offset, 'PERSID');
          break;
        }
        case 0x51: this.persistentId(st, this.pop(st, offset), offset, 'BINPERSID'); break;
        case 0x52: { // REDUCE
          const args = this.pop(st, offset);
          const callee = this.pop(st, offset);
          this.push(st, this.call('REDUCE', callee, args, offset, st), offset);
          break;
        }
        case 0x53: this.push(st, this.parseQuoted(await this.readLine(offset), offset), offset); break; // STRING
        case 0x54: { // BINSTRING
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'BINSTRING');
          const len = w.buf.readInt32LE(w.pos); w.pos += 4;
          if (len < 0) this.fatal('pickle/malformed', 'BINSTRING has a negative length', offset);
          const s = await this.payload(len, offset, 'BINSTRING', true, st);
          this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
          break;
        }
        case 0x55: case 0x8c: { // SHORT_BINSTRING, SHORT_BINUNICODE
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'a short string');
          const len = w.buf[w.pos++];
          const s = this.textFast(len, st) ?? await this.payload(len, offset, code === 0x55 ? 'SHORT_BINSTRING' : 'SHORT_BINUNICODE', true, st);
          this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
          break;
        }
        case 0x56: { // UNICODE
          const line = await this.readLine(offset);
          this.push(st, line === null ? LONG_STR : this.keepString(unescapeRawUnicode(line)), offset);
          break;
        }
        case 0x58: { // BINUNICODE
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'BINUNICODE');
          const len = w.buf.readUInt32LE(w.pos); w.pos += 4;
          const s = this.textFast(len, st) ?? await this.payload(len, offset, 'BINUNICODE', true, st);
          this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
          break;
        }
        case 0x8d: { // BINUNICODE8
          const len = await this.readLen8(offset, 'BINUNICODE8');
          const s = await this.payload(len, offset, 'BINUNICODE8', true, st);
          this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
          break;
        }
        case 0x42: { // BINBYTES
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'BINBYTES');
          const len = w.buf.readUInt32LE(w.pos); w.pos += 4;
          if (!this.skipFast(len, st)) await this.payload(len, offset, 'BINBYTES', false, st);
          this.push(st, BYTES, offset);
          break;
        }
        case 0x43: { // SHORT_BINBYTES
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'SHORT_BINBYTES');
          const len = w.buf[w.pos++];
          if (!this.skipFast(len, st)) await this.payload(len, offset, 'SHORT_BINBYTES', false, st);
          this.push(st, BYTES, offset);
          break;
        }
        case 0x8e: case 0x96: { // BINBYTES8, BYTEARRAY8
          const name = code === 0x8e ? 'BINBYTES8' : 'BYTEARRAY8';
          const len = await this.readLen8(offset, name);
          await this.payload(len, offset, name, false, st);
          this.push(st, BYTES, offset);
          break;
        }
        case 0x61: { // APPEND
          const v = this.pop(st, offset);
          this.mutateTarget(st, 'APPEND', offset);
          const target = st.stack[st.stack.length - 1];
          if (target instanceof ListValue) target.add([v]);
          break;
        }
        case 0x65: { // APPENDS
          const items = this.popMark(st, offset);
          this.mutateTarget(st, 'APPENDS', offset);
          const target = st.stack[st.stack.length - 1];
          if (target instanceof ListValue) target.add(items);
          break;
        }
        case 0x62: { // BUILD
          const state = this.pop(st, offset);
          this.mutateTarget(st, 'BUILD', offset);
          const obj = st.stack[st.stack.length - 1];
          if (obj instanceof CallValue) {
            obj.state = state;
            if (opts.joblib && obj.target === 'joblib.numpy_pickle.NumpyArrayWrapper') await this.skipJoblibArray(obj, st, offset, depth);
          }
          break;
        }
        case 0x63: case 0x69: { // GLOBAL, INST
          const op = code === 0x63 ? 'GLOBAL' : 'INST';
          const module = await this.readLine(offset);
          const name = await this.readLine(offset);
          if (module === null || name === null) this.fatal('pickle/malformed', `${op} names a module or attribute longer than ${MAX_LINE} bytes`, offset);
          const mod = utf8(module); const nm = utf8(name);
          st.globals++;
          this.checkGlobal(mod, nm, offset, op === 'GLOBAL' ? 'imports' : 'INST instantiates');
          const g = new GlobalValue(mod, nm, offset);
          if (op === 'GLOBAL') this.push(st, g, offset);
          else {
            const args = this.popMark(st, offset);
            this.push(st, this.call('INST', g, this.tuple(args), offset, st), offset);
          }
          break;
        }
        case 0x93: { // STACK_GLOBAL
          const name = this.pop(st, offset);
          const module = this.pop(st, offset);
          if (typeof module !== 'string' || typeof name !== 'string') {
            this.error('pickle/unresolved-global', `STACK_GLOBAL operands are ${describeValue(module)} and ${describeValue(name)}, not string literals: the imported global cannot be verified`, offset);
            this.push(st, new GlobalValue(typeof module === 'string' ? module : '?', typeof name === 'string' ? name : '?', offset), offset);
            break;
          }
          st.globals++;
          this.checkGlobal(module, name, offset, 'imports');
          this.push(st, new GlobalValue(module, name, offset), offset);
          break;
        }
        case 0x64: { // DICT
          const items = this.popMark(st, offset);
          const d = new DictValue();
          for (let i = 0; i + 1 < items.length; i += 2) this.setItem(d, items[i], items[i + 1]);
          this.push(st, d, offset);
          break;
        }
        case 0x7d: this.push(st, new DictValue(), offset); break; // EMPTY_DICT
        case 0x73: { // SETITEM
          const value = this.pop(st, offset);
          const key = this.pop(st, offset);
          this.mutateTarget(st, 'SETITEM', offset);
          this.setItem(st.stack[st.stack.length - 1], key, value);
          break;
        }
        case 0x75: { // SETITEMS
          const items = this.popMark(st, offset);
          this.mutateTarget(st, 'SETITEMS', offset);
          const target = st.stack[st.stack.length - 1];
          for (let i = 0; i + 1 < items.length; i += 2) this.setItem(target, items[i], items[i + 1]);
          break;
        }
        case 0x90: this.popMark(st, offset); this.mutateTarget(st, 'ADDITEMS', offset); break; // ADDITEMS
        case 0x67: { // GET
          const line = await this.readLine(offset);
          const idx = this.parseIntLine(line, offset, 'GET');
          this.push(st, this.memoGet(st, typeof idx === 'number' ? idx : -1, offset), offset);
          break;
        }
        case 0x68: // BINGET
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'BINGET');
          this.push(st, this.memoGet(st, w.buf[w.pos++], offset), offset);
          break;
        case 0x6a: // LONG_BINGET
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'LONG_BINGET');
          this.push(st, this.memoGet(st, w.buf.readUInt32LE(w.pos), offset), offset); w.pos += 4;
          break;
        case 0x70: { // PUT
          const idx = this.parseIntLine(await this.readLine(offset), offset, 'PUT');
          if (typeof idx !== 'number' || idx < 0) this.fatal('pickle/malformed', 'PUT with a negative or huge memo index', offset);
          this.memoPut(st, idx, this.top(st, offset), offset);
          break;
        }
        case 0x71: // BINPUT
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'BINPUT');
          this.memoPut(st, w.buf[w.pos++], this.top(st, offset), offset);
          break;
        case 0x72: // LONG_BINPUT
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'LONG_BINPUT');
          this.memoPut(st, w.buf.readUInt32LE(w.pos), this.top(st, offset), offset); w.pos += 4;
          break;
        case 0x94: this.memoPut(st, st.memoCount, this.top(st, offset), offset); break; // MEMOIZE
        case 0x6c: { // LIST
          const items = this.popMark(st, offset);
          this.push(st, opts.collectStorage ? new ListValue(items) : LIST, offset);
          break;
        }
        case 0x5d: this.push(st, opts.collectStorage ? new ListValue([]) : LIST, offset); break; // EMPTY_LIST
        case 0x6f: { // OBJ
          const items = this.popMark(st, offset);
          if (!items.length) this.fatal('pickle/malformed', 'OBJ without a class', offset);
          this.push(st, this.call('OBJ', items[0], this.tuple(items.slice(1)), offset, st), offset);
          break;
        }
        case 0x74: this.push(st, this.tuple(this.popMark(st, offset)), offset); break; // TUPLE
        case 0x29: this.push(st, this.tuple([]), offset); break; // EMPTY_TUPLE
        case 0x85: { const a = this.pop(st, offset); this.push(st, this.tuple([a]), offset); break; } // TUPLE1
        case 0x86: { const b = this.pop(st, offset); const a = this.pop(st, offset); this.push(st, this.tuple([a, b]), offset); break; }
        case 0x87: { const c = this.pop(st, offset); const b = this.pop(st, offset); const a = this.pop(st, offset); this.push(st, this.tuple([a, b, c]), offset); break; }
        case 0x47: // BINFLOAT
          if (w.buf.length - w.pos < 8) await this.need(8, offset, 'BINFLOAT');
          w.pos += 8;
          this.push(st, FLOAT, offset);
          break;
        case 0x80: { // PROTO
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'PROTO');
          const p = w.buf[w.pos++];
          if (offset !== st.start) this.error('pickle/misplaced-proto', 'PROTO appears after the start of the pickle (standard picklers write it once, first: a tampering signal)', offset);
          if (p > HIGHEST_PROTOCOL) this.fatal('pickle/unsupported-protocol', `protocol ${p} is not a pickle protocol (0–${HIGHEST_PROTOCOL})`, offset);
          st.protocol = p;
          break;
        }
        case 0x81: { // NEWOBJ
          const args = this.pop(st, offset);
          const cls = this.pop(st, offset);
          this.push(st, this.call('NEWOBJ', cls, args, offset, st), offset);
          break;
        }
        case 0x92: { // NEWOBJ_EX
          this.pop(st, offset); // kwargs
          const args = this.pop(st, offset);
          const cls = this.pop(st, offset);
          this.push(st, this.call('NEWOBJ_EX', cls, args, offset, st), offset);
          break;
        }
        case 0x82: case 0x83: case 0x84: { // EXT1, EXT2, EXT4
          const n = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
          if (w.buf.length - w.pos < n) await this.need(n, offset, 'EXT');
          const ext = n === 1 ? w.buf[w.pos] : n === 2 ? w.buf.readUInt16LE(w.pos) : w.buf.readInt32LE(w.pos);
          w.pos += n;
          this.error('pickle/extension-code', `EXT${n} refers to extension code ${ext}: copyreg's extension registry is empty by default, so what it imports depends on the loading process and cannot be verified`, offset, `ext${ext}`);
          this.push(st, EXT, offset);
          break;
        }
        case 0x88: this.push(st, true, offset); break; // NEWTRUE
        case 0x89: this.push(st, false, offset); break; // NEWFALSE
        case 0x8a: { // LONG1
          if (w.buf.length - w.pos < 1) await this.need(1, offset, 'LONG1');
          const len = w.buf[w.pos++];
          if (w.buf.length - w.pos < len) await this.need(len, offset, 'LONG1');
          if (st.frameEnd >= 0 && w.offset + len > st.frameEnd) this.frameViolation('LONG1', offset, st);
          this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
          w.pos += len;
          break;
        }
        case 0x8b: { // LONG4
          if (w.buf.length - w.pos < 4) await this.need(4, offset, 'LONG4');
          const len = w.buf.readInt32LE(w.pos); w.pos += 4;
          if (len < 0) this.fatal('pickle/malformed', 'LONG4 has a negative length', offset);
          if (len <= 64) {
            if (w.buf.length - w.pos < len) await this.need(len, offset, 'LONG4');
            this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
            w.pos += len;
          } else {
            await this.payload(len, offset, 'LONG4', false, st);
            this.push(st, BIG_INT, offset);
          }
          break;
        }
        case 0x8f: this.push(st, SET, offset); break; // EMPTY_SET
        case 0x91: this.popMark(st, offset); this.push(st, FROZENSET, offset); break; // FROZENSET
        case 0x95: { // FRAME
          if (w.buf.length - w.pos < 8) await this.need(8, offset, 'FRAME');
          if (st.frameEnd >= 0 && offset < st.frameEnd) this.fatal('pickle/frame-violation', `a new FRAME starts before the current frame ends at ${st.frameEnd}`, offset);
          const len = readU64(w.buf, w.pos); w.pos += 8;
          if (len === null || w.offset + len > w.end) this.fatal('pickle/truncated', `FRAME declares ${len ?? 'more than 2^53'} byte(s) but the data ends first`, offset);
          st.frameEnd = len > 0 ? w.offset + len : -1;
          break;
        }
        case 0x97: case 0x98: // NEXT_BUFFER, READONLY_BUFFER
          if (code === 0x98) { this.pop(st, offset); this.push(st, BUFFER, offset); break; }
          this.error('pickle/out-of-band-buffer', 'NEXT_BUFFER needs out-of-band buffers supplied by the loader: the data is not in this file and cannot be verified', offset);
          this.push(st, BUFFER, offset);
          break;
        default: {
          const info = OPCODES[code];
          this.fatal('pickle/invalid-opcode', info ? `opcode ${info.name} is not handled` : `byte 0x${code.toString(16).padStart(2, '0')} is not a pickle opcode`, offset);
        }
      }
    return CONTINUE;
  }

  /** Synchronous fast path for a short text payload already in the window (the common case). */
  private textFast(len: number, st: State): string | undefined {
    const w = this.w;
    if (len > MAX_KEPT_STRING * 4 || w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd)) return undefined;
    const s = w.buf.toString('utf8', w.pos, w.pos + len);
    w.pos += len;
    return s;
  }

  private skipFast(len: number, st: State): boolean {
    const w = this.w;
    if (w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd)) return false;
    w.pos += len;
    return true;
  }

  private top(st: State, offset: number): Value {
    const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
    if (st.stack.length <= fence) this.fatal('pickle/malformed', 'memo store with nothing on the stack', offset);
    return st.stack[st.stack.length - 1];
  }

  private async readLen8(offset: number, op: string): Promise<number> {
    await this.need(8, offset, op);
    const len = readU64(this.w.buf, this.w.pos);
    this.w.pos += 8;
    if (len === null) this.fatal('pickle/truncated', `${op} declares more than 2^53 bytes`, offset);
    return len;
  }

  private persistentId(st: State, pid: Value, offset: number, op: string): void {
    if ((this.opts.persistentIds ?? 'unexpected') === 'unexpected') {
      this.add('pickle/persistent-id', 'warning', `${op}: a persistent id outside a PyTorch file; plain pickle.load refuses it, a custom loader decides what it means`, offset, 'persid');
    }
    const v = new PersistentIdValue(pid, offset);
    if (this.opts.collectStorage && this.pids.length < 1_000_000) this.pids.push(v);
    this.push(st, v, offset);
  }

  /**
   * joblib's NumpyArrayWrapper: after BUILD the array's raw bytes follow in the stream (or, for object
   * arrays, a whole nested pickle). Their size comes from the wrapper state; anything we cannot size
   * exactly fails, because guessing would resynchronise the scan on attacker-chosen bytes.
   */
  private async skipJoblibArray(obj: CallValue, st: State, offset: number, depth: number): Promise<void> {
    const state = obj.state instanceof DictValue ? obj.state.entries : null;
    if (!state) this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper state is not a small dict', offset);
    const shape = state.get('shape');
    const dtype = state.get('dtype');
    if (!(shape instanceof TupleValue) || !shape.items || shape.items.some((d) => typeof d !== 'number' || d < 0)) {
      this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper shape is not a tuple of non-negative ints', offset);
    }
    const itemsize = dtypeItemsize(dtype);
    if (st.frameEnd >= 0 && this.w.offset < st.frameEnd) this.fatal('pickle/frame-violation', 'joblib array data inside a pickle frame', offset);
    st.frameEnd = -1;
    if (itemsize === 'object') {
      if (depth >= MAX_NESTED_PICKLE_DEPTH) this.fatal('joblib/bad-wrapper', 'object arrays nested too deeply', offset);
      const inner = this.freshState(this.w.offset);
      await this.runPickle(inner, depth + 1);
      return;
    }
    if (itemsize === null) this.fatal('joblib/bad-wrapper', `NumpyArrayWrapper dtype ${describeValue(dtype ?? null)} cannot be sized`, offset);
    const align = state.get('numpy_array_alignment_bytes');
    if (typeof align === 'number') {
      await this.need(1, offset, 'joblib alignment padding');
      const pad = this.w.buf[this.w.pos++];
      // joblib writes 1..align; a padding byte in that range is also not an opcode, so plain pickle.load
      // stops there instead of executing the array bytes as opcodes.
      if (pad < 1 || pad > align) this.fatal('joblib/bad-wrapper', `alignment padding byte ${pad} is outside 1..${align}`, offset);
      if (!this.w.skip(pad)) this.fatal('pickle/truncated', 'the data ends inside joblib alignment padding', offset);
    } else if (await this.w.fill(1) && OPCODES[this.w.buf[this.w.pos]] !== undefined) {
      this.add('joblib/ambiguous-array-data', 'warning', 'unaligned joblib array data starts with a valid pickle opcode: joblib skips these bytes but plain pickle.load would execute them; re-save with joblib >= 1.2', offset);
    }
    let bytes = itemsize;
    for (const d of shape.items as number[]) bytes *= d;
    if (!Number.isSafeInteger(bytes) || !this.w.skip(bytes)) {
      this.fatal('pickle/truncated', `joblib array of ${bytes} byte(s) runs past the end of the data`, offset);
    }
  }
}

/** Item size of a `numpy.dtype('<code>', False, True)` call, 'object' for `O`, null when unknown. */
function dtypeItemsize(dtype: Value | undefined): number | 'object' | null {
  if (!(dtype instanceof CallValue) || !(dtype.args instanceof TupleValue) || !dtype.args.items) return null;
  if (dtype.target !== 'numpy.dtype') return null;
  const code = dtype.args.items[0];
  if (typeof code !== 'string') return null;
  const m = /^([biufcmMOSUV])(\d+)$/.exec(code);
  if (!m) return null;
  if (m[1] === 'O') return 'object';
  const n = Number(m[2]);
  return m[1] === 'U' ? n * 4 : n;
}

function readU64(buf: Buffer, pos: number): number | null {
  const lo = buf.readUInt32LE(pos);
  const hi = buf.readUInt32LE(pos + 4);
  if (hi > 0x1fffff) return null;
  return hi * 0x100000000 + lo;
}

function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

function unescapePython(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
    return map[e] ?? `\\${e}`;
  });
}

function unescapeRawUnicode(s: string): string {
  const decoded = utf8(s);
  return decoded.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a: string | undefined, b: string | undefined) => String.fromCodePoint(parseInt((a ?? b) as string, 16)));
}

/** Scans every pickle in `source` (or its byte range) and returns findings and what was seen. */
export function scanPickles(source: RandomAccess, opts: PickleScanOptions): Promise<PickleScanResult> {
  return new PickleMachine(source, opts).run();
}

