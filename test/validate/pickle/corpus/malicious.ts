/**
 * The adversarial corpus: every bypass in the research notes (picklescan, modelscan and fickling issues and
 * advisories), rebuilt byte for byte with the writers. Payloads are harmless names; nothing here is ever
 * unpickled. Each case lists rules that must appear (and the artifact must fail).
 */
import zlib from 'node:zlib';
import type { ValidateSectionConfig } from '../../../../src/validate/config.js';
import { makeTar } from '../../archive/corpus/tar-writer.js';
import { makeZip } from '../../archive/corpus/zip-writer.js';
import { TENSORS, joblibDump, npy, pytorchLegacy, pytorchZip, torchStateDictPickle } from './healthy.js';
import { PickleWriter, pickle } from './writer.js';

export interface Case {
  id: string;
  file: string;
  data: Buffer;
  /** Rules that must be among the findings. */
  rules: string[];
  config?: ValidateSectionConfig;
  source: string;
}

/** `os.system('id')` via GLOBAL + REDUCE, protocol 2. */
export const osSystem = (module = 'posix', name = 'system'): Buffer =>
  pickle((w) => w.proto(2).global(module, name).binunicode('id').tuple1().reduce().stop());

const sg = (module: string, name: string): Buffer => pickle((w) => w.proto(4).sglobal(module, name).unicode('x').tuple1().reduce().stop());

/** A torch data.pkl whose state dict hides `os.system` as one of the values. */
function torchWithPayload(): Buffer {
  const good = torchStateDictPickle();
  // Insert before the final STOP: POP the state dict, then call the payload and leave it as the result.
  const body = good.subarray(0, good.length - 1);
  const w = new PickleWriter().raw(body).pop().global('posix', 'system').binunicode('id').tuple1().reduce().stop();
  return w.bytes();
}

export function cases(): Case[] {
  const list: Case[] = [];
  const add = (c: Case): void => { list.push(c); };

  // ---- plain pickles -------------------------------------------------------------------------------
  add({ id: 'os-system', file: 'model.pkl', data: osSystem(), rules: ['pickle/dangerous-global'], source: 'picklescan tests/data os.system' });
  add({ id: 'eval-stack-global', file: 'model.pkl', data: sg('builtins', 'eval'), rules: ['pickle/dangerous-global'], source: 'picklescan builtins.eval' });
  add({ id: 'builtin-alias', file: 'model.pkl', data: pickle((w) => w.global('__builtin__', 'eval').mark().string('1').tuple().reduce().stop()), rules: ['pickle/dangerous-global'], source: 'Python 2 alias' });
  add({
    id: 'memo-dup-os-system', file: 'model.pkl', source: 'notes 1.5 memo_dup_os_system.pkl',
    data: pickle((w) => w.proto(4).unicode('os').dup().memoize().pop().pop().unicode('system').memoize().pop().binget(0).binget(1).stackGlobal().unicode('id').tuple1().reduce().stop()),
    rules: ['pickle/dangerous-global'],
  });
  add({
    id: 'ctf-memo-overwrite', file: 'model.pkl', source: 'picklescan #22 malicious11.pkl',
    data: pickle((w) => w.proto(4).unicode('torch').binput(0).unicode('LongStorage').binput(1).pop().pop()
      .unicode('os').binput(0).pop().unicode('system').binput(1).pop().binget(0).binget(1).stackGlobal().unicode('id').tuple1().reduce().stop()),
    rules: ['pickle/dangerous-global'],
  });
  add({
    id: 'long-binput-binget', file: 'model.pkl', source: 'picklescan #14 memo confusion',
    data: pickle((w) => w.proto(4).unicode('os').longBinput(70000).unicode('system').longBinput(70001).pop().pop().longBinget(70000).longBinget(70001).stackGlobal().emptyTuple().reduce().stop()),
    rules: ['pickle/dangerous-global'],
  });
  add({
    id: 'multi-pickle-memo-carryover', file: 'model.pkl', source: 'notes 1.5 multi_pickle_memo_carryover.pkl',
    data: Buffer.concat([
      pickle((w) => w.proto(4).unicode('torch').memoize().unicode('LongStorage').memoize().stackGlobal().memoize().stop()),
      pickle((w) => w.proto(4).unicode('os').memoize().unicode('getcwd').memoize().pop().pop().binget(0).binget(1).stackGlobal().emptyTuple().reduce().stop()),
    ]),
    rules: ['pickle/dangerous-global'],
  });
  add({
    id: 'payload-in-second-pickle', file: 'model.pkl', source: 'stacked pickles, multiple_pickles',
    data: Buffer.concat([pickle((w) => w.proto(2).emptyDict().stop()), osSystem()]),
    rules: ['pickle/dangerous-global'],
  });
  add({
    id: 'frame-divergence', file: 'model.pkl', source: 'cpython#154848, fickling frame tests',
    data: pickle((w) => w.proto(4).frame(2).binbytesHeader(263).raw(new PickleWriter().global('os', 'getcwd').emptyTuple().reduce().stop().bytes()).raw(Buffer.alloc(263))),
    rules: ['pickle/frame-violation'],
  });
  add({
    id: 'frame-reopened', file: 'model.pkl', source: 'fickling _find_frame_violation',
    data: pickle((w) => w.proto(4).frame(12).int(1).frame(2).pop().none().stop()),
    rules: ['pickle/frame-violation'],
  });
  add({
    id: 'suspicious-chain', file: 'model.pkl', source: 'notes 1.5 suspicious_chain.pkl',
    data: pickle((w) => w.proto(4).sglobal('builtins', 'dict.get').sglobal('builtins', 'vars').sglobal('builtins', '__import__').unicode('os').tuple1().reduce().tuple1().reduce().unicode('getcwd').tuple2().reduce().emptyTuple().reduce().stop()),
    rules: ['pickle/dangerous-global'],
  });
  add({ id: 'dotted-getattr-call', file: 'model.pkl', data: sg('builtins', 'getattr.__call__'), rules: ['pickle/dangerous-global'], source: 'notes 1.5 dotted_name.pkl' });
  add({ id: 'pathlib-os-system', file: 'model.pkl', data: sg('pathlib', 'os.system'), rules: ['pickle/dangerous-global'], source: 'GHSA-5j3x-jp52-966f' });
  add({ id: 'pkgutil-resolve-name', file: 'model.pkl', data: sg('pkgutil', 'resolve_name'), rules: ['pickle/dangerous-global'], source: 'GHSA-vvpj-8cmc-gx39' });
  add({ id: 'importlib', file: 'model.pkl', data: sg('importlib', 'import_module'), rules: ['pickle/dangerous-global'], source: 'picklescan #66 / PR #74' });
  add({ id: 'marshal', file: 'model.pkl', data: sg('marshal', 'loads'), rules: ['pickle/dangerous-global'], source: 'picklescan PR #74' });
  add({ id: 'asyncio-submodule', file: 'model.pkl', data: sg('asyncio.unix_events', '_UnixSelectorEventLoop'), rules: ['pickle/dangerous-global'], source: 'CVE-2025-10157' });
  add({ id: 'numpy-f2py', file: 'model.pkl', data: sg('numpy.f2py', 'crackfortran'), rules: ['pickle/dangerous-global'], source: 'GHSA-r8g5-cgf2-4m4m' });
  add({ id: 'torch-load', file: 'model.pkl', data: sg('torch.serialization', 'load'), rules: ['pickle/dangerous-global'], source: 'picklescan PR #47' });
  add({ id: 'functools-partial', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('functools', 'partial').sglobal('torch', 'load').unicode('x.pt').tuple2().reduce().emptyTuple().reduce().stop()), rules: ['pickle/dangerous-global'], source: 'partial(torch.load)' });
  add({ id: 'operator-methodcaller', file: 'model.pkl', data: sg('_operator', 'methodcaller'), rules: ['pickle/dangerous-global'], source: 'GHSA-955r-x9j8-7rhh' });
  add({ id: 'pydoc-locate', file: 'model.pkl', data: sg('pydoc', 'locate'), rules: ['pickle/dangerous-global'], source: 'GHSA-84r2-jw7c-4r5q' });
  add({ id: 'pandas-read-csv', file: 'model.pkl', data: sg('pandas.io.parsers.readers', 'read_csv'), rules: ['pickle/dangerous-global'], source: 'modelscan #338' });
  add({ id: 'collect-env-run', file: 'model.pkl', data: sg('torch.utils.collect_env', 'run'), rules: ['pickle/dangerous-global'], source: 'modelscan #338' });
  add({ id: 'scanner-deactivation', file: 'model.pkl', data: sg('picklescan.scanner', 'scan_pickle_bytes'), rules: ['pickle/dangerous-global'], source: 'fickling ScannerDeactivation' });
  add({ id: 'unknown-global', file: 'model.pkl', data: sg('mylib.models', 'Net'), rules: ['pickle/unknown-global'], source: 'default-deny' });
  add({ id: 'string-stack-global', file: 'model.pkl', data: pickle((w) => w.proto(4).string('os').string('system').stackGlobal().string('id').tuple1().reduce().stop()), rules: ['pickle/dangerous-global'], source: 'GHSA-9gvj-pp9x-gcfr malicious23.pkl' });
  add({ id: 'binstring-stack-global', file: 'model.pkl', data: pickle((w) => w.proto(4).binstring('os').shortBinstring('system').stackGlobal().emptyTuple().reduce().stop()), rules: ['pickle/dangerous-global'], source: 'STRING family variants' });
  add({ id: 'stack-global-non-literal', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('builtins', 'str').emptyTuple().reduce().unicode('system').stackGlobal().stop()), rules: ['pickle/unresolved-global'], source: 'computed STACK_GLOBAL operands' });
  add({ id: 'inst', file: 'model.pkl', data: pickle((w) => w.mark().string('id').inst('os', 'system').stop()), rules: ['pickle/dangerous-global'], source: 'malicious10.pkl (INST)' });
  add({ id: 'obj', file: 'model.pkl', data: pickle((w) => w.proto(1).mark().global('subprocess', 'Popen').string('id').obj().stop()), rules: ['pickle/dangerous-global'], source: 'OBJ form' });
  add({ id: 'obj-pop-invisible', file: 'model.pkl', data: pickle((w) => w.proto(2).mark().global('os', 'system').string('id').obj().pop().emptyDict().stop()), rules: ['pickle/dangerous-global'], source: 'GHSA-mxhj-88fx-4pcv' });
  add({ id: 'newobj-ex', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('subprocess', 'Popen').unicode('id').tuple1().emptyDict().newobjEx().stop()), rules: ['pickle/dangerous-global'], source: 'NEWOBJ_EX' });
  add({ id: 'getattr-chain', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('builtins', 'getattr').sglobal('collections', 'OrderedDict').unicode('fromkeys').tuple2().reduce().emptyTuple().reduce().stop()), rules: ['pickle/dangerous-global'], source: 'builtins.getattr then REDUCE on the result' });
  add({ id: 'call-of-call-result', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('collections', 'OrderedDict').emptyTuple().reduce().emptyTuple().reduce().stop()), rules: ['pickle/unresolved-call'], source: 'calling a non-global' });
  add({ id: 'ext-code', file: 'model.pkl', data: pickle((w) => w.proto(2).ext1(1).emptyTuple().reduce().stop()), rules: ['pickle/extension-code'], source: 'EXT1/2/4 (copyreg registry)' });
  add({ id: 'ext4-code', file: 'model.pkl', data: pickle((w) => w.proto(2).ext4(0x7fffffff).stop()), rules: ['pickle/extension-code'], source: 'EXT4' });
  add({ id: 'build-on-global', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('collections', 'OrderedDict').emptyDict().unicode('fromkeys').sglobal('builtins', 'set').setitem().build().stop()), rules: ['pickle/build-on-global'], source: 'sys_module_override_sploit.pkl, modelscan #85/#330' });
  add({ id: 'codecs-encode-misuse', file: 'model.pkl', data: pickle((w) => w.proto(2).global('_codecs', 'encode').binunicode('x').binunicode('rot13').tuple2().reduce().stop()), rules: ['pickle/unexpected-arguments'], source: '_codecs.encode only for bytes' });
  add({ id: 'rebuild-tensor-bad-args', file: 'model.pkl', data: pickle((w) => w.proto(2).global('torch._utils', '_rebuild_tensor_v2').binunicode('x').tuple1().reduce().stop()), rules: ['pickle/unexpected-arguments'], source: 'notes 8 #4 (_rebuild_tensor_v2 args checked)' });
  add({ id: 'broken-after-payload', file: 'model.pkl', data: Buffer.concat([pickle((w) => w.proto(2).global('os', 'system').binunicode('id').tuple1().reduce()), Buffer.from([0x58, 0xff, 0xff, 0x00, 0x00, 0x41])]), rules: ['pickle/dangerous-global', 'pickle/truncated'], source: 'nullifAI broken_model.pkl' });
  add({ id: 'invalid-bytes', file: 'model.pkl', data: Buffer.concat([pickle((w) => w.proto(2).global('os', 'system').binunicode('id').tuple1().reduce()), Buffer.from([0xff, 0x2e])]), rules: ['pickle/dangerous-global', 'pickle/invalid-opcode'], source: 'malicious-invalid-bytes.pkl' });
  add({ id: 'keyerror', file: 'model.pkl', data: pickle((w) => w.proto(2).binget(7).stop()), rules: ['pickle/malformed'], source: 'keyerror-exploit.pkl' });
  add({ id: 'misplaced-proto', file: 'model.pkl', data: pickle((w) => w.proto(2).none().pop().proto(4).none().stop()), rules: ['pickle/misplaced-proto'], source: 'fickling MisplacedProtoAnalysis' });
  add({ id: 'next-buffer', file: 'model.pkl', data: pickle((w) => w.proto(5).nextBuffer().stop()), rules: ['pickle/out-of-band-buffer'], source: 'protocol 5 out-of-band' });
  add({ id: 'trailing-garbage', file: 'model.pkl', data: Buffer.concat([pickle((w) => w.proto(2).none().stop()), Buffer.from('\n\x00\x01garbage')]), rules: ['pickle/trailing-data'], source: 'bytes after the last pickle' });
  add({ id: 'truncated', file: 'model.pkl', data: pickle((w) => w.proto(4).sglobal('collections', 'OrderedDict').emptyTuple()), rules: ['pickle/truncated'], source: 'truncated file' });
  add({ id: 'pickle-as-txt', file: 'notes.txt', data: osSystem(), rules: ['pickle/dangerous-global'], source: 'misleading extension (GHSA-769v-p64c-89pr)' });
  add({ id: 'pickle-as-bin', file: 'pytorch_model.bin', data: osSystem('nt'), rules: ['pickle/dangerous-global'], source: 'GHSA-jgw4-cr84-mqxg (.bin)' });
  add({ id: 'protocol0-noproto', file: 'model.dat', data: Buffer.from("cos\nsystem\n(S'id'\ntR."), rules: ['pickle/dangerous-global'], source: 'protocol 0 text pickle' });
  add({ id: 'opcode-limit', file: 'model.pkl', data: pickle((w) => { w.proto(2).emptyList().mark(); for (let i = 0; i < 500; i++) w.int(i); w.appends().stop(); }), rules: ['pickle/opcode-limit'], config: { limits: { maxPickleOpcodes: 100 } }, source: 'limits' });
  add({ id: 'memo-limit', file: 'model.pkl', data: pickle((w) => { w.proto(4).emptyList(); for (let i = 0; i < 50; i++) w.memoize(); w.stop(); }), rules: ['pickle/memo-limit'], config: { limits: { maxPickleMemo: 10 } }, source: 'limits' });
  add({ id: 'user-denied', file: 'model.pkl', data: sg('collections', 'Counter'), rules: ['pickle/denied-global'], config: { pickle: { deny: ['collections.Counter'] } }, source: 'validate.pickle.deny' });

  // ---- PyTorch ---------------------------------------------------------------------------------------
  add({ id: 'torch-zip-payload', file: 'model.pt', data: pytorchZip(TENSORS, torchWithPayload()), rules: ['pickle/dangerous-global'], source: 'torch.save + injected REDUCE (modelscan PickleInject)' });
  add({ id: 'torch-zip-missing-storage', file: 'model.pt', data: makeZip([{ name: 'm/data.pkl', data: torchStateDictPickle() }, { name: 'm/version', data: '3\n' }]), rules: ['pytorch/missing-storage'], source: 'truncated checkpoint' });
  add({ id: 'torch-zip-noext-proto0', file: 'model.zip', data: makeZip([{ name: 'archive/data', data: Buffer.from("cos\nsystem\n(S'id'\ntR.") }]), rules: ['pickle/dangerous-global'], source: 'notes 1.5 zip_proto0_noext.zip' });
  add({ id: 'zip-member-txt', file: 'model.pt', data: makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle([]) }, { name: 'archive/readme.txt', data: osSystem() }]), rules: ['pickle/dangerous-global'], source: 'malicious1_wrong_ext.zip' });
  add({ id: 'zip-unreferenced-storage', file: 'model.pt', data: makeZip([{ name: 'm/data.pkl', data: torchStateDictPickle([]) }, { name: 'm/data/99', data: osSystem() }]), rules: ['pickle/dangerous-global'], source: 'pickle hidden as a storage' });
  for (const flag of [0x1, 0x20, 0x40]) {
    add({ id: `zip-flag-0x${flag.toString(16)}`, file: 'model.pt', data: zipWithFlags(flag), rules: ['pickle/dangerous-global'], source: `malicious1_0x${flag.toString(16)}.zip (GHSA-w8jq-xcqf-f792)` });
  }
  add({ id: 'zip-bad-crc', file: 'model.pt', data: makeZip([{ name: 'archive/data.pkl', data: osSystem(), crc: 0x12345678 }]), rules: ['zip/crc-mismatch', 'pickle/dangerous-global'], source: 'malicious1_crc.zip (CVE-2025-10156)' });
  add({ id: 'zip-central-name-mismatch', file: 'model.pt', data: makeZip([{ name: 'archive/data.txt', localName: 'archive/data.pkl', data: osSystem() }]), rules: ['zip/local-header-mismatch', 'pickle/dangerous-global'], source: 'malicious1_central_directory.zip' });
  add({ id: 'legacy-payload-in-object', file: 'pytorch_model.bin', data: pytorchLegacy(TENSORS, osSystem()), rules: ['pickle/dangerous-global'], source: 'notes 1.5 legacy_stacked.pt' });
  add({
    id: 'legacy-payload-in-keys', file: 'pytorch_model.bin', source: 'legacy: payload in pickle #5 (modelscan scans only #1)',
    data: Buffer.concat([legacyHead(), torchStateDictPickle(TENSORS, true), osSystem()]),
    rules: ['pickle/dangerous-global'],
  });
  add({ id: 'legacy-magic-eval', file: 'pytorch_model.bin', data: Buffer.concat([pickle((w) => w.proto(2).global('builtins', 'eval').binunicode('0x1950a86a20f9469cfc6c').tuple1().reduce().stop()), pytorchLegacy().subarray(14)]), rules: ['pickle/dangerous-global'], source: 'pytorch_magic_bypass.pt' });
  add({ id: 'legacy-tar', file: 'legacy.pt', data: makeTar([{ name: 'sys_info', data: pickle((w) => w.proto(2).emptyDict().stop()) }, { name: 'pickle', data: osSystem() }, { name: 'storages', data: pickle((w) => w.proto(2).int(0).stop()) }, { name: 'tensors', data: pickle((w) => w.proto(2).int(0).stop()) }]), rules: ['pickle/dangerous-global'], source: 'notes 1.5 legacy_tar.pt' });
  add({
    id: 'torchscript-constants', file: 'scripted.pt', source: 'TorchScript archive with a payload in constants.pkl',
    data: makeZip([{ name: 'm/data.pkl', data: torchStateDictPickle([]) }, { name: 'm/code/__torch__/m.py', data: 'def forward(self, x):\n  return x\n' }, { name: 'm/constants.pkl', data: osSystem() }]),
    rules: ['pickle/dangerous-global', 'torchscript/code'],
  });

  // ---- containers ------------------------------------------------------------------------------------
  add({ id: 'nested-zip', file: 'bundle.zip', data: makeZip([{ name: 'inner.pt', data: pytorchZip(TENSORS, torchWithPayload()) }]), rules: ['pickle/dangerous-global'], source: 'notes 1.5 nested.zip' });
  add({ id: 'zip-in-tar-in-gzip', file: 'bundle.tar.gz', data: zlib.gzipSync(makeTar([{ name: 'models/inner.zip', data: makeZip([{ name: 'w.bin', data: osSystem() }]) }])), rules: ['pickle/dangerous-global'], source: 'payload three containers deep' });
  add({ id: 'gzip-pickle', file: 'model.pkl', data: zlib.gzipSync(osSystem()), rules: ['pickle/dangerous-global'], source: 'notes 1.5 gz_pickle.pkl' });
  add({ id: 'zlib-joblib', file: 'model.joblib', data: zlib.deflateSync(osSystem()), rules: ['pickle/dangerous-global'], source: "joblib compress='zlib'" });
  add({ id: 'xz-pickle', file: 'model.pkl', data: Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(64, 1)]), rules: ['compressed/unsupported-codec'], source: 'notes 1.5 xz_pickle.pkl' });
  add({ id: 'bz2-joblib', file: 'model.joblib', data: Buffer.concat([Buffer.from('BZh9'), Buffer.alloc(64, 7)]), rules: ['compressed/unsupported-codec'], source: "joblib compress='bz2'" });
  add({ id: 'gzip-bomb', file: 'model.pkl.gz', data: zlib.gzipSync(Buffer.alloc(64 << 20)), rules: ['compressed/decompression-limit'], source: 'decompression bomb (ratio)' });
  add({ id: 'zip-bomb', file: 'model.zip', data: makeZip([{ name: 'w.bin', data: Buffer.alloc(64 << 20), method: 8 }]), rules: ['archive/compression-ratio'], source: 'safetensors numpy_dos_create.py' });
  add({ id: 'zip-total-limit', file: 'model.zip', data: makeZip([{ name: 'a.bin', data: Buffer.alloc(4096, 1) }, { name: 'b.bin', data: Buffer.alloc(4096, 2) }]), rules: ['archive/decompression-limit'], config: { limits: { maxDecompressedBytes: 6000 } }, source: 'limits' });
  add({ id: 'zip-overlap', file: 'model.zip', data: makeZip([{ name: 'a.pkl', data: osSystem() }, { name: 'b.pkl', data: osSystem(), sameAs: 0 }]), rules: ['zip/overlapping-entries'], source: 'overlapping zip entries' });
  add({ id: 'zip-duplicate', file: 'model.zip', data: makeZip([{ name: 'a.npy', data: npy() }, { name: 'a.npy', data: npy() }]), rules: ['archive/duplicate-member'], source: 'duplicate names' });
  add({ id: 'zip-slip', file: 'model.zip', data: makeZip([{ name: '../../evil.npy', data: npy() }]), rules: ['archive/unsafe-path'], source: 'zip-slip' });
  add({ id: 'zip-backslash', file: 'model.zip', data: makeZip([{ name: '..\\evil.npy', data: npy() }]), rules: ['archive/unsafe-path'], source: 'zip-slip (Windows)' });
  add({ id: 'zip-absolute', file: 'model.zip', data: makeZip([{ name: '/etc/cron.d/x', data: 'x' }]), rules: ['archive/unsafe-path'], source: 'absolute member' });
  add({ id: 'zip-symlink', file: 'model.zip', data: makeZip([{ name: 'link', data: '/etc/passwd', mode: 0o120777 }]), rules: ['archive/link-member'], source: 'symlink member' });
  add({ id: 'zip-truncated', file: 'model.pt', data: pytorchZip().subarray(0, pytorchZip().length - 40), rules: ['zip/no-central-directory'], source: 'truncated download' });
  add({ id: 'zip-appended', file: 'model.zip', data: makeZip([{ name: 'a.npy', data: npy() }], { trailing: osSystem() }), rules: ['zip/trailing-data'], source: 'polyglot tail' });
  add({ id: 'tar-traversal', file: 'model.tar', data: makeTar([{ name: '../../etc/x.npy', data: npy() }]), rules: ['archive/unsafe-path'], source: 'CVE-2024-5187' });
  add({ id: 'tar-symlink', file: 'model.tar', data: makeTar([{ name: 'w', type: '2', linkname: '/etc/passwd' }]), rules: ['archive/link-member'], source: 'tar symlink' });
  add({ id: 'tar-hardlink', file: 'model.tar', data: makeTar([{ name: 'w', type: '1', linkname: '/etc/passwd' }]), rules: ['archive/link-member'], source: 'tar hardlink' });
  add({ id: 'tar-device', file: 'model.tar', data: makeTar([{ name: 'dev', type: '3' }]), rules: ['archive/special-member'], source: 'tar device' });
  add({ id: 'tar-truncated', file: 'model.tar', data: makeTar([{ name: 'a.pkl', data: osSystem() }]).subarray(0, 600), rules: ['tar/truncated'], source: 'truncated tar' });
  add({ id: 'deep-nesting', file: 'deep.zip', data: nest(6), rules: ['limits/archive-depth'], source: 'maxArchiveDepth' });

  // ---- NumPy / joblib --------------------------------------------------------------------------------
  add({ id: 'npy-object-payload', file: 'arr.npy', data: npy([1], '|O', osSystem()), rules: ['pickle/dangerous-global'], source: 'dns_exfiltration.npy / object_array.npy' });
  add({ id: 'npz-object-payload', file: 'arrs.npz', data: makeZip([{ name: 'a.npy', data: npy() }, { name: 'b.npy', data: npy([1], '|O', sg('ssl', 'get_server_certificate')) }]), rules: ['pickle/dangerous-global'], source: 'object_arrays.npz' });
  add({ id: 'npy-truncated', file: 'arr.npy', data: npy([4, 4]).subarray(0, 100), rules: ['numpy/truncated'], source: 'truncated npy' });
  add({ id: 'npy-trailing', file: 'arr.npy', data: Buffer.concat([npy(), osSystem()]), rules: ['numpy/trailing-data'], source: 'polyglot npy' });
  add({ id: 'npy-bad-header', file: 'arr.npy', data: Buffer.from("\x93NUMPY\x01\x00\x20\x00{'descr': __import__('os'), }      \n", 'latin1'), rules: ['numpy/bad-header'], source: 'header is parsed, never evaluated' });
  add({ id: 'joblib-object-array-payload', file: 'model.joblib', data: joblibDump({ objectArrayPickle: osSystem() }), rules: ['pickle/dangerous-global'], source: 'joblib object array' });
  add({ id: 'joblib-payload-after-arrays', file: 'model.joblib', data: (() => { const d = joblibDump(); return Buffer.concat([d, osSystem()]); })(), rules: ['pickle/dangerous-global'], source: 'payload after the joblib pickle' });
  return list;
}

function legacyHead(): Buffer {
  const magic = new PickleWriter().proto(2).long1(0x1950a86a20f9469cfc6cn).stop().bytes();
  const version = new PickleWriter().proto(2).int(1001).stop().bytes();
  const sys = new PickleWriter().proto(2).emptyDict().stop().bytes();
  return Buffer.concat([magic, version, sys]);
}

function zipWithFlags(flag: number): Buffer {
  return makeZip([{ name: 'archive/data.pkl', data: torchWithPayload(), flags: 0x800 | flag }, { name: 'archive/version', data: '3\n' }]);
}

function nest(levels: number): Buffer {
  let inner = osSystem();
  for (let i = 0; i < levels; i++) inner = makeZip([{ name: `level${i}.zip`, data: inner }]);
  return inner;
}
