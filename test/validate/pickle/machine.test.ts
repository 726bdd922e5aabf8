import { describe, expect, it } from '@jest/globals';
import { scanPickles, type PickleScanOptions } from '../../../src/validate/pickle/machine.js';
import { PicklePolicy, canonicalName } from '../../../src/validate/pickle/policy.js';
import { PROFILE_NAMES } from '../../../src/validate/pickle/profiles.js';
import { sniffPickle } from '../../../src/validate/pickle/sniff.js';
import { bufferSource } from '../../../src/validate/sources.js';
import * as H from './corpus/healthy.js';
import { PickleWriter, pickle } from './corpus/writer.js';

const LIMITS = { maxPickleOpcodes: 10_000_000, maxPickleMemo: 1_000_000, timeoutMs: 60_000 };
const allProfiles = new PicklePolicy([...PROFILE_NAMES]);
const scan = (data: Buffer, opts: Partial<PickleScanOptions> = {}) => scanPickles(bufferSource('t.pkl', data), { policy: allProfiles, limits: LIMITS, ...opts });
const ruleList = async (data: Buffer, opts: Partial<PickleScanOptions> = {}) => (await scan(data, opts)).findings.map((f) => f.rule);

describe('pickle machine', () => {
  it('resolves STACK_GLOBAL from memo values and reports the offset of the import', async () => {
    const data = pickle((w) => w.proto(4).unicode('os').memoize().unicode('system').memoize().pop().pop().binget(0).binget(1).stackGlobal().stop());
    const r = await scan(data);
    const f = r.findings.find((x) => x.rule === 'pickle/dangerous-global');
    expect(f?.message).toContain('os.system');
    expect(f?.location?.offset).toBe(data.indexOf(0x93));
  });

  it('gives every pickle in a stream a fresh memo', async () => {
    const data = Buffer.concat([pickle((w) => w.proto(4).unicode('x').memoize().stop()), pickle((w) => w.proto(4).binget(0).stop())]);
    expect(await ruleList(data)).toContain('pickle/malformed');
  });

  it('scans every concatenated pickle and reports each', async () => {
    const r = await scan(Buffer.concat([pickle((w) => w.proto(2).none().stop()), pickle((w) => w.proto(3).int(5).stop()), pickle((w) => w.int(1).stop())]));
    expect(r.pickles.map((p) => p.protocol)).toEqual([2, 3, 0]);
    expect(r.complete).toBe(true);
    expect(r.pickles[1].result).toBe(5);
  });

  it('stops after maxPickles and leaves the rest to the caller', async () => {
    const r = await scan(Buffer.concat([pickle((w) => w.proto(2).none().stop()), Buffer.from([1, 2, 3])]), { maxPickles: 1, trailing: 'allow' });
    expect(r.findings).toEqual([]);
    expect(r.end).toBe(4);
  });

  it('decodes the legacy torch magic number exactly', async () => {
    const r = await scan(pickle((w) => w.proto(2).long1(0x1950a86a20f9469cfc6cn).stop()));
    expect(r.pickles[0].result).toBe(0x1950a86a20f9469cfc6cn);
  });

  it('accepts well-formed multi-frame protocol 4 streams', async () => {
    const a = new PickleWriter().emptyList().memoize().mark().int(1).int(2).bytes();
    const b = new PickleWriter().appends().stop().bytes();
    const data = Buffer.concat([new PickleWriter().proto(4).frame(a.length).bytes(), a, new PickleWriter().frame(b.length).bytes(), b]);
    expect(await ruleList(data)).toEqual([]);
  });

  it('reads BINBYTES8 payloads outside frames without holding them (skips, no truncation)', async () => {
    const payload = Buffer.alloc(3 << 20, 7);
    const data = Buffer.concat([new PickleWriter().proto(4).binbytes8Header(payload.length).bytes(), payload, new PickleWriter().stop().bytes()]);
    let read = 0;
    const src = bufferSource('big', data);
    const counting = { size: src.size, read: async (o: number, l: number) => { const b = await src.read(o, l); read += b.length; return b; } };
    const r = await scanPickles(counting, { policy: allProfiles, limits: LIMITS });
    expect(r.findings).toEqual([]);
    expect(read).toBeLessThan(payload.length);
  });

  it('reports truncation of a declared payload', async () => {
    expect(await ruleList(new PickleWriter().proto(4).binbytes8Header(1000).raw(Buffer.alloc(10)).bytes())).toContain('pickle/truncated');
  });

  it('persistent ids are a warning outside PyTorch and fine inside', async () => {
    const data = pickle((w) => w.proto(2).binunicode('k').binpersid().stop());
    expect(await ruleList(data)).toEqual(['pickle/persistent-id']);
    expect(await ruleList(data, { persistentIds: 'allowed' })).toEqual([]);
    expect(await ruleList(pickle((w) => w.persid('0').stop()), { persistentIds: 'allowed' })).toEqual([]);
  });

  it('handles protocol 0/1 text opcodes: INT/LONG/FLOAT/STRING/UNICODE/GET/PUT/POP_MARK/DICT/LIST/FROZENSET/ADDITEMS', async () => {
    const data = pickle((w) => w.mark().intLine('01').intLine(7).longLine(12345678901234567890n).floatLine(1.5).string("it\\'s").unicodeLine('caf\\u00e9').put(3).get(3)
      .mark().popMark().mark().list().emptySet().mark().int(1).additems().mark().int(2).frozenset().mark().dict().tuple().stop());
    expect(await ruleList(data)).toEqual([]);
  });

  it('flags unused values left at STOP as a warning', async () => {
    expect(await ruleList(pickle((w) => w.proto(2).none().none().stop()))).toEqual(['pickle/unused-values']);
  });

  it('never throws: bad opcodes, underflow and bad literals are findings', async () => {
    expect(await ruleList(Buffer.from([0x80, 0x02, 0xff]))).toContain('pickle/invalid-opcode');
    expect(await ruleList(pickle((w) => w.proto(2).reduce().stop()))).toContain('pickle/malformed');
    expect(await ruleList(pickle((w) => w.intLine('zz').stop()))).toContain('pickle/malformed');
    expect(await ruleList(pickle((w) => w.appends().stop()))).toContain('pickle/malformed');
    expect(await ruleList(Buffer.from([0x80, 0x09, 0x2e]))).toContain('pickle/unsupported-protocol');
    expect(await ruleList(Buffer.alloc(0))).toContain('pickle/empty');
  });

  it('lists every global with its verdict in the result', async () => {
    const r = await scan(H.sklearnLogisticRegression());
    expect(r.globals.map((g) => g.name)).toEqual(expect.arrayContaining(['sklearn.linear_model._logistic.LogisticRegression', 'numpy._core.multiarray._reconstruct', 'numpy.dtype']));
    expect(r.globals.every((g) => g.verdict === 'allowed')).toBe(true);
  });

  it('caps distinct findings and says so', async () => {
    const data = pickle((w) => { w.proto(4); for (let i = 0; i < 150; i++) w.sglobal(`m${i}`, 'X').pop(); w.none().stop(); });
    const r = await scan(data);
    expect(r.findings.length).toBe(101);
    expect(r.findings[100].rule).toBe('pickle/too-many-findings');
  });

  it('honours an abort signal', async () => {
    const data = pickle((w) => { w.proto(2).emptyList(); for (let i = 0; i < 70_000; i++) w.none().pop(); w.stop(); });
    const ctl = new AbortController();
    ctl.abort();
    expect(await ruleList(data, { signal: ctl.signal })).toContain('pickle/timeout');
  });
});

describe('pickle policy', () => {
  const p = new PicklePolicy(['pytorch', 'numpy', 'data', 'sklearn']);
  it('checks every dotted component', () => {
    expect(p.classify('torch.nn.modules.os', 'Linear').kind).toBe('denied');
    expect(p.classify('builtins', 'getattr.__call__').kind).toBe('denied');
    expect(p.classify('numpy', '__builtins__.eval').kind).toBe('denied');
    expect(p.classify('os', 'path.join').kind).toBe('denied');
  });
  it('maps Python 2 aliases first', () => {
    expect(canonicalName('__builtin__', 'set')).toBe('builtins.set');
    expect(p.classify('__builtin__', 'set').kind).toBe('allowed');
    expect(p.classify('copy_reg', '_reconstructor').kind).toBe('allowed');
    expect(p.classify('__builtin__', 'reduce').kind).toBe('denied');
  });
  it('allows framework classes but not their functions', () => {
    expect(p.classify('sklearn.ensemble._forest', 'RandomForestClassifier').kind).toBe('allowed');
    expect(p.classify('sklearn.datasets', 'fetch_openml').kind).toBe('denied');
    expect(p.classify('sklearn.utils.fixes', 'threadpool_limits').kind).toBe('unknown');
    expect(p.classify('torch', 'FloatStorage').kind).toBe('allowed');
    expect(p.classify('torch', 'load').kind).toBe('denied');
  });
  it('rejects empty components', () => {
    expect(p.classify('os.', 'system').kind).toBe('denied');
    expect(p.classify('collections', '').kind).toBe('denied');
  });
  it('keeps unknown profiles for an error', () => {
    expect(new PicklePolicy(['data', 'keras']).unknownProfiles).toEqual(['keras']);
  });
  it('lets a container allow its own loader names without opening the denylist', () => {
    const ts = new PicklePolicy(['pytorch'], [], [], ['__torch__.*', 'torch.jit._pickle.*']);
    expect(ts.classify('torch.jit._pickle', 'build_intlist').kind).toBe('allowed');
    expect(ts.classify('torch.jit', 'load').kind).toBe('denied');
    expect(ts.classify('os', 'system').kind).toBe('denied');
  });
});

describe('pickle sniffing', () => {
  it('recognises protocol 2+ and plausible protocol 0/1 heads, not text', () => {
    expect(sniffPickle(H.sklearnLogisticRegression())).toBe(true);
    expect(sniffPickle(H.protocol0Data())).toBe(true);
    expect(sniffPickle(Buffer.from("cos\nsystem\n(S'id'\ntR."))).toBe(true);
    expect(sniffPickle(Buffer.from('Hello, this is a README file.\n'))).toBe(false);
    expect(sniffPickle(Buffer.from('{"a": 1}'))).toBe(false);
    expect(sniffPickle(Buffer.from('(a b c d e f g)'))).toBe(false);
    expect(sniffPickle(Buffer.from('I like models\n'))).toBe(false);
  });
});
