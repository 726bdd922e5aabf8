import { describe, expect, it } from '@jest/globals';
import zlib from 'node:zlib';
import { makeZip } from '../archive/corpus/zip-writer.js';
import { errors, rules, scratch, validateOne, validatePaths } from '../helpers.js';
import * as H from './corpus/healthy.js';
import { cases } from './corpus/malicious.js';
import { PickleWriter } from './corpus/writer.js';

describe('adversarial corpus: every malicious or malformed file fails with the expected rule', () => {
  for (const c of cases()) {
    it(`${c.id} (${c.source})`, async () => {
      const r = await validateOne(c.file, c.data, c.config);
      expect(r.verdict).toBe('fail');
      expect(rules(r)).toEqual(expect.arrayContaining(c.rules));
      // Every finding says where: an offset or a member.
      for (const f of r.findings.filter((x) => x.rule.startsWith('pickle/'))) expect(f.location?.offset !== undefined || f.location?.member !== undefined).toBe(true);
    });
  }
});

describe('negative controls: real-shaped healthy files pass', () => {
  const healthy: Array<[string, string, Buffer, string]> = [
    ['torch.save state_dict (zip)', 'model.pt', H.pytorchZip(), 'pytorch-zip'],
    ['torch.save legacy stacked pickles', 'pytorch_model.bin', H.pytorchLegacy(), 'pytorch-legacy'],
    ['scikit-learn LogisticRegression pickle (protocol 4, framed)', 'model.pkl', H.sklearnLogisticRegression(), 'pickle'],
    ['joblib.dump (aligned arrays)', 'model.joblib', H.joblibDump(), 'joblib'],
    ['joblib.dump with an object array', 'model.joblib', H.joblibDump({ objectArrayPickle: H.objectArrayPickle() }), 'joblib'],
    ['np.save float32', 'a.npy', H.npy(), 'numpy'],
    ['np.save v2 header', 'a.npy', H.npy([5], '<f8', undefined, 2), 'numpy'],
    ['np.save object array', 'o.npy', H.npy([2], '|O', H.objectArrayPickle()), 'numpy'],
    ['np.savez', 'a.npz', makeZip([{ name: 'x.npy', data: H.npy() }, { name: 'y.npy', data: H.npy([3], '<i8') }]), 'numpy-npz'],
    ['protocol 0 plain data', 'data.pkl', H.protocol0Data(), 'pickle'],
    ['gzip-compressed joblib', 'model.joblib.gz', zlib.gzipSync(H.joblibDump()), 'gzip'],
  ];
  for (const [what, file, data, format] of healthy) {
    it(what, async () => {
      const r = await validateOne(file, data);
      expect(errors(r)).toEqual([]);
      expect(r.verdict).toBe('pass');
      expect(r.format).toBe(format);
    });
  }

  it('a TorchScript archive passes with a review warning for its code', async () => {
    const r = await validateOne('scripted.pt', makeZip([{ name: 'm/data.pkl', data: H.torchStateDictPickle([]) }, { name: 'm/code/__torch__/m.py', data: 'def forward(self, x):\n  return x\n' }, { name: 'm/constants.pkl', data: new PickleWriter().proto(2).emptyTuple().stop().bytes() }]));
    expect(r.verdict).toBe('pass');
    expect(rules(r, 'warning')).toContain('torchscript/code');
  });

  it('a folder of healthy files passes file by file, .npy included', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.pt', H.pytorchZip());
      await s.write('m/arr.npy', H.npy());
      await s.write('m/model.joblib', H.joblibDump());
      const report = await validatePaths(s.dir, ['m']);
      expect(report.artifacts.map((a) => [a.format, a.verdict])).toEqual(expect.arrayContaining([['pytorch-zip', 'pass'], ['numpy', 'pass'], ['joblib', 'pass']]));
      expect(report.verdict).toBe('pass');
    } finally {
      await s.cleanup();
    }
  });

  it('a folder with an object .npy payload fails (picklescan skips .npy in folders)', async () => {
    const s = await scratch();
    try {
      await s.write('m/dns_exfiltration.npy', H.npy([1], '|O', new PickleWriter().proto(2).global('ssl', 'get_server_certificate').binunicode('x').tuple1().reduce().stop().bytes()));
      const report = await validatePaths(s.dir, ['m']);
      expect(report.verdict).toBe('fail');
      expect(report.artifacts[0].findings.map((f) => f.rule)).toContain('pickle/dangerous-global');
    } finally {
      await s.cleanup();
    }
  });

  it('a user allow entry lets a trusted unknown global pass, but never a dangerous one', async () => {
    const data = new PickleWriter().proto(4).sglobal('mylib.models', 'Net').emptyTuple().newobj().stop().bytes();
    expect((await validateOne('m.pkl', data, { pickle: { allow: ['mylib.models.*'] } })).verdict).toBe('pass');
    const evil = new PickleWriter().proto(4).sglobal('mylib.os', 'system').emptyTuple().reduce().stop().bytes();
    expect(errors(await validateOne('m.pkl', evil, { pickle: { allow: ['mylib.*'] } }))).toContain('pickle/dangerous-global');
  });

  it('profiles narrow what is allowed: sklearn classes fail under the pytorch profile alone', async () => {
    const r = await validateOne('m.pkl', H.sklearnLogisticRegression(), { pickle: { profiles: ['pytorch'] } });
    expect(errors(r)).toContain('pickle/unknown-global');
  });

  it('an unknown profile name is a clear error', async () => {
    const r = await validateOne('m.pkl', H.protocol0Data(), { pickle: { profiles: ['data', 'tensorflow'] } });
    expect(errors(r)).toContain('pickle/unknown-profile');
  });
});
