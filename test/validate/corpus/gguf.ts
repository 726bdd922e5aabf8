/** GGUF v3 files as llama.cpp's gguf writer lays them out, and the header lies from ggml's advisories. */

export type KvValue =
  | { type: 'u32'; value: number }
  | { type: 'u8'; value: number }
  | { type: 'bool'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'u64'; value: bigint }
  | { type: 'string'; value: string }
  | { type: 'strings'; value: string[] }
  | { type: 'i32s'; value: number[] }
  | { type: 'raw'; typeId: number; bytes: Buffer };

export interface GgufTensor {
  name: string;
  dims: Array<number | bigint>;
  type: number;
  /** Default: computed back to back with alignment. */
  offset?: bigint;
  bytes?: number;
}

export interface GgufOptions {
  version?: number;
  alignment?: number;
  kv: Array<[string, KvValue]>;
  tensors: GgufTensor[];
  /** Bytes of tensor data written (default: all). */
  dataBytes?: number;
  tensorCount?: bigint;
  kvCount?: bigint;
  magic?: string;
}

const TYPE_SIZE: Record<number, [number, number]> = { 0: [1, 4], 1: [1, 2], 2: [32, 18], 8: [32, 34], 12: [256, 144], 30: [1, 2] };

function str(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  const n = Buffer.alloc(8);
  n.writeBigUInt64LE(BigInt(b.length));
  return Buffer.concat([n, b]);
}
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};
const u64 = (v: bigint | number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
};

function kvBytes(v: KvValue): Buffer {
  switch (v.type) {
    case 'u8':
      return Buffer.concat([u32(0), Buffer.from([v.value])]);
    case 'bool':
      return Buffer.concat([u32(7), Buffer.from([v.value])]);
    case 'u32':
      return Buffer.concat([u32(4), u32(v.value)]);
    case 'f32': {
      const b = Buffer.alloc(4);
      b.writeFloatLE(v.value);
      return Buffer.concat([u32(6), b]);
    }
    case 'u64':
      return Buffer.concat([u32(10), u64(v.value)]);
    case 'string':
      return Buffer.concat([u32(8), str(v.value)]);
    case 'strings':
      return Buffer.concat([u32(9), u32(8), u64(v.value.length), ...v.value.map(str)]);
    case 'i32s':
      return Buffer.concat([u32(9), u32(5), u64(v.value.length), ...v.value.map((x) => u32(x))]);
    case 'raw':
      return Buffer.concat([u32(v.typeId), v.bytes]);
  }
}

export function tensorBytes(t: GgufTensor): number {
  if (t.bytes !== undefined) return t.bytes;
  const [block, size] = TYPE_SIZE[t.type] ?? [1, 4];
  const n = t.dims.reduce<number>((a, b) => a * Number(b), 1);
  return (n / block) * size;
}

export function ggufFile(o: GgufOptions): Buffer {
  const alignment = o.alignment ?? 32;
  const parts: Buffer[] = [Buffer.from(o.magic ?? 'GGUF', 'latin1'), u32(o.version ?? 3), u64(o.tensorCount ?? BigInt(o.tensors.length)), u64(o.kvCount ?? BigInt(o.kv.length))];
  for (const [k, v] of o.kv) parts.push(str(k), kvBytes(v));
  let offset = 0n;
  for (const t of o.tensors) {
    const at = t.offset ?? offset;
    parts.push(str(t.name), u32(t.dims.length), ...t.dims.map((d) => u64(d)), u32(t.type), u64(at));
    offset = at + BigInt(Math.ceil(tensorBytes(t) / alignment) * alignment);
  }
  let head = Buffer.concat(parts);
  const pad = (alignment - (head.length % alignment)) % alignment;
  head = Buffer.concat([head, Buffer.alloc(pad)]);
  const total = Number(offset);
  return Buffer.concat([head, Buffer.alloc(o.dataBytes ?? total, 0x11)]);
}

const LLAMA_TEMPLATE =
  "{% for message in messages %}{% if message['role'] == 'system' %}{{ '<|system|>\\n' + message['content'] + eos_token }}{% elif message['role'] == 'user' %}{{ '<|user|>\\n' + message['content'] + eos_token }}{% else %}{{ '<|assistant|>\\n' + message['content'] + eos_token }}{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}";

export function healthyGgufOptions(): GgufOptions {
  return {
    kv: [
      ['general.architecture', { type: 'string', value: 'llama' }],
      ['general.name', { type: 'string', value: 'tiny' }],
      ['general.alignment', { type: 'u32', value: 32 }],
      ['general.quantization_version', { type: 'u32', value: 2 }],
      ['llama.context_length', { type: 'u32', value: 128 }],
      ['llama.rope.freq_base', { type: 'f32', value: 10000 }],
      ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
      ['tokenizer.ggml.tokens', { type: 'strings', value: ['<unk>', '<s>', '</s>', 'a', 'b'] }],
      ['tokenizer.ggml.token_type', { type: 'i32s', value: [2, 3, 3, 1, 1] }],
      ['tokenizer.ggml.add_bos_token', { type: 'bool', value: 1 }],
      ['tokenizer.chat_template', { type: 'string', value: LLAMA_TEMPLATE }],
    ],
    tensors: [
      { name: 'token_embd.weight', dims: [64, 5], type: 8 },
      { name: 'blk.0.attn_norm.weight', dims: [64], type: 0 },
      { name: 'blk.0.ffn_down.weight', dims: [256, 2], type: 12 },
      { name: 'output_norm.weight', dims: [64], type: 1 },
    ],
  };
}

export function healthyGguf(): Buffer {
  return ggufFile(healthyGgufOptions());
}

export function hostileGguf(): Array<{ name: string; data: Buffer; rule: string }> {
  const base = healthyGgufOptions();
  const withKv = (k: string, v: KvValue) => ({ ...base, kv: [...base.kv.filter(([key]) => key !== k), [k, v] as [string, KvValue]] });
  const healthy = healthyGguf();
  return [
    { name: 'bad-magic', rule: 'format/unknown', data: ggufFile({ ...base, magic: 'GGUX' }) },
    { name: 'version-1', rule: 'gguf/bad-version', data: ggufFile({ ...base, version: 1 }) },
    { name: 'version-9', rule: 'gguf/bad-version', data: ggufFile({ ...base, version: 9 }) },
    { name: 'big-endian', rule: 'gguf/big-endian', data: ggufFile({ ...base, version: 0x03000000 }) },
    { name: 'kv-count-beyond-file', rule: 'gguf/count-beyond-file', data: ggufFile({ ...base, kvCount: 1n << 40n }) },
    { name: 'tensor-count-beyond-file', rule: 'gguf/count-beyond-file', data: ggufFile({ ...base, tensorCount: 1n << 50n }) },
    { name: 'alignment-zero', rule: 'gguf/bad-alignment', data: ggufFile(withKv('general.alignment', { type: 'u32', value: 0 })) },
    { name: 'alignment-not-pow2', rule: 'gguf/bad-alignment', data: ggufFile(withKv('general.alignment', { type: 'u32', value: 48 })) },
    { name: 'alignment-wrong-type', rule: 'gguf/alignment-type', data: ggufFile(withKv('general.alignment', { type: 'u64', value: 32n })) },
    { name: 'tensor-past-eof', rule: 'gguf/tensor-past-eof', data: healthy.subarray(0, healthy.length - 100) },
    { name: 'overlapping-tensors', rule: 'gguf/overlapping-tensors', data: ggufFile({ ...base, tensors: base.tensors.map((t, i) => (i === 1 ? { ...t, offset: 0n } : t)) }) },
    { name: 'unaligned-offset', rule: 'gguf/unaligned-offset', data: ggufFile({ ...base, tensors: base.tensors.map((t, i) => (i === 1 ? { ...t, offset: 3n } : t)) }) },
    { name: 'zero-dim', rule: 'gguf/zero-dimension', data: ggufFile({ ...base, tensors: [{ name: 'x', dims: [0, 4], type: 0, bytes: 0 }] }) },
    { name: 'dim-overflow', rule: 'gguf/size-overflow', data: ggufFile({ ...base, tensors: [{ name: 'x', dims: [(1n << 42n) + 1n, 1n << 42n], type: 0, bytes: 32 }] }) },
    { name: 'too-many-dims', rule: 'gguf/too-many-dims', data: ggufFile({ ...base, tensors: [{ name: 'x', dims: [1, 1, 1, 1, 1, 1, 1, 1, 1], type: 0, bytes: 4 }] }) },
    { name: 'removed-type', rule: 'gguf/bad-tensor-type', data: ggufFile({ ...base, tensors: [{ name: 'x', dims: [32], type: 4, bytes: 32 }] }) },
    { name: 'block-misaligned', rule: 'gguf/block-misaligned', data: ggufFile({ ...base, tensors: [{ name: 'x', dims: [33], type: 2, bytes: 32 }] }) },
    { name: 'duplicate-key', rule: 'gguf/duplicate-key', data: ggufFile({ ...base, kv: [...base.kv, ['general.name', { type: 'string', value: 'again' }]] }) },
    { name: 'duplicate-tensor', rule: 'gguf/duplicate-tensor', data: ggufFile({ ...base, tensors: [...base.tensors, { ...base.tensors[1] }] }) },
    { name: 'long-name', rule: 'gguf/tensor-name-too-long', data: ggufFile({ ...base, tensors: [{ name: 'n'.repeat(80), dims: [8], type: 0 }] }) },
    { name: 'nested-array', rule: 'gguf/nested-array', data: ggufFile({ ...base, kv: [...base.kv, ['x.nested', { type: 'raw', typeId: 9, bytes: Buffer.concat([Buffer.from([9, 0, 0, 0]), Buffer.from([1, 0, 0, 0, 0, 0, 0, 0])]) }]] }) },
    { name: 'array-beyond-file', rule: 'gguf/array-beyond-file', data: ggufFile({ ...base, kv: [...base.kv, ['x.arr', { type: 'raw', typeId: 9, bytes: Buffer.concat([Buffer.from([5, 0, 0, 0]), Buffer.from([0, 0, 0, 0, 0, 1, 0, 0])]) }]] }) },
    { name: 'array-bad-elem-type', rule: 'gguf/bad-value-type', data: ggufFile({ ...base, kv: [...base.kv, ['x.arr', { type: 'raw', typeId: 9, bytes: Buffer.concat([Buffer.from([77, 0, 0, 0]), Buffer.from([1, 0, 0, 0, 0, 0, 0, 0])]) }]] }) },
    { name: 'bad-value-type', rule: 'gguf/bad-value-type', data: ggufFile({ ...base, kv: [...base.kv, ['x.v', { type: 'raw', typeId: 13, bytes: Buffer.alloc(4) }]] }) },
    { name: 'string-beyond-file', rule: 'gguf/truncated', data: ggufFile({ ...base, kv: [...base.kv, ['x.s', { type: 'raw', typeId: 8, bytes: Buffer.from([0, 0, 0, 1, 0, 0, 0, 0]) }]] }) },
    { name: 'ssti-template', rule: 'gguf/risky-chat-template', data: ggufFile(withKv('tokenizer.chat_template', { type: 'string', value: "{{ ''.__class__.__mro__[1].__subclasses__() }}{% for m in messages %}{{ m['content'] }}{% endfor %}" })) },
    { name: 'ssti-cycler', rule: 'gguf/risky-chat-template', data: ggufFile(withKv('tokenizer.chat_template', { type: 'string', value: "{{ cycler.__init__.__globals__.os.popen('id').read() }}" })) },
    { name: 'ssti-attr-concat', rule: 'gguf/risky-chat-template', data: ggufFile(withKv('tokenizer.chat_template', { type: 'string', value: "{{ (lipsum|attr('_'*2 ~ 'globals' ~ '_'*2)) }}" })) },
    { name: 'ssti-named-template', rule: 'gguf/risky-chat-template', data: ggufFile({ ...base, kv: [...base.kv, ['tokenizer.chat_template.tool_use', { type: 'string', value: "{% include '/etc/passwd' %}" }]] }) },
    { name: 'empty-key', rule: 'gguf/empty-key', data: ggufFile({ ...base, kv: [...base.kv, ['', { type: 'u32', value: 1 }]] }) },
    { name: 'truncated-header', rule: 'gguf/truncated', data: healthy.subarray(0, 200) },
  ];
}
