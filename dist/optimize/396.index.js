export const id = 396;
export const ids = [396];
export const modules = {

/***/ 6396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateArtifacts: () => (/* binding */ validateArtifacts)
});

// UNUSED EXPORTS: verdictOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/progress.ts
const silentProgress = {
    start() { },
    update() { },
    stop() { },
};

;// CONCATENATED MODULE: ./src/validate/finding.ts
/** Small constructors so analyzers read as lists of rules. */
const error = (rule, message, location) => ({ rule, severity: 'error', message, ...(location ? { location } : {}) });
const warning = (rule, message, location) => ({ rule, severity: 'warning', message, ...(location ? { location } : {}) });
const note = (rule, message, location) => ({ rule, severity: 'note', message, ...(location ? { location } : {}) });
/** Keeps reports readable when a hostile file repeats one problem a million times. */
class FindingList {
    maxPerRule;
    items = [];
    perRule = new Map();
    constructor(maxPerRule = 50) {
        this.maxPerRule = maxPerRule;
    }
    push(f) {
        const n = (this.perRule.get(f.rule) ?? 0) + 1;
        this.perRule.set(f.rule, n);
        if (n <= this.maxPerRule)
            this.items.push(f);
        else if (n === this.maxPerRule + 1)
            this.items.push({ ...f, message: `further ${f.rule} findings omitted (more than ${this.maxPerRule})`, location: undefined });
    }
    get hasError() {
        return this.items.some((f) => f.severity === 'error');
    }
}
/** Printable, bounded rendering of an untrusted string for messages. */
function quote(s, max = 80) {
    const clipped = s.length > max ? `${s.slice(0, max)}…` : s;
    return JSON.stringify(clipped);
}

;// CONCATENATED MODULE: ./src/validate/sources.ts

/**
 * Chunk of stream(). Measured (bench/validate.bench.ts): a fresh 8 MiB buffer per read is mmap'd and
 * page-faulted every time (~80 MiB/s), a fresh 1 MiB buffer comes from the allocator's arenas (~450 MiB/s).
 */
const STREAM_CHUNK = 1024 * 1024;
/** Files behind sources made here, so hashing can read them into one reused buffer (hash.ts). */
const FILE_HANDLES = new WeakMap();
/** Bytes in memory: small files read once (so the bytes hashed are the bytes parsed), archive members. */
function bufferSource(name, data, filePath) {
    return {
        name,
        size: data.length,
        filePath,
        async read(offset, length) {
            if (offset < 0 || length <= 0 || offset >= data.length)
                return Buffer.alloc(0);
            return data.subarray(offset, Math.min(data.length, offset + length));
        },
        async *stream() {
            for (let at = 0; at < data.length; at += STREAM_CHUNK)
                yield data.subarray(at, Math.min(data.length, at + STREAM_CHUNK));
        },
    };
}
/**
 * A file read through one open handle: every range read and the hashing stream see the same inode,
 * even if the path is replaced meanwhile (the engine also compares fstat before and after).
 */
function fileHandleSource(name, handle, size, filePath) {
    const source = {
        name,
        size,
        filePath,
        async read(offset, length) {
            if (offset < 0 || length <= 0 || offset >= size)
                return Buffer.alloc(0);
            const want = Math.min(length, size - offset);
            const buf = Buffer.allocUnsafe(want);
            let got = 0;
            while (got < want) {
                const { bytesRead } = await handle.read(buf, got, want - got, offset + got);
                if (bytesRead === 0)
                    break; // file shrank: the caller sees a short read, as at end of file
                got += bytesRead;
            }
            return got === want ? buf : buf.subarray(0, got);
        },
        async *stream() {
            let offset = 0;
            while (offset < size) {
                const want = Math.min(STREAM_CHUNK, size - offset);
                const buf = Buffer.allocUnsafe(want);
                const { bytesRead } = await handle.read(buf, 0, want, offset);
                if (bytesRead === 0)
                    return;
                offset += bytesRead;
                yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
            }
        },
    };
    FILE_HANDLES.set(source, { handle, size });
    return source;
}
/** Opens a file for a one-off source (sibling shards, external data); the caller closes it. */
async function openFileSource(filePath, name = filePath) {
    const handle = await (0,promises_.open)(filePath, 'r');
    const { size } = await handle.stat();
    return { source: fileHandleSource(name, handle, size, filePath), close: () => handle.close() };
}
/** A buffered little-endian cursor over a ByteSource, for header parsers that read field by field. */
class SourceCursor {
    source;
    block = Buffer.alloc(0);
    blockStart = 0;
    pos;
    /** Starts small (a header is often a few KiB) and doubles on each refill up to 4 MiB (tokenizer arrays). */
    blockSize = 64 * 1024;
    constructor(source, start = 0) {
        this.source = source;
        this.pos = start;
    }
    get remaining() {
        return this.source.size - this.pos;
    }
    /** Returns exactly `n` bytes or throws TruncatedError. */
    async take(n) {
        if (n < 0 || this.pos + n > this.source.size)
            throw new TruncatedError(this.pos, n, this.source.size - this.pos);
        const inBlock = this.pos - this.blockStart;
        if (inBlock >= 0 && inBlock + n <= this.block.length) {
            this.pos += n;
            return this.block.subarray(inBlock, inBlock + n);
        }
        if (n > this.blockSize) {
            const buf = await this.source.read(this.pos, n);
            if (buf.length < n)
                throw new TruncatedError(this.pos, n, buf.length);
            this.pos += n;
            return buf;
        }
        this.block = await this.source.read(this.pos, this.blockSize);
        this.blockStart = this.pos;
        this.blockSize = Math.min(this.blockSize * 2, 4 * 1024 * 1024);
        if (this.block.length < n)
            throw new TruncatedError(this.pos, n, this.block.length);
        this.pos += n;
        return this.block.subarray(0, n);
    }
    async u8() {
        return (await this.take(1))[0];
    }
    async u16() {
        return (await this.take(2)).readUInt16LE(0);
    }
    async u32() {
        return (await this.take(4)).readUInt32LE(0);
    }
    async u64() {
        return (await this.take(8)).readBigUInt64LE(0);
    }
    skip(n) {
        if (n < 0 || this.pos + n > this.source.size)
            throw new TruncatedError(this.pos, n, this.source.size - this.pos);
        this.pos += n;
    }
}
class TruncatedError extends Error {
    offset;
    wanted;
    available;
    constructor(offset, wanted, available) {
        super(`the file ends at byte ${offset + Math.max(0, available)} while ${wanted} bytes were expected at byte ${offset}`);
        this.offset = offset;
        this.wanted = wanted;
        this.available = available;
        this.name = 'TruncatedError';
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/chat-template.ts

/**
 * `tokenizer.chat_template` is Jinja that inference servers render (llama-cpp-python CVE-2024-34359 ran it
 * unsandboxed: template injection to code execution). Real chat templates only loop over messages and
 * print fields; the sandbox-escape gadgets look different. Only code inside `{{ }}` and `{% %}` is judged,
 * so prose in a template does not trip a rule.
 */
const RISKY = [
    { pattern: /__\w*__|\b_{2}|\\x5f|\\u005f|\\137/i, why: 'reaches dunder attributes (the classic sandbox escape)' },
    { pattern: /\|\s*attr\b|\battr\s*\(/, why: 'uses the `attr` filter (builds attribute names at run time)' },
    { pattern: /\b(lipsum|cycler|joiner|url_for|get_flashed_messages|request|self)\b/, why: 'touches a Jinja global whose __globals__ lead to os' },
    { pattern: /\b(import|include|extends|from)\b\s+['"]/, why: 'loads other templates from disk' },
    { pattern: /\b(os|subprocess|popen|eval|exec|getattr|globals|builtins|mro|subclasses)\b/, why: 'names a Python module or builtin' },
    { pattern: /\bconfig\s*[.[]/, why: 'reads the server configuration object' },
];
const CODE = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;
function lintChatTemplate(template, key, offset) {
    const findings = [];
    const reasons = new Set();
    for (const m of template.matchAll(CODE)) {
        // String literals are kept: "__cla" ~ "ss__" hides a dunder in pieces, and the pattern still sees "__".
        const code = m[1] ?? m[2] ?? '';
        for (const r of RISKY)
            if (r.pattern.test(code))
                reasons.add(r.why);
    }
    if (reasons.size > 0) {
        findings.push(error('gguf/risky-chat-template', `${key} ${[...reasons].join('; ')}: a server rendering it without a sandbox runs attacker code`, { offset, pointer: key }));
    }
    if (template.length > 64 * 1024)
        findings.push(warning('gguf/large-chat-template', `${key} is ${template.length} characters; real templates are a few KiB`, { offset, pointer: key }));
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/formats/gguf.ts



/** ggml_type -> [block size, bytes per block]; absent = removed or unknown (ggml rejects both). */
const GGML_TYPES = {
    0: [1, 4, 'F32'], 1: [1, 2, 'F16'], 2: [32, 18, 'Q4_0'], 3: [32, 20, 'Q4_1'], 6: [32, 22, 'Q5_0'], 7: [32, 24, 'Q5_1'],
    8: [32, 34, 'Q8_0'], 9: [32, 36, 'Q8_1'], 10: [256, 84, 'Q2_K'], 11: [256, 110, 'Q3_K'], 12: [256, 144, 'Q4_K'],
    13: [256, 176, 'Q5_K'], 14: [256, 210, 'Q6_K'], 15: [256, 292, 'Q8_K'], 16: [256, 66, 'IQ2_XXS'], 17: [256, 74, 'IQ2_XS'],
    18: [256, 98, 'IQ3_XXS'], 19: [256, 50, 'IQ1_S'], 20: [32, 18, 'IQ4_NL'], 21: [256, 110, 'IQ3_S'], 22: [256, 82, 'IQ2_S'],
    23: [256, 136, 'IQ4_XS'], 24: [1, 1, 'I8'], 25: [1, 2, 'I16'], 26: [1, 4, 'I32'], 27: [1, 8, 'I64'], 28: [1, 8, 'F64'],
    29: [256, 56, 'IQ1_M'], 30: [1, 2, 'BF16'], 34: [256, 54, 'TQ1_0'], 35: [256, 66, 'TQ2_0'], 39: [32, 17, 'MXFP4'],
};
const UNQUANTIZED = new Set([0, 1, 24, 25, 26, 27, 28, 30]);
/** Metadata value types: fixed sizes (0 = variable). */
const KV_SIZES = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 8: 0, 9: 0, 10: 8, 11: 8, 12: 8 };
const KV_NAMES = ['UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'FLOAT32', 'BOOL', 'STRING', 'ARRAY', 'UINT64', 'INT64', 'FLOAT64'];
/** ggml's GGUF_MAX_STRING_LENGTH (reduced from 1 GiB upstream). */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_NAME = 64;
const MAX_DIMS = 4;
const INT64_MAX = (1n << 63n) - 1n;
const KEY_SYNTAX = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
class GgufStop extends Error {
}
/**
 * Reads a GGUF v2/v3 header (metadata and tensor infos) with ggml's rules and the spec's, then checks
 * that the tensor data section is laid out exactly as ggml expects and lies inside the file. The weights
 * themselves are never read.
 */
const ggufAnalyzer = {
    format: 'gguf',
    sniff: (head) => head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF',
    async analyze(source, ctx) {
        const findings = new FindingList();
        const details = {};
        const cur = new SourceCursor(source);
        try {
            await parse(source, cur, findings, details, ctx.limits.maxHeaderBytes);
        }
        catch (err) {
            if (err instanceof TruncatedError)
                findings.push(error('gguf/truncated', `the header is truncated: ${err.message}`, { offset: err.offset }));
            else if (!(err instanceof GgufStop))
                throw err;
        }
        return { findings: findings.items, details };
    },
};
async function parse(source, cur, findings, details, maxHeaderBytes) {
    const stop = (rule, message, offset) => {
        findings.push(error(rule, message, { offset }));
        throw new GgufStop();
    };
    if (source.size < 24)
        stop('gguf/truncated', `the file is ${source.size} bytes, shorter than a GGUF header`, 0);
    await cur.take(4);
    const version = await cur.u32();
    details.version = version;
    if (version === 0)
        stop('gguf/bad-version', 'version 0 is invalid', 4);
    if ((version & 0xffff) === 0)
        stop('gguf/big-endian', `version ${version} reads as a big-endian file; only little-endian GGUF is supported`, 4);
    if (version === 1)
        stop('gguf/bad-version', 'GGUF version 1 (32-bit counts) is no longer supported by ggml', 4);
    if (version > 3)
        stop('gguf/bad-version', `GGUF version ${version} is newer than this validator knows (2 and 3)`, 4);
    const tensorCount = await cur.u64();
    const kvCount = await cur.u64();
    details.tensorCount = Number(tensorCount);
    details.metadataCount = Number(kvCount);
    // Smallest possible entries: a KV is 8+1+4+1 bytes, a tensor info 8+1+4+8+4+8: counts beyond that are lies.
    if (kvCount * 14n > BigInt(cur.remaining))
        stop('gguf/count-beyond-file', `metadata count ${kvCount} cannot fit in the ${cur.remaining} bytes left`, 16);
    if (tensorCount * 33n > BigInt(cur.remaining))
        stop('gguf/count-beyond-file', `tensor count ${tensorCount} cannot fit in the ${cur.remaining} bytes left`, 8);
    const readString = async (what, max) => {
        const at = cur.pos;
        const len = await cur.u64();
        if (len > BigInt(max))
            stop('gguf/string-too-long', `${what} is ${len} bytes long, over the ${max}-byte limit`, at);
        if (len > BigInt(cur.remaining))
            stop('gguf/truncated', `${what} declares ${len} bytes but only ${cur.remaining} remain`, at);
        const bytes = await cur.take(Number(len));
        const text = bytes.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(bytes))
            findings.push(error('gguf/invalid-utf8', `${what} is not valid UTF-8`, { offset: at }));
        if (text.includes('\0'))
            findings.push(warning('gguf/nul-in-string', `${what} contains a NUL byte`, { offset: at }));
        return { text, at };
    };
    const keys = new Set();
    let alignment = 32;
    const strings = new Map();
    for (let i = 0n; i < kvCount; i++) {
        if (cur.pos > maxHeaderBytes)
            stop('limits/header-size', `the GGUF metadata runs past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
        const { text: key, at } = await readString(`metadata key #${i}`, 65535);
        if (key === '')
            findings.push(error('gguf/empty-key', 'a metadata key is empty', { offset: at }));
        else if (!KEY_SYNTAX.test(key))
            findings.push(warning('gguf/key-syntax', `metadata key ${quote(key)} is not lower_snake_case segments joined by "."`, { offset: at }));
        if (keys.has(key))
            findings.push(error('gguf/duplicate-key', `metadata key ${quote(key)} appears twice (ggml refuses the file)`, { offset: at }));
        keys.add(key);
        const typeAt = cur.pos;
        const type = await cur.u32();
        if (!(type in KV_SIZES))
            stop('gguf/bad-value-type', `metadata ${quote(key)} has value type ${type}, not one of 0..12`, typeAt);
        if (type === 9) {
            const elemType = await cur.u32();
            const count = await cur.u64();
            if (!(elemType in KV_SIZES))
                stop('gguf/bad-value-type', `array ${quote(key)} has element type ${elemType}, not one of 0..12`, typeAt);
            if (elemType === 9)
                stop('gguf/nested-array', `array ${quote(key)} holds arrays; ggml rejects nested arrays (the spec allows them: readers disagree)`, typeAt);
            const size = KV_SIZES[elemType];
            if (size > 0) {
                if (count * BigInt(size) > BigInt(cur.remaining))
                    stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} ${KV_NAMES[elemType]} does not fit in the ${cur.remaining} bytes left`, typeAt);
                if (elemType === 7) {
                    const bytes = await cur.take(Number(count));
                    if (bytes.some((b) => b > 1))
                        findings.push(warning('gguf/bool-value', `array ${quote(key)} holds booleans other than 0 and 1`, { offset: typeAt }));
                }
                else {
                    cur.skip(Number(count) * size);
                }
            }
            else {
                if (count * 8n > BigInt(cur.remaining))
                    stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} strings does not fit in the ${cur.remaining} bytes left`, typeAt);
                for (let j = 0n; j < count; j++) {
                    const len = await cur.u64();
                    if (len > BigInt(MAX_STRING) || len > BigInt(cur.remaining))
                        stop('gguf/truncated', `string ${j} of array ${quote(key)} declares ${len} bytes, beyond the file or the limit`, cur.pos - 8);
                    cur.skip(Number(len));
                }
            }
            continue;
        }
        if (type === 8) {
            const s = await readString(`value of ${quote(key)}`, MAX_STRING);
            strings.set(key, s);
            continue;
        }
        const bytes = await cur.take(KV_SIZES[type]);
        if (type === 7 && bytes[0] > 1)
            findings.push(warning('gguf/bool-value', `${quote(key)} is a BOOL of value ${bytes[0]}; only 0 and 1 are valid`, { offset: typeAt }));
        if (key === 'general.alignment') {
            if (type !== 4) {
                findings.push(error('gguf/alignment-type', `general.alignment has type ${KV_NAMES[type]}; ggml asserts UINT32 and aborts`, { offset: typeAt }));
            }
            else {
                alignment = bytes.readUInt32LE(0);
                if (alignment === 0 || (alignment & (alignment - 1)) !== 0 || alignment > 1 << 20) {
                    stop('gguf/bad-alignment', `general.alignment is ${alignment}; it must be a power of two up to 1 MiB`, typeAt);
                }
                if (alignment % 8 !== 0)
                    findings.push(warning('gguf/alignment-spec', `general.alignment ${alignment} is not a multiple of 8 as the spec requires`, { offset: typeAt }));
            }
        }
    }
    details.alignment = alignment;
    const arch = strings.get('general.architecture');
    if (!arch)
        findings.push(warning('gguf/no-architecture', 'general.architecture is missing (the spec requires it)'));
    else {
        details.architecture = arch.text;
        if (!/^[a-z0-9]+$/.test(arch.text))
            findings.push(warning('gguf/architecture-syntax', `general.architecture ${quote(arch.text)} is not lowercase alphanumerics`, { offset: arch.at }));
    }
    for (const [key, value] of strings) {
        if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
            for (const f of lintChatTemplate(value.text, key, value.at))
                findings.push(f);
        }
    }
    // Tensor infos.
    const names = new Set();
    let expected = 0n;
    let quantized = false;
    let lastEnd = 0n;
    const infos = [];
    for (let i = 0n; i < tensorCount; i++) {
        if (cur.pos > maxHeaderBytes)
            stop('limits/header-size', `the GGUF tensor infos run past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
        const { text: name, at } = await readString(`tensor name #${i}`, 65535);
        if (Buffer.byteLength(name) >= MAX_NAME)
            findings.push(error('gguf/tensor-name-too-long', `tensor name ${quote(name)} is ${Buffer.byteLength(name)} bytes; ggml allows ${MAX_NAME - 1}`, { offset: at }));
        if (names.has(name))
            findings.push(error('gguf/duplicate-tensor', `tensor ${quote(name)} appears twice`, { offset: at }));
        names.add(name);
        const nDims = await cur.u32();
        if (nDims > MAX_DIMS)
            stop('gguf/too-many-dims', `tensor ${quote(name)} has ${nDims} dimensions; ggml supports ${MAX_DIMS}`, at);
        const dims = [];
        for (let d = 0; d < nDims; d++)
            dims.push(await cur.u64());
        const typeAt = cur.pos;
        const type = await cur.u32();
        const offset = await cur.u64();
        let elements = 1n;
        let bad = false;
        for (const d of dims) {
            if (d === 0n) {
                findings.push(error('gguf/zero-dimension', `tensor ${quote(name)} has a zero dimension (crashed ggml with SIGFPE)`, { offset: at }));
                bad = true;
            }
            if (d > INT64_MAX)
                bad = true;
            elements *= d;
        }
        if (elements > INT64_MAX || dims.some((d) => d > INT64_MAX)) {
            findings.push(error('gguf/size-overflow', `tensor ${quote(name)} has dimensions [${dims.join(', ')}] whose element count overflows int64`, { offset: at }));
            bad = true;
        }
        const t = GGML_TYPES[type];
        if (!t) {
            findings.push(error('gguf/bad-tensor-type', `tensor ${quote(name)} has ggml type ${type}, which is unknown or removed`, { offset: typeAt }));
            bad = true;
        }
        if (t && !UNQUANTIZED.has(type))
            quantized = true;
        if (t && !bad && dims.length > 0 && dims[0] % BigInt(t[0]) !== 0n) {
            findings.push(error('gguf/block-misaligned', `tensor ${quote(name)}: first dimension ${dims[0]} is not a multiple of the ${t[2]} block size ${t[0]}`, { offset: at }));
            bad = true;
        }
        if (offset % BigInt(alignment) !== 0n)
            findings.push(error('gguf/unaligned-offset', `tensor ${quote(name)} starts at data offset ${offset}, not a multiple of the alignment ${alignment}`, { offset: typeAt + 4 }));
        if (bad || !t)
            continue;
        const size = (elements / BigInt(t[0])) * BigInt(t[1]);
        if (offset !== expected) {
            const kind = offset < expected ? 'overlaps the previous tensor' : 'leaves a gap after the previous tensor';
            findings.push(error(offset < expected ? 'gguf/overlapping-tensors' : 'gguf/gap-between-tensors', `tensor ${quote(name)} starts at data offset ${offset}, expected ${expected}: it ${kind} (ggml requires tensors in order, back to back)`, { offset: typeAt + 4 }));
        }
        infos.push({ name, offset, size, at });
        expected = alignUp(offset + size, BigInt(alignment));
        if (offset + size > lastEnd)
            lastEnd = offset + size;
    }
    if (quantized && !keys.has('general.quantization_version'))
        findings.push(warning('gguf/no-quantization-version', 'quantized tensors but no general.quantization_version'));
    const dataStart = alignUp(BigInt(cur.pos), BigInt(alignment));
    details.dataOffset = Number(dataStart);
    details.tensors = infos.length;
    const fileSize = BigInt(source.size);
    for (const info of infos) {
        if (dataStart + info.offset + info.size > fileSize) {
            findings.push(error('gguf/tensor-past-eof', `tensor ${quote(info.name)} ends at byte ${dataStart + info.offset + info.size}, past the end of the file (${fileSize} bytes): truncated download?`, { offset: info.at }));
        }
    }
    // Writers pad the last tensor to the alignment; anything beyond is data no reader looks at.
    if (tensorCount > 0n && dataStart + expected < fileSize) {
        findings.push(warning('gguf/trailing-bytes', `${fileSize - dataStart - expected} bytes follow the last tensor and its padding: data no loader reads (a place to hide a second file)`, { offset: Number(dataStart + lastEnd) }));
    }
}
function alignUp(v, a) {
    return ((v + a - 1n) / a) * a;
}

;// CONCATENATED MODULE: ./src/validate/strict-json.ts
/**
 * A strict JSON parser for untrusted headers. JSON.parse keeps the last of two duplicate keys while
 * other readers (serde, Python) may keep the first or fail: a parser differential an attacker can use to
 * show a validator one tensor table and a loader another. This parser reports every duplicate with its
 * byte offset, keeps integers beyond 2^53 exact as bigint, and bounds nesting. It also remembers which
 * numbers were written with a fraction or an exponent (`2.0`, `2e0`): serde and Python reject those where an
 * integer is required, while JSON.parse turns them into the integer 2.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
function parseStrictJson(text, maxDepth = 128) {
    let i = 0;
    const duplicates = [];
    const nonIntegerLiterals = new WeakMap();
    let lastWasNonInteger = false;
    const markNonInteger = (container, key) => {
        if (!lastWasNonInteger)
            return;
        let keys = nonIntegerLiterals.get(container);
        if (!keys)
            nonIntegerLiterals.set(container, (keys = new Set()));
        keys.add(key);
    };
    const skipWs = () => {
        while (i < text.length && WS.has(text.charCodeAt(i)))
            i++;
    };
    const fail = (msg) => {
        throw new JsonSyntaxError(msg, byteOffset(text, i));
    };
    const parseString = () => {
        // text[i] === '"'
        i++;
        let out = '';
        let start = i;
        for (;;) {
            if (i >= text.length)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                out += text.slice(start, i);
                i++;
                return out;
            }
            if (c < 0x20)
                fail('control character in string');
            if (c === 0x5c) {
                out += text.slice(start, i);
                const e = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                }
                else {
                    fail('bad escape');
                }
                start = i;
                continue;
            }
            i++;
        }
    };
    // Whether the value just parsed is a number written with a fraction or an exponent.
    const parseValue = (depth, path) => {
        const v = parseAny(depth, path);
        if (typeof v !== 'number')
            lastWasNonInteger = false;
        return v;
    };
    const parseAny = (depth, path) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth}`);
        lastWasNonInteger = false;
        skipWs();
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = Object.create(null);
            const seen = new Set();
            skipWs();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                skipWs();
                if (text[i] !== '"')
                    fail('expected a string key');
                const keyAt = byteOffset(text, i);
                const key = parseString();
                if (seen.has(key))
                    duplicates.push({ key, path, offset: keyAt });
                seen.add(key);
                skipWs();
                if (text[i] !== ':')
                    fail('expected ":"');
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
            const arr = [];
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
        if (c === '"')
            return parseString();
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
        if (!m)
            fail('unexpected character');
        const literal = m[0];
        i += literal.length;
        if (m[2] === undefined && m[3] === undefined) {
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
    if (i !== text.length)
        fail('unexpected data after the JSON value');
    return { value, duplicates, leadingWhitespace, nonIntegerLiterals };
}
/** True when `container[key]` is a number written as an integer literal (not `2.0`, not `2e0`). */
function isIntegerLiteral(parsed, container, key) {
    const v = container[key];
    return (typeof v === 'number' || typeof v === 'bigint') && !parsed.nonIntegerLiterals.get(container)?.has(key);
}
function byteOffset(text, charIndex) {
    // Headers are mostly ASCII; this is only computed for errors and duplicates.
    return Buffer.byteLength(text.slice(0, charIndex), 'utf8');
}
/** Decodes UTF-8 strictly: undefined when the bytes are not valid UTF-8. */
function decodeUtf8Strict(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/validate/formats/keras-config.ts

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
/**
 * Walks a Keras model config (Keras 3 `config.json`, legacy H5 `model_config`, SavedModel keras metadata)
 * through every nested model and layer, not only the top-level `layers` list that modelscan reads:
 * a Lambda inside a Sequential inside a Functional model runs just the same.
 */
function walkKerasConfig(root, basePointer = 'config') {
    const findings = [];
    const stack = [{ value: root, pointer: basePointer, depth: 0 }];
    let visited = 0;
    while (stack.length > 0) {
        const { value, pointer, depth } = stack.pop();
        if (++visited > 1_000_000 || depth > 200) {
            findings.push(error('keras/config-too-deep', 'the model config is nested too deeply or too large to walk', { pointer }));
            break;
        }
        if (Array.isArray(value)) {
            value.forEach((v, i) => stack.push({ value: v, pointer: `${pointer}[${i}]`, depth: depth + 1 }));
            continue;
        }
        if (value === null || typeof value !== 'object')
            continue;
        const obj = value;
        const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
        const module = typeof obj.module === 'string' ? obj.module : undefined;
        const registered = typeof obj.registered_name === 'string' ? obj.registered_name : undefined;
        const name = typeof obj.config?.name === 'string' ? ` ${JSON.stringify(obj.config.name)}` : '';
        if (className === 'Lambda') {
            findings.push(error('keras/lambda-layer', `Lambda layer${name}: its function is marshalled Python bytecode that runs when the model loads (safe_mode=False, or any H5/legacy loader)`, { pointer }));
        }
        else if (className === '__lambda__') {
            findings.push(error('keras/lambda-function', `a serialized Python lambda (__lambda__)${name}: bytecode that runs when deserialized`, { pointer }));
        }
        else if (className === 'TFSMLayer') {
            findings.push(error('keras/tfsm-layer', `TFSMLayer${name} loads a TensorFlow SavedModel from a path named in the config`, { pointer }));
        }
        if (module !== undefined && !KERAS_MODULE.test(module)) {
            findings.push(error('keras/foreign-module', `${className ?? 'an object'}${name} comes from module ${JSON.stringify(module)}, outside Keras: loading imports and runs it`, { pointer: `${pointer}.module` }));
        }
        else if (registered !== undefined && registered.includes('>')) {
            findings.push(warning('keras/custom-object', `custom object ${JSON.stringify(registered)}${name} needs user code registered at load time`, { pointer: `${pointer}.registered_name` }));
        }
        if (typeof obj.function_type === 'string' && obj.function_type === 'lambda' && className !== 'Lambda') {
            findings.push(error('keras/lambda-function', `a layer${name} carries a lambda function (function_type "lambda")`, { pointer }));
        }
        for (const [k, v] of Object.entries(obj))
            if (v !== null && typeof v === 'object')
                stack.push({ value: v, pointer: `${pointer}.${k}`, depth: depth + 1 });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/formats/hdf5.ts



const HDF5_SIGNATURE = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const NEEDLE = Buffer.from('{"class_name"');
function sniffHdf5(head) {
    // The superblock may sit at 0, 512, 1024, ... (a user block before it); the head covers 0 and 512.
    return (head.length >= 8 && head.subarray(0, 8).equals(HDF5_SIGNATURE)) || (head.length >= 520 && head.subarray(512, 520).equals(HDF5_SIGNATURE));
}
/**
 * HDF5 (Keras H5 models and weights). Without a full HDF5 reader, two pragmatic checks: the superblock's
 * end-of-file address against the real size (a truncated download fails), and every Keras config JSON in
 * the file (the `model_config` attribute is stored as a plain JSON string) walked for Lambda layers and
 * foreign modules. The scan streams the whole file once in large chunks.
 */
const hdf5Analyzer = {
    format: 'hdf5',
    sniff: (head) => sniffHdf5(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        const base = (await source.read(0, 8)).equals(HDF5_SIGNATURE) ? 0 : 512;
        const sb = await source.read(base, 96);
        const version = sb[8];
        let eofAddress;
        if (version === 0 || version === 1) {
            const sizeOfOffsets = sb[13];
            if (sizeOfOffsets === 8 && sb.length >= 24 + 8 * 4 + (version === 1 ? 4 : 0))
                eofAddress = sb.readBigUInt64LE(24 + (version === 1 ? 4 : 0) + 16);
        }
        else if (version === 2 || version === 3) {
            if (sb[9] === 8 && sb.length >= 12 + 32)
                eofAddress = sb.readBigUInt64LE(12 + 16);
        }
        else {
            findings.push(error('hdf5/bad-superblock', `superblock version ${version} is unknown`, { offset: base + 8 }));
        }
        if (eofAddress !== undefined && eofAddress !== 0xffffffffffffffffn && BigInt(base) + eofAddress > BigInt(source.size)) {
            findings.push(error('hdf5/truncated', `the superblock says the file ends at byte ${BigInt(base) + eofAddress} but it has ${source.size}: truncated`, { offset: base }));
        }
        let configs = 0;
        for await (const json of jsonObjects(source, ctx.limits.maxHeaderBytes)) {
            const text = decodeUtf8Strict(json.bytes);
            if (text === undefined)
                continue;
            let value;
            try {
                value = parseStrictJson(text).value;
            }
            catch {
                findings.push(error('hdf5/bad-model-config', 'a Keras config string in the file is not valid JSON', { offset: json.offset }));
                continue;
            }
            configs++;
            for (const f of walkKerasConfig(value, 'model_config'))
                findings.push({ ...f, location: { ...f.location, offset: json.offset } });
        }
        if (configs === 0)
            findings.push(note('hdf5/no-model-config', 'no Keras model config in the file (weights only, or not a Keras file)'));
        return { findings: findings.items, details: { superblockVersion: version, kerasConfigs: configs } };
    },
};
/** Finds `{"class_name"...}` JSON objects in a byte stream, balanced by braces outside strings. */
async function* jsonObjects(source, maxBytes) {
    let carry = Buffer.alloc(0);
    let carryStart = 0;
    let capture;
    let captureStart = 0;
    let captured = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    for await (const chunk of source.stream()) {
        let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        let bufStart = carryStart;
        let i = 0;
        for (;;) {
            if (!capture) {
                const hit = buf.indexOf(NEEDLE, i);
                if (hit < 0)
                    break;
                capture = [];
                captureStart = bufStart + hit;
                captured = 0;
                depth = 0;
                inString = false;
                escaped = false;
                i = hit;
            }
            let j = i;
            for (; j < buf.length; j++) {
                const c = buf[j];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c === 0x5c)
                        escaped = true;
                    else if (c === 0x22)
                        inString = false;
                }
                else if (c === 0x22)
                    inString = true;
                else if (c === 0x7b)
                    depth++;
                else if (c === 0x7d && --depth === 0)
                    break;
                else if (c === 0)
                    break; // an HDF5 string ends at NUL: this was not a whole JSON object
            }
            if (j < buf.length && buf[j] === 0x7d) {
                capture.push(buf.subarray(i, j + 1));
                yield { offset: captureStart, bytes: Buffer.concat(capture) };
                capture = undefined;
                i = j + 1;
                continue;
            }
            if (j < buf.length) {
                capture = undefined;
                i = j + 1;
                continue;
            }
            capture.push(Buffer.from(buf.subarray(i)));
            captured += buf.length - i;
            if (captured > maxBytes)
                capture = undefined;
            i = buf.length;
            break;
        }
        // Keep a tail so a needle split across chunks is still found.
        const keep = capture ? 0 : Math.min(buf.length, NEEDLE.length - 1);
        carry = Buffer.from(buf.subarray(buf.length - keep));
        carryStart = bufStart + buf.length - keep;
        bufStart = carryStart;
        buf = carry;
    }
}

;// CONCATENATED MODULE: ./src/validate/paths.ts


/**
 * Why a relative path written inside an artifact (external data location, shard name, manifest entry)
 * cannot be trusted, or undefined when it is a plain relative path that stays in its folder.
 */
function unsafeRelativePath(p) {
    if (p === '')
        return 'it is empty';
    if (p.includes('\0'))
        return 'it contains a NUL byte';
    if (p.startsWith('/') || p.startsWith('\\'))
        return 'it is absolute';
    if (/^[A-Za-z]:/.test(p))
        return 'it is an absolute Windows path (drive letter)';
    if (p.includes('\\'))
        return 'it contains a backslash (a separator on Windows)';
    if (p.includes(':'))
        return 'it contains ":" (a Windows alternate data stream or drive)';
    if (p.split('/').includes('..'))
        return 'it contains ".." and may leave its folder';
    return undefined;
}
/**
 * Resolves `rel` under `root` and checks the file on disk stays there: it exists, is a regular file,
 * is not a symlink (an attacker's link can point anywhere after validation), and has one hard link
 * (a second link may be a file outside the folder). Returns the reason it is refused, or the file.
 */
async function containedFile(root, rel) {
    const absolute = external_node_path_default().resolve(root, rel);
    const relative = external_node_path_default().relative(root, absolute);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return { problem: { rule: 'escape', message: `"${rel}" resolves outside ${root}` } };
    let st;
    try {
        st = await (0,promises_.lstat)(absolute);
    }
    catch {
        return { problem: { rule: 'missing', message: `"${rel}" does not exist next to the model` } };
    }
    if (st.isSymbolicLink()) {
        let target = '?';
        try {
            target = await (0,promises_.realpath)(absolute);
        }
        catch {
            /* dangling */
        }
        return { problem: { rule: 'symlink', message: `"${rel}" is a symbolic link (to ${target}); links may point outside the model's folder` } };
    }
    if (!st.isFile())
        return { problem: { rule: 'not-regular', message: `"${rel}" is not a regular file` } };
    if (st.nlink > 1)
        return { problem: { rule: 'hardlink', message: `"${rel}" has ${st.nlink} hard links; another link may be a file outside the model's folder` } };
    // A parent folder may itself be a symlink that leaves the root.
    try {
        const realRoot = await (0,promises_.realpath)(root);
        const real = await (0,promises_.realpath)(absolute);
        const r = external_node_path_default().relative(realRoot, real);
        if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
            return { problem: { rule: 'symlink', message: `"${rel}" resolves through a symbolic link to ${real}, outside the model's folder` } };
    }
    catch {
        return { problem: { rule: 'missing', message: `"${rel}" cannot be resolved` } };
    }
    return { file: { absolute, size: st.size } };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/validate/formats/keras-zip.ts


class ZipLimitError extends Error {
}
/** yauzl over a ByteSource: the zip is read in ranges, never loaded whole. */
class SourceReader extends yauzl.RandomAccessReader {
    source;
    constructor(source) {
        super();
        this.source = source;
    }
    _readStreamForRange(start, end) {
        const source = this.source;
        return external_node_stream_.Readable.from((async function* () {
            for (let at = start; at < end; at += 1 << 20) {
                const chunk = await source.read(at, Math.min(1 << 20, end - at));
                if (chunk.length === 0)
                    throw new Error(`zip member range ${start}..${end} is past the end of the file`);
                yield chunk;
            }
        })());
    }
}
/**
 * Lists a zip's members and reads those `want` selects, with the count, size and ratio limits applied.
 * A small reader for the Keras analyzer; the container analyzers have their own (src/validate/archive/).
 */
async function readZip(source, limits, want) {
    const zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true });
    const members = [];
    const contents = new Map();
    let total = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            if (members.length >= limits.maxArchiveMembers)
                throw new ZipLimitError(`more than ${limits.maxArchiveMembers} members (maxArchiveMembers)`);
            const member = { name: entry.fileName, size: entry.uncompressedSize, compressedSize: entry.compressedSize, encrypted: entry.isEncrypted() };
            members.push(member);
            if (!want(entry.fileName) || member.encrypted || entry.fileName.endsWith('/'))
                continue;
            if (entry.uncompressedSize > limits.maxHeaderBytes)
                throw new ZipLimitError(`member ${entry.fileName} is ${entry.uncompressedSize} bytes, over maxHeaderBytes`);
            if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.maxCompressionRatio) {
                throw new ZipLimitError(`member ${entry.fileName} expands ${Math.round(entry.uncompressedSize / entry.compressedSize)}x, over maxCompressionRatio`);
            }
            total += entry.uncompressedSize;
            if (total > limits.maxDecompressedBytes)
                throw new ZipLimitError('members expand past maxDecompressedBytes');
            const stream = await zip.openReadStreamPromise(entry);
            const chunks = [];
            let got = 0;
            for await (const chunk of stream) {
                got += chunk.length;
                if (got > entry.uncompressedSize)
                    throw new ZipLimitError(`member ${entry.fileName} inflates past its declared size`);
                chunks.push(chunk);
            }
            contents.set(entry.fileName, Buffer.concat(chunks));
        }
    }
    finally {
        zip.close();
    }
    return { members, contents };
}

;// CONCATENATED MODULE: ./src/validate/formats/keras.ts






const KERAS_FIRST_MEMBERS = new Set(['metadata.json', 'config.json', 'model.weights.h5', 'model.weights.npz']);
/** A zip whose first member is one Keras 3 `model.save()` writes. */
function sniffKeras(head) {
    if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50)
        return false;
    const nameLength = head.readUInt16LE(26);
    return KERAS_FIRST_MEMBERS.has(head.toString('utf8', 30, 30 + nameLength));
}
/**
 * Keras v3 `.keras`: a zip of config.json (the architecture, walked for code), metadata.json and the
 * weights (model.weights.h5, analyzed as HDF5). Every other member is analyzed by content too.
 */
const kerasAnalyzer = {
    format: 'keras',
    sniff: (head) => sniffKeras(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        let listing;
        try {
            listing = await readZip(source, ctx.limits, () => true);
        }
        catch (err) {
            // yauzl refuses `..` and absolute member names itself: that is a hostile archive, not a broken one.
            const message = err.message;
            const rule = err instanceof ZipLimitError ? 'limits/archive' : /invalid relative path|absolute path|invalid characters/.test(message) ? 'keras/member-path' : 'keras/bad-zip';
            findings.push(error(rule, `cannot read the .keras archive: ${err.message}`));
            return { findings: findings.items };
        }
        const names = listing.members.map((m) => m.name);
        for (const m of listing.members) {
            const why = unsafeRelativePath(m.name.replace(/\/$/, ''));
            if (why)
                findings.push(error('keras/member-path', `member ${quote(m.name)} is refused: ${why} (extraction would write outside the folder)`, { member: m.name }));
            if (m.encrypted)
                findings.push(error('keras/encrypted-member', `member ${quote(m.name)} is encrypted and cannot be checked`, { member: m.name }));
        }
        if (new Set(names).size !== names.length)
            findings.push(error('keras/duplicate-member', 'the archive holds two members with the same name: readers disagree on which one counts'));
        const config = listing.contents.get('config.json');
        if (!config) {
            findings.push(error('keras/no-config', 'the archive has no config.json: not a Keras v3 model'));
        }
        else {
            const text = decodeUtf8Strict(config);
            try {
                if (text === undefined)
                    throw new Error('not UTF-8');
                const parsed = parseStrictJson(text);
                for (const d of parsed.duplicates)
                    findings.push(error('keras/duplicate-key', `config.json repeats key ${quote(d.key)}${d.path ? ` in ${d.path}` : ''}`, { member: 'config.json', offset: d.offset }));
                for (const f of walkKerasConfig(parsed.value, 'config.json'))
                    findings.push({ ...f, location: { ...f.location, member: 'config.json' } });
            }
            catch (err) {
                findings.push(error('keras/bad-config', `config.json is not valid JSON: ${err.message}`, { member: 'config.json' }));
            }
        }
        for (const [name, data] of listing.contents) {
            if (name === 'config.json' || name === 'metadata.json' || name.endsWith('/'))
                continue;
            const nested = await ctx.analyzeNested(bufferSource(`${source.name}!/${name}`, data), name);
            for (const f of nested.findings)
                findings.push({ ...f, location: { ...f.location, member: f.location?.member ? `${name}!/${f.location.member}` : name } });
        }
        if (!names.some((n) => n.startsWith('model.weights.')))
            findings.push(warning('keras/no-weights', 'the archive holds no model.weights.* file'));
        return { findings: findings.items, details: { members: names.length } };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/not-a-model.ts


/**
 * Files that are not models at all but often stand in for one: a Git LFS pointer checked out without
 * `git lfs pull`, an HTML error page saved under the model's name, an empty file, JSON or text.
 * LFS pointers and HTML always fail; whether JSON, text and empty files fail is the engine's call
 * (a model path that is only JSON fails; a config.json beside the weights in a folder is fine).
 */
const LFS = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;
const emptyAnalyzer = {
    format: 'empty',
    sniff: (_head, size) => size === 0,
    async analyze() {
        return { findings: [note('format/empty', 'the file is empty')] };
    },
};
const lfsPointerAnalyzer = {
    format: 'git-lfs-pointer',
    sniff: (head, size) => size < 1024 && LFS.test(head.toString('latin1')),
    async analyze(source) {
        const text = (await source.read(0, 1024)).toString('utf8');
        const oid = /oid sha256:([0-9a-f]{64})/.exec(text)?.[1];
        const size = /\nsize (\d+)/.exec(text)?.[1];
        return {
            findings: [
                error('format/git-lfs-pointer', `a Git LFS pointer, not the model${size ? ` (the real file is ${size} bytes)` : ''}: run \`git lfs pull\` (or \`actions/checkout\` with \`lfs: true\`)`),
            ],
            details: { oid, size: size ? Number(size) : undefined },
        };
    },
};
const htmlAnalyzer = {
    format: 'html',
    sniff(head) {
        const text = head.toString('latin1', 0, 256).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
        return /^(<!doctype html|<html|<head|<body|<!--)/.test(text);
    },
    async analyze(source) {
        const text = (await source.read(0, 4096)).toString('utf8');
        const title = /<title[^>]*>([^<]{0,120})/i.exec(text)?.[1]?.trim();
        return {
            findings: [error('format/html', `an HTML page, not a model${title ? ` (titled ${JSON.stringify(title)})` : ''}: a download saved an error or login page in the model's place`)],
        };
    },
};
function looksLikeText(head) {
    if (head.length === 0 || head.includes(0))
        return false;
    // Cut a possibly split UTF-8 sequence at the end of the head before decoding.
    let end = head.length;
    for (let k = 0; k < 3 && end > 0 && (head[end - 1] & 0xc0) === 0x80; k++)
        end--;
    if (end > 0 && head[end - 1] >= 0xc0)
        end--;
    const text = decodeUtf8Strict(head.subarray(0, end));
    if (text === undefined)
        return false;
    let control = 0;
    for (const ch of text) {
        const c = ch.charCodeAt(0);
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)
            control++;
    }
    return control <= text.length / 100;
}
const jsonAnalyzer = {
    format: 'json',
    sniff(head) {
        if (!looksLikeText(head))
            return false;
        const t = head.toString('utf8').trimStart();
        return t.startsWith('{') || t.startsWith('[');
    },
    async analyze(source, ctx) {
        if (source.size > ctx.limits.maxHeaderBytes)
            return { findings: [note('format/json', 'a JSON document (too large to parse)')] };
        const text = decodeUtf8Strict(await source.read(0, source.size));
        try {
            if (text === undefined)
                throw new Error('not UTF-8');
            const parsed = parseStrictJson(text);
            return {
                findings: parsed.duplicates.slice(0, 20).map((d) => note('json/duplicate-key', `key ${JSON.stringify(d.key)} appears twice${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset })),
            };
        }
        catch (err) {
            return { findings: [note('json/invalid', `looks like JSON but is not valid: ${err.message}`)] };
        }
    },
};
const textAnalyzer = {
    format: 'text',
    sniff: (head) => looksLikeText(head),
    async analyze() {
        return { findings: [] };
    },
};

// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(1988);
// EXTERNAL MODULE: ./src/core/protobuf-wire.ts
var protobuf_wire = __webpack_require__(1528);
;// CONCATENATED MODULE: ./src/validate/formats/onnx.ts





/** Newest IR version this validator knows (onnx 1.19 writes 11-12); newer means unsupported. */
const MAX_IR_VERSION = 12;
const STANDARD_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
/** onnxruntime's contrib operators: not the standard, but shipped by every runtime build. */
const RUNTIME_DOMAINS = new Set(['com.microsoft', 'com.microsoft.nchwc', 'com.microsoft.experimental', 'com.ms.internal.nhwc']);
/** Bytes per element by TensorProto.DataType; sub-byte types counted in bits below. */
const ELEMENT_BITS = {
    1: 32, 2: 8, 3: 8, 4: 16, 5: 16, 6: 32, 7: 64, 9: 8, 10: 16, 11: 64, 12: 32, 13: 64, 14: 64, 15: 128, 16: 16,
    17: 8, 18: 8, 19: 8, 20: 8, 21: 4, 22: 4, 23: 4, 24: 8, 25: 2, 26: 2,
};
/**
 * ModelProto starts with a field tag; real files open with ir_version (08), and a few writers put
 * producer_name (12) or opset/graph first. The probe must also see a valid small varint after 08.
 */
function sniffOnnx(head) {
    if (head.length < 4)
        return false;
    if (head[0] === 0x08 && head[1] >= 1 && head[1] <= 0x7f) {
        const next = head[2];
        // After ir_version: producer_name(0x12), producer_version(0x1a), domain(0x22), model_version(0x28), doc(0x32), graph(0x3a), opset(0x42).
        return [0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72].includes(next);
    }
    return false;
}
const onnxAnalyzer = {
    format: 'onnx',
    sniff: (head) => sniffOnnx(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        let info;
        try {
            info = await (0,reader/* readOnnxModel */.Dk)(source, { maxStringBytes: Math.min(ctx.limits.maxHeaderBytes, 64 << 20) });
        }
        catch (err) {
            if (err instanceof protobuf_wire/* WireFormatError */.zy) {
                findings.push(error('onnx/malformed', `not a well-formed ONNX model: ${err.message}`, { offset: err.offset }));
                return { findings: findings.items };
            }
            throw err;
        }
        checkModel(info, ctx, findings);
        await checkInlineData(info, source, findings);
        const claims = await checkExternalData(info, source, findings);
        const signature = (0,reader/* signatureOf */.yK)(info);
        return {
            findings: findings.items,
            claims,
            details: {
                irVersion: info.irVersion,
                producer: [info.producerName, info.producerVersion].filter(Boolean).join(' '),
                opsets: Object.fromEntries(info.opsetImports.map((o) => [o.domain || 'ai.onnx', o.version])),
                signature,
                nodes: info.nodes.length,
                initializers: info.initializers.length,
                customDomains: [...new Set(info.nodes.map((n) => n.domain).filter((d) => !STANDARD_DOMAINS.has(d)))],
            },
        };
    },
};
function checkModel(info, ctx, findings) {
    if (!info.irVersion)
        findings.push(error('onnx/ir-version-missing', 'ir_version is missing or 0'));
    else if (info.irVersion > MAX_IR_VERSION)
        findings.push(error('onnx/ir-version-unsupported', `ir_version ${info.irVersion} is newer than the newest known (${MAX_IR_VERSION})`));
    const imported = new Map();
    for (const o of info.opsetImports) {
        const d = o.domain === 'ai.onnx' ? '' : o.domain;
        if (imported.has(d))
            findings.push(error('onnx/duplicate-opset', `opset domain ${quote(o.domain || 'ai.onnx')} is imported twice`));
        if (o.version < 1)
            findings.push(error('onnx/bad-opset', `opset ${quote(o.domain || 'ai.onnx')} has version ${o.version}`));
        imported.set(d, o.version);
    }
    if (info.irVersion >= 3 && info.opsetImports.length === 0)
        findings.push(error('onnx/opset-import-missing', 'IR version 3 and later require opset_import'));
    const defaultOpset = imported.get('');
    if (defaultOpset !== undefined && defaultOpset > 26)
        findings.push(warning('onnx/opset-unknown', `default-domain opset ${defaultOpset} is newer than any released ONNX`));
    if (!info.hasGraph) {
        findings.push(error('onnx/no-graph', 'the model has no graph'));
        return;
    }
    if (info.outputs.length === 0)
        findings.push(error('onnx/no-outputs', 'the graph declares no outputs'));
    const allowed = new Set(ctx.allowCustomOnnxDomains ?? []);
    const functionDomains = new Set(info.functions.map((f) => f.domain));
    const reported = new Set();
    for (const node of info.nodes) {
        const d = node.domain === 'ai.onnx' ? '' : node.domain;
        if (!imported.has(d) && !functionDomains.has(node.domain) && !reported.has(`import:${d}`)) {
            reported.add(`import:${d}`);
            findings.push(error('onnx/opset-import-missing', `operator ${quote(node.opType)} uses domain ${quote(d || 'ai.onnx')}, which the model does not import`));
        }
        if (!STANDARD_DOMAINS.has(d) && !reported.has(`custom:${d}`)) {
            reported.add(`custom:${d}`);
            const ops = [...new Set(info.nodes.filter((n) => n.domain === node.domain).map((n) => n.opType))].slice(0, 10).join(', ');
            if (allowed.has(d) || RUNTIME_DOMAINS.has(d))
                findings.push(note('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops})${allowed.has(d) ? ', allowed by validate.allowCustomOnnxDomains' : ': onnxruntime contrib operators'}`));
            else
                findings.push(warning('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops}) needs a custom-op library at load time: native code outside the model`));
        }
    }
    const names = new Set();
    for (const init of info.initializers) {
        if (names.has(init.name))
            findings.push(error('onnx/duplicate-initializer', `initializer ${quote(init.name)} is declared twice`));
        names.add(init.name);
    }
    for (const v of [...info.inputs, ...info.outputs]) {
        if (v.kind === 'tensor' && v.elemType === 0)
            findings.push(warning('onnx/untyped-value', `graph value ${quote(v.name)} has no element type`));
    }
    const metaKeys = Object.keys(info.metadata);
    if (metaKeys.length !== new Set(metaKeys).size)
        findings.push(error('onnx/duplicate-metadata', 'metadata_props keys are not unique'));
}
/**
 * TensorProto.DataType → the typed-data field that holds it (float_data 4, int32_data 5, string_data 6,
 * int64_data 7, double_data 10, uint64_data 11) and how many elements of the tensor one value holds
 * (complex: a value is half an element; 4-bit types: two elements per int32 value).
 */
const TYPED_FIELD = {
    1: { field: 4, perValue: 1, valuesPerElement: 1 }, 14: { field: 4, perValue: 1, valuesPerElement: 2 },
    2: { field: 5, perValue: 1, valuesPerElement: 1 }, 3: { field: 5, perValue: 1, valuesPerElement: 1 },
    4: { field: 5, perValue: 1, valuesPerElement: 1 }, 5: { field: 5, perValue: 1, valuesPerElement: 1 },
    6: { field: 5, perValue: 1, valuesPerElement: 1 }, 9: { field: 5, perValue: 1, valuesPerElement: 1 },
    10: { field: 5, perValue: 1, valuesPerElement: 1 }, 16: { field: 5, perValue: 1, valuesPerElement: 1 },
    17: { field: 5, perValue: 1, valuesPerElement: 1 }, 18: { field: 5, perValue: 1, valuesPerElement: 1 },
    19: { field: 5, perValue: 1, valuesPerElement: 1 }, 20: { field: 5, perValue: 1, valuesPerElement: 1 },
    21: { field: 5, perValue: 2, valuesPerElement: 1 }, 22: { field: 5, perValue: 2, valuesPerElement: 1 },
    23: { field: 5, perValue: 2, valuesPerElement: 1 },
    7: { field: 7, perValue: 1, valuesPerElement: 1 }, 8: { field: 6, perValue: 1, valuesPerElement: 1 },
    11: { field: 10, perValue: 1, valuesPerElement: 1 }, 15: { field: 10, perValue: 1, valuesPerElement: 2 },
    12: { field: 11, perValue: 1, valuesPerElement: 1 }, 13: { field: 11, perValue: 1, valuesPerElement: 1 },
};
const FIELD_NAMES = { 4: 'float_data', 5: 'int32_data', 6: 'string_data', 7: 'int64_data', 9: 'raw_data', 10: 'double_data', 11: 'uint64_data' };
/**
 * Inline initializer data must hold exactly dims × element size: `onnx.checker` does not check it, and
 * onnxruntime crashes or reads past the buffer on a short raw_data. Typed data must sit in the field of the
 * tensor's type with one value per element; raw_data and typed data together are ambiguous.
 */
async function checkInlineData(info, source, findings) {
    for (const init of info.initializers) {
        if (init.dataLocation === 'external' || init.externalData)
            continue;
        if (init.dims.some((d) => d < 0))
            continue;
        const pointer = `graph.initializer[${quote(init.name)}]`;
        const fail = (message) => findings.push(error('onnx/initializer-data', `tensor ${quote(init.name)} (${init.dtype} [${init.dims.join(', ')}]): ${message}`, { pointer, ...(init.byteOffset >= 0 ? { offset: init.byteOffset } : {}) }));
        const fields = init.inline ?? new Map();
        const raw = fields.get(9);
        const typedFields = [...fields.keys()].filter((f) => f !== 9);
        if (raw) {
            if (typedFields.length) {
                fail(`has both raw_data and ${typedFields.map((f) => FIELD_NAMES[f]).join(', ')}: loaders disagree on which is used`);
                continue;
            }
            if (init.elemType === 8) {
                fail('strings cannot be stored in raw_data');
                continue;
            }
            if (raw.packed > 1 || raw.unpacked > 0) {
                fail('raw_data appears more than once: parsers keep different copies');
                continue;
            }
            const expected = nbytesOf(init);
            if (expected !== undefined && BigInt(raw.packedBytes) !== expected)
                fail(`raw_data holds ${raw.packedBytes} bytes, dims × element size is ${expected}`);
            continue;
        }
        const typed = TYPED_FIELD[init.elemType];
        if (!typed)
            continue;
        const wrong = typedFields.filter((f) => f !== typed.field);
        if (wrong.length) {
            fail(`keeps its values in ${wrong.map((f) => FIELD_NAMES[f]).join(', ')}, not in ${FIELD_NAMES[typed.field]} as its type requires`);
            continue;
        }
        let elements = 1n;
        for (const d of init.dims)
            elements *= BigInt(d);
        const values = (elements * BigInt(typed.valuesPerElement) + BigInt(typed.perValue) - 1n) / BigInt(typed.perValue);
        const field = fields.get(typed.field);
        let count = 0n;
        if (field)
            count = await countValues(typed.field, field, source);
        if (count === null) {
            fail(`${FIELD_NAMES[typed.field]} is not a whole number of values`);
            continue;
        }
        if (count !== values)
            fail(`${FIELD_NAMES[typed.field]} holds ${count} value(s), dims call for ${values}`);
    }
}
async function countValues(field, seen, source) {
    const unpacked = BigInt(seen.unpacked);
    if (field === 6)
        return BigInt(seen.packed) + unpacked; // one length-delimited field per string
    if (field === 4 || field === 10) {
        const width = field === 4 ? 4 : 8;
        return seen.packedBytes % width === 0 ? BigInt(seen.packedBytes / width) + unpacked : null;
    }
    if (!seen.ranges)
        return null;
    // Packed varints: one value ends at every byte without the continuation bit.
    let n = 0n;
    for (const [start, end] of seen.ranges) {
        let last = 0;
        for (let at = start; at < end; at += 1 << 20) {
            const chunk = await source.read(at, Math.min(1 << 20, end - at));
            let c = 0;
            for (const b of chunk)
                if ((b & 0x80) === 0)
                    c++;
            n += BigInt(c);
            last = chunk[chunk.length - 1];
        }
        if (end > start && (last & 0x80) !== 0)
            return null;
    }
    return n + unpacked;
}
function nbytesOf(init) {
    const bits = ELEMENT_BITS[init.elemType];
    if (bits === undefined)
        return undefined;
    let n = 1n;
    for (const d of init.dims) {
        if (d < 0)
            return undefined;
        n *= BigInt(d);
    }
    return (n * BigInt(bits) + 7n) / 8n;
}
/**
 * External data: every location must be a plain relative path to a regular, singly linked file inside the
 * model's folder, and every range must lie inside that file, match the tensor's size and not overlap another.
 */
async function checkExternalData(info, source, findings) {
    const external = info.initializers.filter((i) => i.dataLocation === 'external' || i.externalData);
    if (external.length === 0)
        return [];
    if (!source.filePath) {
        findings.push(error('onnx/external-data-unresolvable', `${external.length} tensor(s) keep their data in external files, which cannot be resolved inside an archive`));
        return [];
    }
    const dir = external_node_path_default().dirname(source.filePath);
    const files = new Map();
    const ranges = new Map();
    for (const init of external) {
        const ref = init.externalData;
        const pointer = `graph.initializer[${quote(init.name)}]`;
        const location = ref?.location;
        if (location === undefined) {
            findings.push(error('onnx/external-data-no-location', `tensor ${quote(init.name)} is external but has no location`, { pointer }));
            continue;
        }
        if (init.byteLength > 0)
            findings.push(error('onnx/external-data-with-inline', `tensor ${quote(init.name)} has both external data and inline data: loaders disagree on which is used`, { pointer, offset: init.byteOffset }));
        const why = unsafeRelativePath(location);
        if (why) {
            findings.push(error('onnx/external-data-path', `tensor ${quote(init.name)} reads ${quote(location)}: refused, ${why} (arbitrary file read)`, { pointer }));
            continue;
        }
        if (!files.has(location)) {
            const { file, problem } = await containedFile(dir, location);
            if (problem)
                findings.push(error(`onnx/external-data-${problem.rule === 'escape' ? 'path' : problem.rule}`, `external data of tensor ${quote(init.name)}: ${problem.message}`, { pointer }));
            files.set(location, file ?? null);
        }
        const file = files.get(location);
        if (!file)
            continue;
        const offset = BigInt(ref?.offset ?? 0);
        const expected = nbytesOf(init);
        const length = ref?.length !== undefined ? BigInt(ref.length) : BigInt(file.size) - offset;
        if (offset > BigInt(file.size) || offset + length > BigInt(file.size)) {
            findings.push(error('onnx/external-data-out-of-bounds', `tensor ${quote(init.name)} reads bytes ${offset}..${offset + length} of ${quote(location)}, which has ${file.size}`, { pointer }));
            continue;
        }
        if (expected !== undefined && ref?.length !== undefined && length !== expected) {
            findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} is ${init.dtype} [${init.dims.join(', ')}] = ${expected} bytes but its external length is ${length}`, { pointer }));
        }
        else if (expected !== undefined && ref?.length === undefined && length < expected) {
            findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} needs ${expected} bytes but only ${length} remain in ${quote(location)} after offset ${offset}`, { pointer }));
        }
        const end = offset + (expected !== undefined && ref?.length === undefined ? expected : length);
        if (!ranges.has(location))
            ranges.set(location, []);
        ranges.get(location).push({ start: offset, end, name: init.name });
        for (const key of Object.keys(ref?.extra ?? {}))
            findings.push(warning('onnx/external-data-key', `tensor ${quote(init.name)} has unknown external_data key ${quote(key)}`, { pointer }));
    }
    for (const [location, list] of ranges) {
        list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        for (let i = 1; i < list.length; i++) {
            if (list[i].start < list[i - 1].end) {
                findings.push(error('onnx/external-data-overlap', `tensors ${quote(list[i - 1].name)} and ${quote(list[i].name)} share bytes of ${quote(location)}`));
            }
        }
    }
    return [...files.values()].filter((f) => f !== null).map((f) => f.absolute);
}

;// CONCATENATED MODULE: ./src/validate/formats/safetensors-header.ts


/** The safetensors loader's hard cap on N (safetensors/src/tensor.rs MAX_HEADER_SIZE). */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Bits per element of every dtype the Rust loader accepts. */
const SAFETENSORS_DTYPE_BITS = {
    BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, F8_E4M3FNUZ: 8, F8_E5M2FNUZ: 8,
    I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64,
};
const U64_MAX = (1n << 64n) - 1n;
/**
 * Reads and checks a safetensors header without touching the tensor data: every rule of the Rust loader
 * (read_metadata + Metadata::validate), plus what it misses: duplicate keys, leading whitespace, absurd
 * header-to-file proportion. Reads 8 + N bytes, whatever the file's size.
 */
async function readSafetensorsHeader(source, maxHeaderBytes = SAFETENSORS_MAX_HEADER) {
    const findings = [];
    const out = { headerLength: 0, tensors: [], metadata: {}, findings, dataBytes: 0n };
    if (source.size < 8) {
        findings.push(error('safetensors/header-too-small', `the file is ${source.size} bytes; a safetensors file starts with an 8-byte header length`, { offset: 0 }));
        return out;
    }
    const n = (await source.read(0, 8)).readBigUInt64LE(0);
    const cap = BigInt(Math.min(maxHeaderBytes, SAFETENSORS_MAX_HEADER));
    if (n > cap) {
        findings.push(error('safetensors/header-too-large', `the header length is ${n} bytes, over the ${cap}-byte limit`, { offset: 0 }));
        return out;
    }
    if (8n + n > BigInt(source.size)) {
        findings.push(error('safetensors/invalid-header-length', `the header claims ${n} bytes but the file has only ${source.size - 8} after the length: truncated or not safetensors`, { offset: 0 }));
        return out;
    }
    const length = Number(n);
    out.headerLength = length;
    const bytes = await source.read(8, length);
    if (bytes.length < length) {
        findings.push(error('safetensors/truncated', `the header is truncated at byte ${8 + bytes.length}`, { offset: 8 + bytes.length }));
        return out;
    }
    const text = decodeUtf8Strict(bytes);
    if (text === undefined) {
        findings.push(error('safetensors/header-not-utf8', 'the header is not valid UTF-8', { offset: 8 }));
        return out;
    }
    let parsed;
    try {
        parsed = parseStrictJson(text);
    }
    catch (err) {
        const at = err instanceof JsonSyntaxError ? 8 + err.offset : 8;
        findings.push(error('safetensors/header-not-json', `the header is not valid JSON: ${err.message}`, { offset: at }));
        return out;
    }
    if (parsed.leadingWhitespace > 0) {
        findings.push(warning('safetensors/leading-whitespace', 'the header starts with whitespace; the format says it must begin with "{" (the Rust loader accepts it, other readers may not)', { offset: 8 }));
    }
    for (const d of parsed.duplicates) {
        findings.push(error('safetensors/duplicate-key', `key ${quote(d.key)} appears more than once in the header: readers disagree on which one wins`, { offset: 8 + d.offset, pointer: d.path || undefined }));
    }
    if (!isPlainObject(parsed.value)) {
        findings.push(error('safetensors/header-not-object', 'the header must be a JSON object of tensors', { offset: 8 }));
        return out;
    }
    const header = parsed.value;
    for (const [name, info] of Object.entries(header)) {
        if (name === '__metadata__') {
            readMetadata(info, out);
            continue;
        }
        const t = readTensorInfo(name, info, findings, parsed);
        if (t)
            out.tensors.push(t);
    }
    checkLayout(out, source.size, length);
    return out;
}
function readMetadata(info, out) {
    if (!isPlainObject(info)) {
        out.findings.push(error('safetensors/metadata-not-strings', '__metadata__ must be an object of string values', { pointer: '__metadata__' }));
        return;
    }
    for (const [k, v] of Object.entries(info)) {
        if (typeof v !== 'string') {
            out.findings.push(error('safetensors/metadata-not-strings', `__metadata__.${k} is not a string: the loader rejects any other JSON value`, { pointer: `__metadata__.${k}` }));
        }
        else {
            out.metadata[k] = v;
        }
    }
}
function readTensorInfo(name, info, findings, parsed) {
    const pointer = name;
    if (!isPlainObject(info)) {
        findings.push(error('safetensors/invalid-tensor-info', `tensor ${quote(name)} is not an object with dtype, shape and data_offsets`, { pointer }));
        return undefined;
    }
    const { dtype, shape, data_offsets: offsets } = info;
    let ok = true;
    if (typeof dtype !== 'string' || !(dtype in SAFETENSORS_DTYPE_BITS)) {
        findings.push(error('safetensors/unknown-dtype', `tensor ${quote(name)} has dtype ${quote(String(dtype))}, which the loader does not know`, { pointer: `${pointer}.dtype` }));
        ok = false;
    }
    const dims = [];
    // serde reads these as usize: `2.0`, `2e0`, negatives and values past 2^64 are refused by the loader.
    const u64List = (list) => list.every((v, i) => isU64(v) && isIntegerLiteral(parsed, list, i));
    if (!Array.isArray(shape) || !u64List(shape)) {
        findings.push(error('safetensors/invalid-shape', `tensor ${quote(name)} has a shape that is not a list of non-negative integer literals`, { pointer: `${pointer}.shape` }));
        ok = false;
    }
    else {
        for (const d of shape)
            dims.push(BigInt(d));
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !u64List(offsets)) {
        findings.push(error('safetensors/invalid-offsets', `tensor ${quote(name)} has data_offsets that are not two non-negative integer literals`, { pointer: `${pointer}.data_offsets` }));
        ok = false;
    }
    if (!ok)
        return undefined;
    return { name, dtype: dtype, shape: dims, begin: BigInt(offsets[0]), end: BigInt(offsets[1]) };
}
function isU64(v) {
    return (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n && v <= U64_MAX);
}
/** Metadata::validate: sorted by offsets, contiguous from 0, sizes match dtype x shape, buffer fully used. */
function checkLayout(out, fileSize, headerLength) {
    const { findings } = out;
    const sorted = [...out.tensors].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
    let expected = 0n;
    const dataSize = BigInt(fileSize - 8 - headerLength);
    for (const t of sorted) {
        const where = { pointer: `${t.name}.data_offsets`, offset: Number(8n + BigInt(headerLength) + (t.begin < dataSize ? t.begin : 0n)) };
        if (t.end < t.begin) {
            findings.push(error('safetensors/invalid-offsets', `tensor ${quote(t.name)} ends (${t.end}) before it begins (${t.begin})`, where));
        }
        else if (t.begin < expected) {
            findings.push(error('safetensors/overlapping-tensors', `tensor ${quote(t.name)} begins at ${t.begin}, inside the previous tensor (which ends at ${expected})`, where));
        }
        else if (t.begin > expected) {
            findings.push(error('safetensors/gap-between-tensors', `tensor ${quote(t.name)} begins at ${t.begin} but the previous data ends at ${expected}: hidden bytes between tensors`, where));
        }
        if (t.end > dataSize) {
            findings.push(error('safetensors/offset-out-of-range', `tensor ${quote(t.name)} ends at data byte ${t.end}, past the end of the file (${dataSize} data bytes)`, where));
        }
        if (t.dtype in SAFETENSORS_DTYPE_BITS) {
            let elements = 1n;
            for (const d of t.shape)
                elements *= d;
            const bits = elements * BigInt(SAFETENSORS_DTYPE_BITS[t.dtype]);
            if (elements > U64_MAX || bits > U64_MAX) {
                findings.push(error('safetensors/size-overflow', `tensor ${quote(t.name)} has shape [${t.shape.join(', ')}], whose size overflows 64 bits`, { pointer: `${t.name}.shape` }));
            }
            else if (bits % 8n !== 0n) {
                findings.push(error('safetensors/misaligned-slice', `tensor ${quote(t.name)}: ${elements} elements of ${t.dtype} is not a whole number of bytes`, { pointer: `${t.name}.shape` }));
            }
            else if (t.end >= t.begin && t.end - t.begin !== bits / 8n) {
                findings.push(error('safetensors/size-mismatch', `tensor ${quote(t.name)}: ${t.dtype} [${t.shape.join(', ')}] needs ${bits / 8n} bytes but data_offsets span ${t.end - t.begin}`, { pointer: `${t.name}.data_offsets` }));
            }
        }
        if (t.end > expected)
            expected = t.end;
    }
    out.dataBytes = expected;
    if (expected !== dataSize && !findings.some((f) => f.rule === 'safetensors/offset-out-of-range')) {
        if (expected < dataSize) {
            findings.push(error('safetensors/trailing-bytes', `${dataSize - expected} bytes follow the last tensor: the loader rejects this (it is how polyglot files hide a second format)`, { offset: Number(8n + BigInt(headerLength) + expected) }));
        }
    }
    if (out.tensors.length === 0 && dataSize === 0n) {
        findings.push(note('safetensors/no-tensors', 'the file holds no tensors'));
    }
    if (headerLength > 1_000_000 && BigInt(headerLength) > dataSize * 4n) {
        findings.push(warning('safetensors/header-proportion', `the ${headerLength}-byte header is far larger than the ${dataSize} bytes of data it describes`, { offset: 8 }));
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/safetensors-index.ts






/**
 * `model.safetensors.index.json` (transformers' sharded checkpoints): `weight_map` names the shard of
 * every tensor. Loaders trust it blindly; here every shard is opened (header only) and the map must agree
 * with what the shards hold: each tensor in exactly one shard, no shard outside the folder.
 */
const safetensorsIndexAnalyzer = {
    format: 'safetensors-index',
    names: /\.safetensors\.index\.json$/i,
    sniff(head) {
        const text = head.toString('utf8').trimStart();
        return text.startsWith('{') && text.includes('"weight_map"');
    },
    async analyze(source, ctx) {
        const findings = [];
        if (source.size > ctx.limits.maxHeaderBytes) {
            return { findings: [error('limits/header-size', `the index is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
        }
        const text = decodeUtf8Strict(await source.read(0, source.size));
        if (text === undefined)
            return { findings: [error('safetensors-index/not-json', 'the index is not valid UTF-8')] };
        let parsed;
        try {
            parsed = parseStrictJson(text);
        }
        catch (err) {
            return { findings: [error('safetensors-index/not-json', `the index is not valid JSON: ${err.message}`)] };
        }
        for (const d of parsed.duplicates)
            findings.push(error('safetensors-index/duplicate-key', `key ${quote(d.key)} appears more than once${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset, pointer: d.path || undefined }));
        const doc = parsed.value;
        if (!isPlainObject(doc) || !isPlainObject(doc.weight_map)) {
            findings.push(error('safetensors-index/no-weight-map', 'the index has no "weight_map" object'));
            return { findings };
        }
        const byShard = new Map();
        for (const [tensor, shard] of Object.entries(doc.weight_map)) {
            if (typeof shard !== 'string') {
                findings.push(error('safetensors-index/invalid-entry', `weight_map.${tensor} is not a file name`, { pointer: `weight_map.${tensor}` }));
                continue;
            }
            const why = unsafeRelativePath(shard);
            if (why) {
                findings.push(error('safetensors-index/shard-path-escape', `shard ${quote(shard)} of tensor ${quote(tensor)} is refused: ${why}`, { pointer: `weight_map.${tensor}` }));
                continue;
            }
            if (!byShard.has(shard))
                byShard.set(shard, new Set());
            byShard.get(shard).add(tensor);
        }
        const details = { tensors: Object.keys(doc.weight_map).length, shards: [...byShard.keys()] };
        if (!source.filePath) {
            findings.push(warning('safetensors-index/shards-not-checked', 'the index is inside an archive: its shards were not cross-checked'));
            return { findings, details };
        }
        const dir = external_node_path_default().dirname(source.filePath);
        const seenIn = new Map();
        let total = 0n;
        for (const [shard, tensors] of byShard) {
            const { file, problem } = await containedFile(dir, shard);
            if (!file) {
                const rule = problem.rule === 'missing' ? 'safetensors-index/missing-shard' : 'safetensors-index/shard-path-escape';
                findings.push(error(rule, `shard ${problem.message}`));
                continue;
            }
            const opened = await openFileSource(file.absolute, shard);
            try {
                const header = await readSafetensorsHeader(opened.source, ctx.limits.maxHeaderBytes);
                if (header.findings.some((f) => f.severity === 'error')) {
                    findings.push(error('safetensors-index/invalid-shard', `shard ${quote(shard)} is not a valid safetensors file (${header.findings.find((f) => f.severity === 'error').message})`));
                    continue;
                }
                total += header.dataBytes;
                const held = new Set(header.tensors.map((t) => t.name));
                for (const name of held) {
                    const other = seenIn.get(name);
                    if (other)
                        findings.push(error('safetensors-index/tensor-in-several-shards', `tensor ${quote(name)} is stored in both ${quote(other)} and ${quote(shard)}: which one loads depends on the loader`));
                    seenIn.set(name, shard);
                    if (!tensors.has(name))
                        findings.push(error('safetensors-index/tensor-unlisted', `shard ${quote(shard)} holds tensor ${quote(name)}, which the weight_map does not list`));
                }
                for (const name of tensors) {
                    if (!held.has(name))
                        findings.push(error('safetensors-index/tensor-missing', `weight_map puts tensor ${quote(name)} in ${quote(shard)}, which does not hold it`));
                }
            }
            finally {
                await opened.close();
            }
        }
        const declared = isPlainObject(doc.metadata) ? doc.metadata.total_size : undefined;
        if ((typeof declared === 'number' || typeof declared === 'bigint') && BigInt(declared) !== total && findings.every((f) => f.severity !== 'error')) {
            findings.push(warning('safetensors-index/total-size', `metadata.total_size is ${declared} but the shards hold ${total} bytes of tensors`, { pointer: 'metadata.total_size' }));
        }
        if (byShard.size === 0)
            findings.push(note('safetensors-index/empty', 'the weight_map is empty'));
        return { findings, details };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/safetensors.ts

/** u64 length with zero high bytes, then (whitespace and) `{` and a key or `}`: no other format starts so. */
function sniffSafetensors(head) {
    if (head.length < 10)
        return false;
    if (head[5] !== 0 || head[6] !== 0 || head[7] !== 0)
        return false;
    if (head.readUInt32LE(0) === 0 && head[4] === 0)
        return false;
    let i = 8;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    if (head[i] !== 0x7b)
        return false;
    i++;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    return i >= head.length || head[i] === 0x22 || head[i] === 0x7d;
}
const safetensorsAnalyzer = {
    format: 'safetensors',
    sniff: (head) => sniffSafetensors(head),
    async analyze(source, ctx) {
        const header = await readSafetensorsHeader(source, ctx.limits.maxHeaderBytes);
        const dtypes = {};
        for (const t of header.tensors)
            dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + 1;
        return {
            findings: header.findings,
            details: {
                headerBytes: header.headerLength,
                tensors: header.tensors.length,
                dtypes,
                dataBytes: Number(header.dataBytes),
                metadata: header.metadata,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/savedmodel.ts






/** Graph ops that touch files, run Python or map memory: nothing a served model needs. */
const DANGEROUS_OPS = {
    ReadFile: 'reads any file into a tensor',
    WriteFile: 'writes any file',
    MatchingFiles: 'lists the file system',
    PyFunc: 'runs Python code',
    PyFuncStateless: 'runs Python code',
    EagerPyFunc: 'runs Python code',
    ImmutableConst: 'memory-maps a file named in the graph',
    DeleteSessionTensor: 'manipulates session state',
    DebugIdentityV3: 'writes debug dumps to a URL or file',
    DecodeProtoV2: 'loads proto descriptors from a file (descriptor_source)',
    EncodeProto: 'loads proto descriptors from a file (descriptor_source)',
};
/** Checkpoint ops every SavedModel has; only odd paths make them a finding. */
const CHECKPOINT_OPS = new Set(['Save', 'SaveV2', 'SaveSlices', 'Restore', 'RestoreV2', 'RestoreSlice', 'MergeV2Checkpoints', 'ShardedFilename']);
const PRINT_OPS = new Set(['PrintV2']);
/** SavedModel: `saved_model_schema_version` 1 then a MetaGraphDef (whose first field is meta_info_def). */
function sniffSavedModel(head) {
    if (head.length < 5 || head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12)
        return false;
    let i = 3;
    while (i < head.length && head[i] & 0x80)
        i++;
    return head[i + 1] === 0x0a;
}
/**
 * TensorFlow SavedModel (`saved_model.pb`) and `keras_metadata.pb`: every node of every graph and
 * function is listed; file-system and Python ops fail, Save/Restore with absolute or `..` paths fail,
 * and Keras metadata is walked for Lambda layers. The file is parsed whole (it holds the graph, not the
 * weights, which live in variables/).
 */
const savedModelAnalyzer = {
    format: 'savedmodel',
    names: /(^|\/)(saved_model|keras_metadata)\.pb$/,
    sniff: (head) => sniffSavedModel(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        if (source.size > ctx.limits.maxHeaderBytes) {
            return { findings: [error('limits/header-size', `the graph file is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
        }
        const buf = await source.read(0, source.size);
        const ops = new Map();
        const strings = [];
        let kerasMetadata = 0;
        try {
            if (/keras_metadata\.pb$/.test(source.name)) {
                kerasMetadata = walkKerasMetadata(buf, findings);
            }
            else {
                let metaGraphs = 0;
                for (const f of (0,protobuf_wire/* fields */.OA)(buf)) {
                    if (f.field === 2 && f.bytes) {
                        metaGraphs++;
                        walkMetaGraph(f, ops, strings);
                    }
                }
                if (metaGraphs === 0)
                    findings.push(error('savedmodel/no-meta-graph', 'saved_model.pb holds no MetaGraphDef'));
            }
        }
        catch (err) {
            if (err instanceof protobuf_wire/* WireFormatError */.zy)
                findings.push(error('savedmodel/malformed', `not a well-formed protobuf: ${err.message}`, { offset: err.offset }));
            else
                throw err;
        }
        for (const [op, count] of ops) {
            if (op in DANGEROUS_OPS)
                findings.push(error('savedmodel/dangerous-op', `op ${op} (${count}x) ${DANGEROUS_OPS[op]}`));
        }
        const oddPaths = strings.filter((s) => /^\/|^[A-Za-z]:[\\/]|(^|[\\/])\.\.([\\/]|$)|^(file|gs|s3|hdfs|https?):\/\//.test(s.value));
        if ([...ops.keys()].some((op) => CHECKPOINT_OPS.has(op) || PRINT_OPS.has(op) || op in DANGEROUS_OPS)) {
            for (const s of oddPaths.slice(0, 20)) {
                findings.push(error('savedmodel/odd-path', `the graph holds the path ${quote(s.value)} next to file ops: checkpoints must stay inside variables/`, { offset: s.at }));
            }
        }
        const known = new Set([...Object.keys(DANGEROUS_OPS), ...CHECKPOINT_OPS]);
        const unusual = [...ops.keys()].filter((op) => !known.has(op) && !/^[A-Z][A-Za-z0-9]*$/.test(op));
        if (unusual.length)
            findings.push(warning('savedmodel/custom-op', `ops with unusual names (custom kernels?): ${unusual.slice(0, 10).join(', ')}`));
        return { findings: findings.items, details: { ops: Object.fromEntries(ops), kerasMetadata }, claims: await variableFiles(source.filePath) };
    },
};
/** The checkpoint next to saved_model.pb (variables/variables.index, .data-NNNNN-of-NNNNN) is raw tensor data. */
async function variableFiles(filePath) {
    if (!filePath || external_node_path_default().basename(filePath) !== 'saved_model.pb')
        return [];
    const dir = external_node_path_default().dirname(filePath);
    const out = [external_node_path_default().join(dir, 'fingerprint.pb')];
    try {
        for (const name of await (0,promises_.readdir)(external_node_path_default().join(dir, 'variables'))) {
            if (/^variables\.(index|data-\d{5}-of-\d{5})$/.test(name))
                out.push(external_node_path_default().join(dir, 'variables', name));
        }
    }
    catch {
        /* no variables folder: a graph without weights */
    }
    return out;
}
function walkMetaGraph(meta, ops, strings) {
    for (const f of (0,protobuf_wire/* fields */.OA)(meta.bytes, meta.start)) {
        if (f.field === 2 && f.bytes)
            walkGraphDef(f, ops, strings, 0);
    }
}
/** GraphDef: 1 node (NodeDef), 2 library (FunctionDefLibrary: 1 function FunctionDef: 3 node_def). */
function walkGraphDef(graph, ops, strings, depth) {
    if (depth > 64)
        throw new protobuf_wire/* WireFormatError */.zy('functions nested too deeply', graph.at);
    for (const f of (0,protobuf_wire/* fields */.OA)(graph.bytes, graph.start)) {
        if (f.field === 1 && f.bytes)
            walkNode(f, ops, strings);
        if (f.field === 2 && f.bytes) {
            for (const fn of (0,protobuf_wire/* fields */.OA)(f.bytes, f.start)) {
                if (fn.field !== 1 || !fn.bytes)
                    continue;
                for (const part of (0,protobuf_wire/* fields */.OA)(fn.bytes, fn.start))
                    if (part.field === 3 && part.bytes)
                        walkNode(part, ops, strings);
            }
        }
    }
}
/** NodeDef: 1 name, 2 op, 5 attr (map entry: 1 key, 2 AttrValue: 2 s, 8 tensor (TensorProto 8 string_val)). */
function walkNode(node, ops, strings) {
    for (const f of (0,protobuf_wire/* fields */.OA)(node.bytes, node.start)) {
        if (f.field === 2 && f.bytes) {
            const op = (0,protobuf_wire/* text */.Qq)(f);
            ops.set(op, (ops.get(op) ?? 0) + 1);
        }
        if (f.field === 5 && f.bytes) {
            for (const entry of (0,protobuf_wire/* fields */.OA)(f.bytes, f.start)) {
                if (entry.field !== 2 || !entry.bytes)
                    continue;
                for (const attr of (0,protobuf_wire/* fields */.OA)(entry.bytes, entry.start)) {
                    if (attr.field === 2 && attr.bytes)
                        strings.push({ value: (0,protobuf_wire/* text */.Qq)(attr), at: attr.at });
                    if (attr.field === 8 && attr.bytes) {
                        for (const t of (0,protobuf_wire/* fields */.OA)(attr.bytes, attr.start))
                            if (t.field === 8 && t.bytes)
                                strings.push({ value: (0,protobuf_wire/* text */.Qq)(t), at: t.at });
                    }
                }
            }
        }
    }
}
/** keras_metadata.pb: SavedMetadata { 1 nodes: SavedObject { ..., 4 metadata (JSON string) } }. */
function walkKerasMetadata(buf, findings) {
    let count = 0;
    for (const node of (0,protobuf_wire/* fields */.OA)(buf)) {
        if (node.field !== 1 || !node.bytes)
            continue;
        for (const f of (0,protobuf_wire/* fields */.OA)(node.bytes, node.start)) {
            if (f.wire !== 2 || !f.bytes || f.bytes[0] !== 0x7b)
                continue;
            const s = decodeUtf8Strict(f.bytes);
            if (s === undefined)
                continue;
            try {
                const value = parseStrictJson(s).value;
                count++;
                for (const x of walkKerasConfig(value, 'keras_metadata'))
                    findings.push({ ...x, location: { ...x.location, offset: f.start } });
            }
            catch {
                findings.push(note('savedmodel/bad-keras-metadata', 'a Keras metadata entry is not valid JSON', { offset: f.start }));
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./src/validate/formats/tflite.ts

/** BuiltinOperator.CUSTOM in the TFLite schema. */
const CUSTOM = 32;
class FlatError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * A bounds-checked view of a FlatBuffer: every offset read is checked against the buffer before use,
 * so a hostile file gives a finding, never an out-of-range read.
 */
class Flat {
    buf;
    constructor(buf) {
        this.buf = buf;
    }
    u32(at) {
        if (at < 0 || at + 4 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readUInt32LE(at);
    }
    i32(at) {
        if (at < 0 || at + 4 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readInt32LE(at);
    }
    i8(at) {
        if (at < 0 || at + 1 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readInt8(at);
    }
    u64(at) {
        if (at < 0 || at + 8 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readBigUInt64LE(at);
    }
    u16(at) {
        if (at < 0 || at + 2 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readUInt16LE(at);
    }
    /** Absolute position of field `index` of the table at `table`, or undefined when absent. */
    field(table, index) {
        const vtable = table - this.i32(table);
        const vsize = this.u16(vtable);
        if (vsize < 4 || vsize % 2 !== 0)
            throw new FlatError(`vtable at ${vtable} has size ${vsize}`, vtable);
        const slot = 4 + index * 2;
        if (slot + 2 > vsize)
            return undefined;
        const rel = this.u16(vtable + slot);
        return rel === 0 ? undefined : table + rel;
    }
    deref(at) {
        return at + this.u32(at);
    }
    vector(table, index) {
        const at = this.field(table, index);
        if (at === undefined)
            return undefined;
        const vec = this.deref(at);
        const length = this.u32(vec);
        if (vec + 4 + length * 4 > this.buf.length && length > 0)
            throw new FlatError(`vector at ${vec} of ${length} entries runs past the buffer`, vec);
        return { start: vec + 4, length };
    }
    string(table, index) {
        const at = this.field(table, index);
        if (at === undefined)
            return undefined;
        const s = this.deref(at);
        const len = this.u32(s);
        if (s + 4 + len > this.buf.length)
            throw new FlatError(`string at ${s} runs past the buffer`, s);
        return this.buf.toString('utf8', s + 4, s + 4 + len);
    }
}
const tfliteAnalyzer = {
    format: 'tflite',
    sniff: (head) => head.length >= 8 && head.toString('latin1', 4, 8) === 'TFL3',
    async analyze(source, ctx) {
        const findings = new FindingList();
        // Models over 2 GiB keep buffers outside the flatbuffer (Buffer.offset/size); the flatbuffer itself is small.
        const flatSize = Math.min(source.size, ctx.limits.maxHeaderBytes, 0x7fffffff);
        const flat = new Flat(await source.read(0, flatSize));
        const details = {};
        try {
            const root = flat.deref(0);
            const versionAt = flat.field(root, 0);
            details.version = versionAt === undefined ? 0 : flat.u32(versionAt);
            if (details.version !== 3)
                findings.push(error('tflite/bad-version', `schema version ${String(details.version)}; TFLite models are version 3`));
            const codes = flat.vector(root, 1);
            const custom = [];
            if (codes) {
                for (let i = 0; i < codes.length; i++) {
                    const code = flat.deref(codes.start + i * 4);
                    const deprecatedAt = flat.field(code, 0);
                    const builtinAt = flat.field(code, 3);
                    const builtin = builtinAt !== undefined ? flat.i32(builtinAt) : deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
                    const legacy = deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
                    if (builtin === CUSTOM || legacy === CUSTOM)
                        custom.push(flat.string(code, 1) ?? '(unnamed)');
                }
            }
            details.operatorCodes = codes?.length ?? 0;
            if (custom.length)
                findings.push(warning('tflite/custom-op', `custom operators need native kernels registered by the runtime: ${custom.slice(0, 10).map((c) => quote(c)).join(', ')}`));
            const subgraphs = flat.vector(root, 2);
            if (!subgraphs || subgraphs.length === 0)
                findings.push(error('tflite/no-subgraph', 'the model has no subgraph'));
            details.subgraphs = subgraphs?.length ?? 0;
            const buffers = flat.vector(root, 4);
            let external = 0;
            if (buffers) {
                for (let i = 0; i < buffers.length; i++) {
                    const b = flat.deref(buffers.start + i * 4);
                    const dataAt = flat.field(b, 0);
                    if (dataAt !== undefined) {
                        const vec = flat.deref(dataAt);
                        const len = flat.u32(vec);
                        if (vec + 4 + len > flat.buf.length)
                            findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} (${len} bytes at ${vec + 4}) runs past the end of the file`, { offset: vec }));
                    }
                    const offAt = flat.field(b, 1);
                    const sizeAt = flat.field(b, 2);
                    if (offAt !== undefined && sizeAt !== undefined) {
                        external++;
                        const off = flat.u64(offAt);
                        const size = flat.u64(sizeAt);
                        if (off + size > BigInt(source.size))
                            findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} points at bytes ${off}..${off + size}, past the end of the file (${source.size})`, { offset: offAt }));
                    }
                }
            }
            details.buffers = buffers?.length ?? 0;
            details.externalBuffers = external;
        }
        catch (err) {
            if (err instanceof FlatError)
                findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${err.message}`, { offset: err.offset }));
            else if (err?.name === 'RangeError')
                findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${err.message}`));
            else
                throw err;
        }
        return { findings: findings.items, details };
    },
};

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/validate/archive/inflate.ts
/**
 * Bounded streaming decompression (Node zlib: raw deflate, zlib, gzip). Sizes are counted on the bytes
 * actually produced, never taken from headers, and the stream is abandoned the moment a limit is passed:
 * a decompression bomb costs at most `limit` bytes of work and nothing is held in memory.
 */


class InflateLimitError extends Error {
    produced;
    limit;
    constructor(produced, limit) {
        super(`decompressed data exceeds ${limit} bytes`);
        this.produced = produced;
        this.limit = limit;
    }
}
async function* inflate(input, codec, limit) {
    const z = codec === 'raw' ? external_node_zlib_default().createInflateRaw() : codec === 'gzip' ? external_node_zlib_default().createGunzip() : external_node_zlib_default().createInflate();
    const src = external_node_stream_.Readable.from(input, { objectMode: false });
    src.on('error', (e) => z.destroy(e));
    src.pipe(z);
    let total = 0;
    try {
        for await (const chunk of z) {
            total += chunk.length;
            if (total > limit)
                throw new InflateLimitError(total, limit);
            yield chunk;
        }
    }
    finally {
        src.unpipe(z);
        src.destroy();
        z.destroy();
    }
}
/** Decompresses once to learn the real size and CRC-32 (the first pass of every compressed member). */
async function measure(input, codec, limit) {
    let size = 0;
    let crc = 0;
    const it = codec === 'stored' ? boundedCopy(input(), limit) : inflate(input(), codec, limit);
    for await (const chunk of it) {
        size += chunk.length;
        crc = external_node_zlib_default().crc32(chunk, crc);
    }
    return { size, crc };
}
async function* boundedCopy(input, limit) {
    let total = 0;
    for await (const c of input) {
        total += c.length;
        if (total > limit)
            throw new InflateLimitError(total, limit);
        yield c;
    }
}
/**
 * A ByteSource over decompressed data of known size. Reads are served from a forward cursor over one
 * decompression stream (analyzers read front to back); a read behind the cursor restarts the stream.
 */
function inflatedSource(name, size, input, codec) {
    let gen = null;
    let pending = Buffer.alloc(0);
    let cursor = 0; // decompressed offset of pending[0]
    async function restart() {
        if (gen)
            await gen.return(undefined);
        gen = inflate(input(), codec, size + 1);
        pending = Buffer.alloc(0);
        cursor = 0;
    }
    async function next() {
        if (!gen)
            await restart();
        const r = await gen.next();
        if (r.done)
            return false;
        pending = pending.length ? Buffer.concat([pending, r.value]) : r.value;
        return true;
    }
    return {
        name,
        size,
        async read(offset, length) {
            if (offset >= size || length <= 0)
                return Buffer.alloc(0);
            if (!gen || offset < cursor)
                await restart();
            // Drop everything before `offset`.
            for (;;) {
                if (offset < cursor + pending.length) {
                    pending = pending.subarray(offset - cursor);
                    cursor = offset;
                    break;
                }
                cursor += pending.length;
                pending = Buffer.alloc(0);
                if (!(await next()))
                    return Buffer.alloc(0);
            }
            const want = Math.min(length, size - offset);
            while (pending.length < want)
                if (!(await next()))
                    break;
            return Buffer.from(pending.subarray(0, want));
        },
        async *stream() {
            yield* inflate(input(), codec, size + 1);
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/archive/nested.ts
/**
 * Findings of a nested source, re-anchored under `member` (nested members join with `!/`). The engine
 * already anchors the findings it adds itself (unknown member, disguised format, depth) at the hint, which
 * we pass as the member name: those are left as they are.
 */
function underMember(findings, member) {
    return findings.map((f) => {
        const inner = f.location?.member;
        if (inner === member)
            return f;
        return { ...f, location: { ...f.location, member: inner ? `${member}!/${inner}` : member } };
    });
}
/**
 * Hands a member to the engine for content-based detection (the engine enforces maxArchiveDepth). Never
 * throws: a failure on a member is itself a failing finding.
 */
async function analyzeMember(ctx, source, member, options) {
    try {
        const r = await ctx.analyzeNested(source, member, options);
        return { format: r.format, findings: underMember(r.findings, member) };
    }
    catch (err) {
        return { format: 'unknown', findings: [{ rule: 'archive/member-error', severity: 'error', message: `member could not be analysed: ${err.message}`, location: { member } }] };
    }
}

;// CONCATENATED MODULE: ./src/validate/archive/slice-source.ts
/** A byte range of a parent source (a stored zip member, a tar member, raw data after a header). */
function sliceSource(parent, name, start, length) {
    const size = Math.max(0, Math.min(length, parent.size - start));
    return {
        name,
        size,
        read(offset, len) {
            if (offset >= size || len <= 0)
                return Promise.resolve(Buffer.alloc(0));
            return parent.read(start + offset, Math.min(len, size - offset));
        },
        async *stream() {
            const chunk = 1 << 20;
            for (let at = 0; at < size; at += chunk)
                yield await parent.read(start + at, Math.min(chunk, size - at));
        },
    };
}
/** Streams `length` bytes of `source` from `start` in chunks. */
async function* rangeChunks(source, start, length, chunk = 1 << 20) {
    for (let at = 0; at < length; at += chunk) {
        const b = await source.read(start + at, Math.min(chunk, length - at));
        if (!b.length)
            return;
        yield b;
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/compressed.ts
/**
 * Compressed streams. gzip and zlib are decompressed with Node's zlib, bounded (real bytes counted against
 * maxDecompressedBytes and maxCompressionRatio) and their content analysed by detection; joblib and users
 * compress pickles this way and `joblib.load` decompresses transparently. bzip2 and xz have no decoder
 * here (none is installed), so they fail closed: content that cannot be read cannot be called safe.
 */



async function analyzeCompressed(source, ctx, codec) {
    const input = () => rangeChunks(source, 0, source.size);
    const limit = Math.min(ctx.limits.maxDecompressedBytes, Math.max(1, source.size) * ctx.limits.maxCompressionRatio);
    let size;
    try {
        ({ size } = await measure(input, codec, limit));
    }
    catch (err) {
        if (err instanceof InflateLimitError) {
            const which = limit === ctx.limits.maxDecompressedBytes ? `maxDecompressedBytes (${limit})` : `maxCompressionRatio (${ctx.limits.maxCompressionRatio}x of ${source.size} bytes)`;
            return { findings: [{ rule: 'compressed/decompression-limit', severity: 'error', message: `${codec} stream decompresses past ${which}: a decompression bomb or an oversized payload` }] };
        }
        return { findings: [{ rule: 'compressed/corrupt', severity: 'error', message: `${codec} stream is corrupt or truncated: ${err.message}` }] };
    }
    const inner = inflatedSource(`${source.name}!/<${codec}>`, size, input, codec);
    const r = await analyzeMember(ctx, inner, `<${codec}>`);
    return { findings: r.findings, details: { codec, decompressedSize: size, content: r.format } };
}
function unsupported(format, codec) {
    return async () => ({
        findings: [{ rule: 'compressed/unsupported-codec', severity: 'error', message: `${codec}-compressed content cannot be decompressed here, so it cannot be verified (joblib.load and others decompress it transparently); re-save with gzip/zlib compression or uncompressed` }],
        details: { codec: format },
    });
}
const gzipAnalyzer = {
    format: 'gzip',
    sniff: (h) => h.length >= 3 && h[0] === 0x1f && h[1] === 0x8b && h[2] === 0x08,
    analyze: (s, ctx) => analyzeCompressed(s, ctx, 'gzip'),
};
const zlibAnalyzer = {
    format: 'zlib',
    // CMF 0x78 (deflate, 32K window) and a header checksum: joblib's zlib compressor writes exactly this.
    sniff: (h) => h.length >= 2 && h[0] === 0x78 && (h[0] * 256 + h[1]) % 31 === 0 && (h[1] & 0x20) === 0,
    analyze: (s, ctx) => analyzeCompressed(s, ctx, 'zlib'),
};
const bzip2Analyzer = {
    format: 'bzip2',
    sniff: (h) => h.length >= 4 && h.toString('latin1', 0, 3) === 'BZh' && h[3] >= 0x31 && h[3] <= 0x39,
    analyze: unsupported('bzip2', 'bzip2'),
};
const XZ = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
const xzAnalyzer = {
    format: 'xz',
    // xz, and legacy .lzma ("lzma_alone": properties byte 0x5d + dictionary size), which joblib also writes.
    sniff: (h) => (h.length >= 6 && h.subarray(0, 6).equals(XZ)) || (h.length >= 13 && h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00 && (h[4] & 0xf0) === 0),
    analyze: unsupported('xz', 'xz/lzma'),
};
/** Containers and codecs with no reader here, by magic number. lz4 is what `joblib.dump(compress='lz4')` writes. */
const UNSUPPORTED_MAGICS = [
    { name: '7z', magic: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), kind: 'archive' },
    { name: 'rar', magic: Buffer.from('Rar!\x1a\x07', 'latin1'), kind: 'archive' },
    { name: 'cab', magic: Buffer.from('MSCF\0\0\0\0', 'latin1'), kind: 'archive' },
    { name: 'ar', magic: Buffer.from('!<arch>\n', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from('070701', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from('070702', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from([0xc7, 0x71]), kind: 'archive' },
    { name: 'zstd', magic: Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), kind: 'codec' },
    { name: 'lz4', magic: Buffer.from([0x04, 0x22, 0x4d, 0x18]), kind: 'codec' },
    { name: 'lzip', magic: Buffer.from('LZIP', 'latin1'), kind: 'codec' },
];
function unsupportedMagic(h) {
    const found = UNSUPPORTED_MAGICS.find((m) => h.length >= m.magic.length && h.subarray(0, m.magic.length).equals(m.magic));
    if (found)
        return found;
    // zstd skippable frames (0x184D2A50-5F) may precede the data frame.
    if (h.length >= 4 && (h.readUInt32LE(0) & 0xfffffff0) === 0x184d2a50)
        return { name: 'zstd', magic: h.subarray(0, 4), kind: 'codec' };
    return undefined;
}
/**
 * Fails closed on containers Modelship cannot open: whatever they hold (a pickle, another archive) cannot be
 * verified. Inside an archive the finding names the member, like every nested finding.
 */
const unsupportedContainerAnalyzer = {
    format: 'unsupported-container',
    sniff: (h) => unsupportedMagic(h) !== undefined,
    async analyze(source) {
        const head = await source.read(0, 16);
        const m = unsupportedMagic(head);
        const what = m?.name ?? 'unknown';
        const rule = m?.kind === 'codec' ? 'compressed/unsupported-codec' : 'archive/unsupported-format';
        const where = source.name.includes('!/') ? `member ${JSON.stringify(source.name.slice(source.name.indexOf('!/') + 2))}` : 'the file';
        return {
            findings: [{ rule, severity: 'error', message: `${where} is a ${what} ${m?.kind === 'codec' ? 'stream' : 'archive'}, which Modelship cannot open: its content cannot be verified, so it fails (fail-closed); re-save it as zip, tar, gzip or uncompressed` }],
            details: { container: what },
        };
    },
};

;// CONCATENATED MODULE: ./src/validate/pickle/byte-window.ts
const EMPTY = Buffer.alloc(0);
class ByteWindow {
    source;
    end;
    chunk;
    /** Bytes currently held; `base` is the source offset of `buf[0]`. */
    buf = EMPTY;
    base;
    pos = 0;
    constructor(source, start, 
    /** Exclusive end of the readable range (a pickle inside a larger file ends where the file says). */
    end, chunk = 1 << 20) {
        this.source = source;
        this.end = end;
        this.chunk = chunk;
        this.base = start;
    }
    get offset() {
        return this.base + this.pos;
    }
    available() {
        return this.buf.length - this.pos;
    }
    /** Makes at least `n` bytes available; false when the range ends first (truncation). */
    async fill(n) {
        const avail = this.buf.length - this.pos;
        if (avail >= n)
            return true;
        const offset = this.offset;
        const remaining = this.end - offset;
        if (remaining <= avail)
            return false;
        const want = Math.min(Math.max(this.chunk, n), remaining);
        const rest = this.buf.subarray(this.pos);
        const fresh = await this.source.read(offset + rest.length, want - rest.length);
        this.buf = rest.length ? Buffer.concat([rest, fresh]) : fresh;
        this.base = offset;
        this.pos = 0;
        return this.buf.length >= n;
    }
    /** Moves past `n` bytes without reading them; false when that would go past the end. */
    skip(n) {
        const target = this.offset + n;
        if (target > this.end) {
            this.base = this.end;
            this.buf = EMPTY;
            this.pos = 0;
            return false;
        }
        if (n <= this.buf.length - this.pos) {
            this.pos += n;
        }
        else {
            this.base = target;
            this.buf = EMPTY;
            this.pos = 0;
        }
        return true;
    }
    /** Repositions the window (used to resume after raw data embedded between pickles). */
    seek(offset) {
        if (offset >= this.base && offset <= this.base + this.buf.length) {
            this.pos = offset - this.base;
        }
        else {
            this.base = offset;
            this.buf = EMPTY;
            this.pos = 0;
        }
    }
    atEnd() {
        return this.offset >= this.end;
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/opcodes.ts
const TABLE = [
    ['(', 'MARK', 'none', 0], ['.', 'STOP', 'none', 0], ['0', 'POP', 'none', 0], ['1', 'POP_MARK', 'none', 1],
    ['2', 'DUP', 'none', 0], ['F', 'FLOAT', 'line', 0], ['I', 'INT', 'line', 0], ['J', 'BININT', 'i4', 1],
    ['K', 'BININT1', 'u1', 1], ['L', 'LONG', 'line', 0], ['M', 'BININT2', 'u2', 1], ['N', 'NONE', 'none', 0],
    ['P', 'PERSID', 'line', 0], ['Q', 'BINPERSID', 'none', 1], ['R', 'REDUCE', 'none', 0],
    ['S', 'STRING', 'line', 0], ['T', 'BINSTRING', 'bytes4s', 1], ['U', 'SHORT_BINSTRING', 'bytes1', 1],
    ['V', 'UNICODE', 'line', 0], ['X', 'BINUNICODE', 'bytes4', 1], ['a', 'APPEND', 'none', 0],
    ['b', 'BUILD', 'none', 0], ['c', 'GLOBAL', 'line2', 0], ['d', 'DICT', 'none', 0], ['}', 'EMPTY_DICT', 'none', 1],
    ['e', 'APPENDS', 'none', 1], ['g', 'GET', 'line', 0], ['h', 'BINGET', 'u1', 1], ['i', 'INST', 'line2', 0],
    ['j', 'LONG_BINGET', 'u4', 1], ['l', 'LIST', 'none', 0], [']', 'EMPTY_LIST', 'none', 1], ['o', 'OBJ', 'none', 1],
    ['p', 'PUT', 'line', 0], ['q', 'BINPUT', 'u1', 1], ['r', 'LONG_BINPUT', 'u4', 1], ['s', 'SETITEM', 'none', 0],
    ['t', 'TUPLE', 'none', 0], [')', 'EMPTY_TUPLE', 'none', 1], ['u', 'SETITEMS', 'none', 1],
    ['G', 'BINFLOAT', 'f8', 1],
    [0x80, 'PROTO', 'u1', 2], [0x81, 'NEWOBJ', 'none', 2], [0x82, 'EXT1', 'u1', 2], [0x83, 'EXT2', 'u2', 2],
    [0x84, 'EXT4', 'i4', 2], [0x85, 'TUPLE1', 'none', 2], [0x86, 'TUPLE2', 'none', 2], [0x87, 'TUPLE3', 'none', 2],
    [0x88, 'NEWTRUE', 'none', 2], [0x89, 'NEWFALSE', 'none', 2], [0x8a, 'LONG1', 'bytes1', 2],
    [0x8b, 'LONG4', 'bytes4s', 2],
    ['B', 'BINBYTES', 'bytes4', 3], ['C', 'SHORT_BINBYTES', 'bytes1', 3],
    [0x8c, 'SHORT_BINUNICODE', 'bytes1', 4], [0x8d, 'BINUNICODE8', 'bytes8', 4], [0x8e, 'BINBYTES8', 'bytes8', 4],
    [0x8f, 'EMPTY_SET', 'none', 4], [0x90, 'ADDITEMS', 'none', 4], [0x91, 'FROZENSET', 'none', 4],
    [0x92, 'NEWOBJ_EX', 'none', 4], [0x93, 'STACK_GLOBAL', 'none', 4], [0x94, 'MEMOIZE', 'none', 4],
    [0x95, 'FRAME', 'u8', 4],
    [0x96, 'BYTEARRAY8', 'bytes8', 5], [0x97, 'NEXT_BUFFER', 'none', 5], [0x98, 'READONLY_BUFFER', 'none', 5],
];
/** Indexed by opcode byte; `undefined` = not an opcode (the stream is malformed). */
const OPCODES = new Array(256).fill(undefined);
for (const [c, name, arg, proto] of TABLE) {
    const code = typeof c === 'number' ? c : c.charCodeAt(0);
    OPCODES[code] = { code, name, arg, proto };
}
/** Highest protocol this table knows. */
const HIGHEST_PROTOCOL = 5;

;// CONCATENATED MODULE: ./src/validate/pickle/denylist.ts
const EXEC = 'runs arbitrary code';
const PROC = 'starts processes or calls the operating system';
const FS = 'reads or writes files';
const NET = 'opens network connections';
const LOADER = 'loads another serialized object (a second, unchecked pickle)';
const INTROSPECT = 'reaches arbitrary objects through attribute lookup';
function modules(names, reason) {
    return names.map((m) => ({ pattern: `${m}.*`, reason }));
}
const DENY_RULES = [
    ...['eval', 'exec', 'execfile', 'compile', 'breakpoint', 'input', 'apply', 'help', 'exit', 'quit', 'reload']
        .map((n) => ({ pattern: `builtins.${n}`, reason: EXEC })),
    ...['getattr', 'setattr', 'delattr', 'vars', 'globals', 'locals', '__import__', 'type', 'super', 'memoryview', 'classmethod', 'staticmethod', 'property']
        .map((n) => ({ pattern: `builtins.${n}`, reason: INTROSPECT })),
    { pattern: 'builtins.open', reason: FS },
    { pattern: 'builtins.file', reason: FS },
    ...modules(['os', 'posix', 'nt', 'posixpath', 'ntpath', 'subprocess', '_posixsubprocess', 'pty', 'commands', 'popen2', 'signal', 'resource', 'fcntl', 'mmap', '_winapi', 'msvcrt', 'winreg'], PROC),
    ...modules(['sys', 'importlib', 'imp', 'zipimport', 'pkgutil', 'runpy', 'marshal', 'types', 'code', 'codeop', 'inspect', 'gc', 'site', 'ctypes', '_ctypes', 'cffi', 'builtins.object.__subclasses__'], EXEC),
    ...modules(['pdb', 'bdb', 'trace', 'cProfile', 'profile', 'timeit', 'doctest', 'pydoc', 'idlelib', 'lib2to3', 'test', 'unittest', 'distutils', 'setuptools', 'pip', 'ensurepip', 'venv', '_osx_support', '_aix_support', '_pyrepl', 'rlcompleter', 'readline', 'cmd', 'threading', '_thread', 'thread', 'multiprocessing', 'concurrent', 'asyncio', '_asyncio', 'selectors', 'sched', 'atexit', 'functools', 'operator', '_operator', 'copy', 'weakref', 'abc', 'dataclasses', 'typing', 'string.Formatter', 'logging', 'warnings', 'jinja2'], EXEC),
    ...modules(['pickle', '_pickle', 'cPickle', 'pickletools', 'dill', 'cloudpickle', 'shelve', 'dbm', 'joblib.load', 'joblib.numpy_pickle.load', 'torch.load', 'torch.serialization', 'torch.storage._load_from_bytes', 'torch.package', 'torch.hub', 'numpy.load', 'numpy.lib.format', 'numpy.lib.npyio', 'yaml', 'jsonpickle'], LOADER),
    ...modules(['shutil', 'tempfile', 'io', '_io', 'pathlib', 'glob', 'fileinput', 'filecmp', 'zipfile', 'tarfile', 'gzip', 'bz2', 'lzma', 'sqlite3', 'linecache', 'tokenize', 'codecs', 'numpy.fromfile', 'numpy.tofile', 'numpy.loadtxt', 'numpy.savetxt', 'numpy.genfromtxt', 'numpy.save', 'numpy.memmap', 'numpy.core.memmap', 'numpy._core.memmap', 'numpy.DataSource', 'numpy.lib._datasource'], FS),
    ...modules(['socket', '_socket', 'ssl', '_ssl', 'http', 'httplib', 'urllib', 'urllib2', 'urllib3', 'requests', 'aiohttp', 'httpx', 'ftplib', 'smtplib', 'imaplib', 'poplib', 'nntplib', 'telnetlib', 'xmlrpc', 'xmlrpclib', 'socketserver', 'SocketServer', 'webbrowser', 'uuid', 'email', 'mailbox', 'asynchat', 'asyncore'], NET),
    ...modules(['numpy.f2py', 'numpy.distutils', 'numpy.testing', 'numpy.ctypeslib', 'numpy.lib.utils'], EXEC),
    ...modules(['torch.jit', 'torch._dynamo', 'torch._inductor', 'torch.compile', 'torch.fx', 'torch._C._jit*', 'torch.utils.collect_env', 'torch.utils.bottleneck', 'torch.utils.data.datapipes', 'torch.utils._config_module', 'torch.utils.cpp_extension', 'torch.ops', 'torch._ops', 'torch.library', 'torch.cuda.memory', 'torch.distributed', 'torch.multiprocessing', 'torch.backends'], EXEC),
    ...modules(['sklearn.utils._testing', 'sklearn.datasets', 'sklearn.externals', 'sklearn.utils._show_versions'], EXEC),
    { pattern: 'pandas*.read_*', reason: `${FS} (pandas readers fetch files and URLs)` },
    { pattern: 'pandas*.to_*', reason: `${FS} (pandas writers)` },
    { pattern: 'pandas.io.*', reason: FS },
    ...modules(['mlflow', 'transformers', 'huggingface_hub', 'keras', 'tensorflow', 'tf_keras', 'onnx.hub', 'tensorboard'], `${LOADER}; ${NET}`),
    ...modules(['fickling', 'picklescan', 'modelscan', 'modelaudit'], 'tampers with security scanners'),
];
/**
 * Names that are dangerous wherever they appear as a component of the module or the qualified name:
 * `pathlib` + `os.system`, `builtins` + `getattr.__call__`, `numpy` + `__builtins__`... Checking every
 * dotted component is what closes the "dotted attribute through a harmless module" bypasses.
 */
const DANGEROUS_COMPONENTS = {
    os: PROC, posix: PROC, nt: PROC, subprocess: PROC, pty: PROC, commands: PROC, system: PROC, popen: PROC,
    spawnl: PROC, spawnv: PROC, spawnve: PROC, execl: PROC, execv: PROC, execve: PROC, execvp: PROC, fork: PROC,
    sys: EXEC, importlib: EXEC, marshal: EXEC, runpy: EXEC, ctypes: EXEC, _ctypes: EXEC, eval: EXEC, exec: EXEC,
    execfile: EXEC, compile: EXEC, breakpoint: EXEC, import_module: EXEC, load_module: EXEC, run: EXEC,
    runcode: EXEC, runsource: EXEC, runctx: EXEC, run_path: EXEC, run_module: EXEC, _run_code: EXEC,
    execWrapper: EXEC, resolve_name: EXEC, subimport: EXEC,
    pickle: LOADER, _pickle: LOADER, cPickle: LOADER, dill: LOADER, cloudpickle: LOADER, loads: LOADER,
    shutil: FS, open: FS, rmtree: FS, unlink: FS, remove: FS, tempfile: FS,
    socket: NET, webbrowser: NET, urlopen: NET, urlretrieve: NET,
    getattr: INTROSPECT, setattr: INTROSPECT, delattr: INTROSPECT, vars: INTROSPECT, globals: INTROSPECT,
    locals: INTROSPECT, __import__: INTROSPECT, __builtins__: INTROSPECT, __globals__: INTROSPECT,
    __subclasses__: INTROSPECT, __class__: INTROSPECT, __base__: INTROSPECT, __bases__: INTROSPECT,
    __mro__: INTROSPECT, __code__: INTROSPECT, __closure__: INTROSPECT, __dict__: INTROSPECT,
    __getattribute__: INTROSPECT, __getattr__: INTROSPECT, __setattr__: INTROSPECT, __delattr__: INTROSPECT,
    __reduce__: INTROSPECT, __reduce_ex__: INTROSPECT, __call__: INTROSPECT, __init_subclass__: INTROSPECT,
    __loader__: INTROSPECT, __spec__: INTROSPECT, __func__: INTROSPECT, __self__: INTROSPECT,
    __wrapped__: INTROSPECT, __module__: INTROSPECT, __setstate__: INTROSPECT, __setitem__: INTROSPECT,
    f_globals: INTROSPECT, f_locals: INTROSPECT, gi_frame: INTROSPECT, tb_frame: INTROSPECT,
};
/** Python 2 module names the unpickler maps to Python 3 ones (`_compat_pickle.IMPORT_MAPPING`). */
const MODULE_ALIASES = {
    __builtin__: 'builtins', exceptions: 'builtins', copy_reg: 'copyreg', Queue: 'queue',
    SocketServer: 'socketserver', ConfigParser: 'configparser', repr: 'reprlib', cPickle: 'pickle',
    commands: 'subprocess', UserDict: 'collections', UserList: 'collections', UserString: 'collections',
    whichdb: 'dbm', anydbm: 'dbm', StringIO: 'io', cStringIO: 'io', urllib2: 'urllib.request',
    httplib: 'http.client', thread: '_thread', dummy_thread: '_dummy_thread', urlparse: 'urllib.parse',
    cookielib: 'http.cookiejar', Cookie: 'http.cookies', xmlrpclib: 'xmlrpc.client', HTMLParser: 'html.parser',
    SimpleHTTPServer: 'http.server', BaseHTTPServer: 'http.server', CGIHTTPServer: 'http.server',
    Tkinter: 'tkinter', robotparser: 'urllib.robotparser', _winreg: 'winreg',
};
/** Python 2 (module, name) pairs the unpickler maps (`_compat_pickle.NAME_MAPPING`, the ones that matter). */
const NAME_ALIASES = {
    'builtins.xrange': 'builtins.range', 'builtins.unicode': 'builtins.str', 'builtins.long': 'builtins.int',
    'builtins.basestring': 'builtins.str', 'builtins.unichr': 'builtins.chr', 'builtins.reduce': 'functools.reduce',
    'builtins.intern': 'sys.intern', 'itertools.izip': 'builtins.zip', 'itertools.imap': 'builtins.map',
    'itertools.ifilter': 'builtins.filter', 'urllib.urlopen': 'urllib.request.urlopen',
    'urllib.urlretrieve': 'urllib.request.urlretrieve', 'collections.IterableUserDict': 'collections.UserDict',
};

;// CONCATENATED MODULE: ./src/validate/pickle/profiles.ts
/**
 * Allowlists per framework profile: the globals a healthy file of that framework imports or calls.
 * Patterns are full dotted names (`module.qualname`); `*` matches any run of characters (dots included);
 * a trailing `[Class]` restricts a pattern to names whose last component is a class (PEP 8 CapWords),
 * because frameworks pickle estimator *classes* while many of their *functions* touch files, networks or
 * code (e.g. `sklearn.datasets.fetch_openml`).
 */
const PROFILE_NAMES = ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'];
const TORCH_DTYPES = [
    'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'complex32', 'complex64', 'cfloat',
    'complex128', 'cdouble', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'short', 'int32', 'int',
    'int64', 'long', 'bool', 'quint8', 'qint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn',
    'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz',
];
const TORCH_LAYOUTS = [
    'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn',
    'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format',
    'per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric',
    'per_channel_affine_float_qparams',
];
const NUMPY_SCALAR_TYPES = [
    'bool_', 'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'intc', 'uintc',
    'intp', 'uintp', 'int_', 'uint', 'longlong', 'ulonglong', 'byte', 'ubyte', 'short', 'ushort', 'longdouble',
    'float16', 'float32', 'float64', 'float128', 'half', 'single', 'double', 'float_', 'complex64', 'complex128',
    'complex256', 'csingle', 'cdouble', 'clongdouble', 'complex_', 'str_', 'bytes_', 'unicode_', 'string_',
    'void', 'object_', 'datetime64', 'timedelta64', 'number', 'integer', 'floating', 'generic',
];
const SCIPY_SPARSE_FORMATS = ['bsr', 'coo', 'csc', 'csr', 'dia', 'dok', 'lil'];
const PROFILES = {
    pytorch: [
        'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3',
        'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state',
        'torch._utils._rebuild_qtensor', 'torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_nested_tensor',
        'torch._utils._rebuild_meta_tensor_no_storage', 'torch._utils._rebuild_wrapper_subclass',
        'torch._utils._rebuild_device_tensor_from_numpy', 'torch._tensor._rebuild_from_type_v2',
        'torch._tensor._rebuild_from_type', 'torch.serialization._get_layout',
        'torch.*Storage[Class]', 'torch.storage.UntypedStorage', 'torch.storage.TypedStorage',
        'torch.Size', 'torch.device', 'torch.Tensor', 'torch.nn.parameter.Parameter', 'torch.nn.parameter.Buffer',
        'torch.nn.modules.*[Class]',
        ...TORCH_DTYPES.map((d) => `torch.${d}`),
        ...TORCH_LAYOUTS.map((l) => `torch.${l}`),
        'collections.OrderedDict',
    ],
    numpy: [
        'numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct',
        'numpy.core.multiarray.scalar', 'numpy._core.multiarray.scalar',
        'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer',
        'numpy.dtype', 'numpy.ndarray', 'numpy.matrix', 'numpy.matrixlib.defmatrix.matrix',
        'numpy.ma.core._mareconstruct', 'numpy.ma.core.MaskedArray', 'numpy.dtypes.*[Class]',
        'numpy.random._pickle.__randomstate_ctor', 'numpy.random._pickle.__bit_generator_ctor',
        'numpy.random._pickle.__generator_ctor',
        // Scalar types as globals (vectorizers and encoders pickle their `dtype=numpy.float64` parameter).
        ...NUMPY_SCALAR_TYPES.map((t) => `numpy.${t}`),
    ],
    sklearn: [
        'sklearn.*[Class]', 'sklearn.*.__pyx_unpickle_*',
        'sklearn.neighbors._kd_tree.newObj', 'sklearn.neighbors._ball_tree.newObj', 'sklearn.metrics._dist_metrics.newObj',
        'joblib.numpy_pickle.NumpyArrayWrapper', 'joblib.numpy_pickle_compat.NDArrayWrapper',
        'scipy.sparse.*[Class]',
        // scipy's sparse classes are lower-case (`csr_matrix`), so the CapWords rule above misses them.
        ...SCIPY_SPARSE_FORMATS.flatMap((f) => [
            `scipy.sparse.${f}_matrix`, `scipy.sparse.${f}_array`, `scipy.sparse._${f}.${f}_matrix`,
            `scipy.sparse._${f}.${f}_array`, `scipy.sparse.${f}.${f}_matrix`, `scipy.sparse._arrays.${f}_array`,
        ]),
    ],
    xgboost: ['xgboost.core.Booster', 'xgboost.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
    lightgbm: ['lightgbm.basic.Booster', 'lightgbm.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
    data: [
        'builtins.set', 'builtins.frozenset', 'builtins.complex', 'builtins.bytearray', 'builtins.bytes',
        'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.int', 'builtins.float', 'builtins.str',
        'builtins.list', 'builtins.dict', 'builtins.tuple', 'builtins.bool',
        'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
        'copyreg._reconstructor',
        'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone',
        'decimal.Decimal', 'fractions.Fraction',
        // Checked at the call: only `_codecs.encode(<str>, 'latin1')`, the way Python 3 pickles bytes at protocol < 3.
        '_codecs.encode',
    ],
};
/** What each container gets when `validate.pickle.profiles` is not configured. */
const DEFAULT_PROFILES = {
    'pytorch': ['pytorch', 'numpy', 'data'],
    'numpy': ['numpy', 'data'],
    'joblib': ['sklearn', 'numpy', 'data', 'xgboost', 'lightgbm'],
    'pickle': ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
};

;// CONCATENATED MODULE: ./src/validate/pickle/policy.ts
/**
 * Decides, for each global a pickle imports or calls, whether it is allowed. Default-deny: a global must be
 * on an allowlist (a framework profile or the user's `validate.pickle.allow`); the denylist only explains
 * why a known-dangerous one fails, and it wins over every allowlist, including the user's.
 */


function globToRegExp(glob) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`);
}
/** `a.b.*` also matches `a.b` itself; `[Class]` restricts to CapWords last components. */
function compilePattern(pattern) {
    let body = pattern;
    const classOnly = body.endsWith('[Class]');
    if (classOnly)
        body = body.slice(0, -'[Class]'.length);
    const re = globToRegExp(body);
    const self = body.endsWith('.*') ? body.slice(0, -2) : undefined;
    return {
        source: pattern,
        test(full) {
            if (!(re.test(full) || full === self))
                return false;
            if (!classOnly)
                return true;
            const last = full.slice(full.lastIndexOf('.') + 1);
            return /^[A-Z][A-Za-z0-9]*$/.test(last);
        },
    };
}
/** Normalises Python 2 names the way the unpickler does, so aliases cannot dodge a rule. */
function canonicalName(module, name) {
    const mod = MODULE_ALIASES[module] ?? module;
    const full = `${mod}.${name}`;
    return NAME_ALIASES[full] ?? full;
}
class PicklePolicy {
    profiles;
    unknownProfiles;
    allow;
    userAllow;
    userDeny;
    deny;
    cache = new Map();
    contextAllow;
    /** Exact (wildcard-free) names of the enabled profiles: vetted one by one, so a component rule does not apply. */
    exactAllow = new Map();
    /**
     * `contextAllow`: globals a container's own loader resolves without a Python import (TorchScript's
     * `__torch__.*` classes, `torch.jit._pickle.*`), which never reach a Python import; checked before the
     * built-in rules (which would match `torch.jit`, `_pickle`) but after the user's denylist.
     */
    constructor(profiles, userAllow = [], userDeny = [], contextAllow = []) {
        this.contextAllow = contextAllow.map((e) => ({ ...compilePattern(e), source: `container: ${e}` }));
        this.profiles = profiles.filter((p) => PROFILE_NAMES.includes(p));
        this.unknownProfiles = profiles.filter((p) => !PROFILE_NAMES.includes(p));
        this.allow = this.profiles.flatMap((p) => PROFILES[p].map((e) => ({ ...compilePattern(e), source: `profile ${p}: ${e}` })));
        for (const p of this.profiles)
            for (const e of PROFILES[p])
                if (!/[*[]/.test(e) && !this.exactAllow.has(e))
                    this.exactAllow.set(e, `profile ${p}: ${e}`);
        this.userAllow = userAllow.map((e) => compilePattern(e));
        this.userDeny = userDeny.map((e) => compilePattern(e));
        this.deny = DENY_RULES.map((r) => ({ ...compilePattern(r.pattern), reason: r.reason }));
    }
    /** Classifies `module` + `name` (name may be dotted: a nested attribute). */
    classify(module, name) {
        const full = canonicalName(module, name);
        let verdict = this.cache.get(full);
        if (verdict === undefined) {
            verdict = this.decide(full);
            this.cache.set(full, verdict);
        }
        return verdict;
    }
    decide(full) {
        for (const m of this.userDeny)
            if (m.test(full))
                return { kind: 'denied', reason: `denied by validate.pickle.deny (${m.source})`, by: 'user' };
        // Empty components (`os..system`, a trailing dot) never name a real object: treat as tampering.
        const components = full.split('.');
        if (components.some((c) => c === ''))
            return { kind: 'denied', reason: 'malformed dotted name (empty component)', by: 'builtin' };
        // The container's own loader resolves these without importing Python code (TorchScript's C++ unpickler).
        for (const m of this.contextAllow)
            if (m.test(full))
                return { kind: 'allowed', via: m.source };
        // A profile's exact names (numpy's `numpy.random._pickle.__randomstate_ctor`, whose module has a
        // `_pickle` component) are vetted individually; only the built-in denylist still wins over them.
        const exact = this.exactAllow.get(full);
        if (exact !== undefined && !this.deny.some((m) => m.test(full)))
            return { kind: 'allowed', via: exact };
        for (const c of components) {
            const reason = Object.prototype.hasOwnProperty.call(DANGEROUS_COMPONENTS, c) ? DANGEROUS_COMPONENTS[c] : undefined;
            if (reason)
                return { kind: 'denied', reason: `${reason} (component \`${c}\`)`, by: 'builtin' };
        }
        for (const m of this.deny)
            if (m.test(full))
                return { kind: 'denied', reason: m.reason, by: 'builtin' };
        for (const m of this.userAllow)
            if (m.test(full))
                return { kind: 'allowed', via: `validate.pickle.allow: ${m.source}` };
        for (const m of this.allow)
            if (m.test(full))
                return { kind: 'allowed', via: m.source };
        return { kind: 'unknown' };
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/values.ts
/**
 * What the simulated pickle machine keeps on its stack and in its memo. Only what a verdict needs is kept:
 * short strings (module and attribute names), small ints, small tuples and dicts (arguments and state of
 * calls), and for callables their resolved (module, qualname). Payload bytes are never kept.
 */
class GlobalValue {
    module;
    name;
    offset;
    k = 'global';
    constructor(module, name, offset) {
        this.module = module;
        this.name = name;
        this.offset = offset;
    }
}
/** The result of REDUCE / NEWOBJ / NEWOBJ_EX / OBJ / INST: `target` is the resolved callable or null. */
class CallValue {
    target;
    callee;
    args;
    offset;
    k = 'call';
    state;
    constructor(target, callee, args, offset) {
        this.target = target;
        this.callee = callee;
        this.args = args;
        this.offset = offset;
    }
}
class TupleValue {
    items;
    length;
    k = 'tuple';
    /** Items, when the tuple is small enough to keep (arguments of calls, shapes). */
    constructor(items, length) {
        this.items = items;
        this.length = length;
    }
}
class DictValue {
    k = 'dict';
    /** String-keyed entries while the dict stays small (joblib wrapper state, dtype state). */
    entries = new Map();
}
/** A list whose items are kept (only when the caller asks: legacy PyTorch's storage key list). */
class ListValue {
    k = 'list';
    items;
    constructor(items) {
        this.items = items.length <= MAX_LIST_ITEMS ? items : null;
    }
    add(more) {
        if (this.items && this.items.length + more.length <= MAX_LIST_ITEMS)
            this.items.push(...more);
        else
            this.items = null;
    }
}
class PersistentIdValue {
    pid;
    offset;
    k = 'persid';
    constructor(pid, offset) {
        this.pid = pid;
        this.offset = offset;
    }
}
class OpaqueValue {
    k;
    constructor(k) {
        this.k = k;
    }
}
const MARK = new OpaqueValue('mark');
const LIST = new OpaqueValue('list');
const SET = new OpaqueValue('set');
const FROZENSET = new OpaqueValue('frozenset');
const BYTES = new OpaqueValue('bytes');
const FLOAT = new OpaqueValue('float');
/** A string too long to keep: never a resolvable module or attribute name. */
const LONG_STR = new OpaqueValue('str');
const BUFFER = new OpaqueValue('buffer');
const EXT = new OpaqueValue('ext');
/** An integer too large to keep exactly. */
const BIG_INT = new OpaqueValue('int');
const MAX_TUPLE_ITEMS = 16;
const MAX_DICT_ENTRIES = 32;
const MAX_KEPT_STRING = 256;
const MAX_LIST_ITEMS = 100_000;
function describeValue(v) {
    if (v === null)
        return 'None';
    switch (typeof v) {
        case 'number':
        case 'bigint': return 'an int';
        case 'string': return 'a str';
        case 'boolean': return 'a bool';
        default: break;
    }
    switch (v.k) {
        case 'global': return `the global ${v.module}.${v.name}`;
        case 'call': return v.target ? `the result of calling ${v.target}` : 'the result of a call';
        case 'tuple': return 'a tuple';
        case 'dict': return 'a dict';
        case 'persid': return 'a persistent-id object';
        case 'mark': return 'a MARK';
        default: return `a ${v.k}`;
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/machine.ts




const MAX_FINDINGS = 100;
const MAX_STACK = 1_000_000;
const MAX_LINE = 1 << 16;
/** Strings kept in the memo are bounded in total so a memo of long strings cannot grow without limit. */
const MAX_RETAINED_STRING_BYTES = 32 << 20;
const MAX_NESTED_PICKLE_DEPTH = 4;
/** PyTorch's legacy magic number (torch/serialization.py). */
const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
class StopScan extends Error {
}
/** `slow` returns this unless the opcode was STOP. */
const CONTINUE = Symbol('continue');
const LATIN1_NAMES = new Set(['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'l1']);
class PickleMachine {
    opts;
    findings = [];
    findingKeys = new Map();
    globals = new Map();
    w;
    totalOpcodes = 0;
    retained = 0;
    deadline;
    errors = 0;
    truncatedNote = false;
    pids = [];
    constructor(source, opts) {
        this.opts = opts;
        this.w = new ByteWindow(source, opts.start ?? 0, opts.end ?? source.size);
        this.deadline = Date.now() + opts.limits.timeoutMs;
    }
    async run() {
        const pickles = [];
        const w = this.w;
        try {
            if (w.atEnd())
                this.error('pickle/empty', 'empty input: no pickle to read', w.offset);
            while (!w.atEnd()) {
                if (this.opts.maxPickles !== undefined && pickles.length >= this.opts.maxPickles)
                    break;
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
        }
        catch (err) {
            if (!(err instanceof StopScan)) {
                // A bug in the simulator must still fail the artifact, never pass it.
                this.error('pickle/internal-error', `the pickle scanner failed: ${err.message}`, w.offset);
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
    freshState(start) {
        return { stack: [], marks: [], memo: [], memoSparse: null, memoCount: 0, frameEnd: -1, protocol: 0, start, opcodes: 0, globals: 0 };
    }
    /** A following pickle starts with PROTO or, at protocol 0/1, any opcode that can begin a pickle. */
    async looksLikePickleStart() {
        await this.w.fill(1);
        if (this.w.available() < 1)
            return false;
        const b = this.w.buf[this.w.pos];
        return b === 0x80 || (OPCODES[b] !== undefined && b !== 0x2e /* STOP */ && b !== 0x0a);
    }
    // ---- findings ---------------------------------------------------------------------------------------
    add(rule, severity, message, offset, key) {
        if (severity === 'error')
            this.errors++;
        const k = `${rule}\u0000${key ?? message}`;
        if (this.findingKeys.has(k))
            return;
        if (this.findings.length >= MAX_FINDINGS) {
            if (!this.truncatedNote) {
                this.truncatedNote = true;
                this.findings.push({ rule: 'pickle/too-many-findings', severity: 'note', message: `more than ${MAX_FINDINGS} distinct findings; the rest are not listed`, location: this.loc(offset) });
            }
            return;
        }
        const f = { rule, severity, message, location: this.loc(offset) };
        this.findingKeys.set(k, f);
        this.findings.push(f);
    }
    loc(offset) {
        return this.opts.member === undefined ? { offset } : { offset, member: this.opts.member };
    }
    error(rule, message, offset, key) {
        this.add(rule, 'error', message, offset, key);
    }
    /** Records an error that makes the rest of the stream uninterpretable, and stops. */
    fatal(rule, message, offset) {
        this.error(rule, message, offset);
        throw new StopScan();
    }
    // ---- policy -----------------------------------------------------------------------------------------
    checkGlobal(module, name, offset, how) {
        const full = canonicalName(module, name);
        const verdict = this.opts.policy.classify(module, name);
        let use = this.globals.get(full);
        if (!use) {
            use = { name: full, verdict: verdict.kind, count: 0, offset };
            if (this.globals.size < 10_000)
                this.globals.set(full, use);
        }
        use.count++;
        const shown = full === `${module}.${name}` ? full : `${module}.${name} (= ${full})`;
        if (verdict.kind === 'denied') {
            const rule = verdict.by === 'user' ? 'pickle/denied-global' : 'pickle/dangerous-global';
            this.error(rule, `${how} ${shown}: ${verdict.reason}`, offset, full);
        }
        else if (verdict.kind === 'unknown') {
            this.error('pickle/unknown-global', `${how} ${shown}, which no enabled profile (${this.opts.policy.profiles.join(', ') || 'none'}) allows; allow it in validate.pickle.allow if it is trusted`, offset, full);
        }
    }
    /** The (module, qualname) a callable value stands for, following getattr chains and __import__. */
    resolveCallable(v, depth = 0) {
        if (v === null || typeof v !== 'object' || depth > 16)
            return null;
        if (v instanceof GlobalValue)
            return { module: v.module, name: v.name };
        if (v instanceof CallValue && v.target && v.args instanceof TupleValue && v.args.items) {
            const items = v.args.items;
            if (v.target === 'builtins.getattr' && items.length >= 2 && typeof items[1] === 'string') {
                const base = this.resolveCallable(items[0], depth + 1);
                if (base)
                    return { module: base.module, name: base.name ? `${base.name}.${items[1]}` : items[1] };
                if (typeof items[0] === 'string')
                    return { module: 'builtins.str', name: items[1] };
            }
            if ((v.target === 'builtins.__import__' || v.target === 'importlib.import_module') && typeof items[0] === 'string') {
                return { module: items[0], name: '' };
            }
        }
        return null;
    }
    call(op, callee, args, offset, st) {
        const target = this.resolveCallable(callee);
        if (!target) {
            this.error('pickle/unresolved-call', `${op} calls ${describeValue(callee)}, which is not an imported global: the callable cannot be verified`, offset);
            return new CallValue(null, callee, args, offset);
        }
        st.globals++;
        const full = canonicalName(target.module, target.name);
        if (!(callee instanceof GlobalValue))
            this.checkGlobal(target.module, target.name, offset, `${op} calls`);
        this.checkArguments(full, args, offset);
        return new CallValue(full, callee, args, offset);
    }
    /** Allowed callables whose arguments must also look the way their framework writes them. */
    checkArguments(full, args, offset) {
        const items = args instanceof TupleValue ? args.items : null;
        if (full === '_codecs.encode') {
            // A str too long to keep is still a str literal (LONG_STR keeps the kind): numpy arrays of more than
            // 256 bytes pickled at protocol 2 are exactly that call.
            const text = items?.[0];
            const ok = items !== null && items.length === 2 && (typeof text === 'string' || text === LONG_STR) && typeof items[1] === 'string' && LATIN1_NAMES.has(items[1].toLowerCase());
            if (!ok)
                this.error('pickle/unexpected-arguments', '_codecs.encode is allowed only as encode(<str literal>, "latin1"), the way Python pickles bytes at protocol < 3', offset);
        }
        else if (full === 'torch._utils._rebuild_tensor_v2' || full === 'torch._utils._rebuild_tensor') {
            const min = full.endsWith('_v2') ? 6 : 4;
            const ok = args instanceof TupleValue && args.length >= min && args.length <= min + 1
                && (items === null || items[0] instanceof PersistentIdValue || items[0] instanceof CallValue);
            if (!ok)
                this.error('pickle/unexpected-arguments', `${full} called with arguments PyTorch never writes (expected a storage from a persistent id and ${min - 1} tensor fields)`, offset);
        }
    }
    // ---- the machine ------------------------------------------------------------------------------------
    pop(st, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', 'stack underflow: an opcode needs a value the stack does not have', offset);
        return st.stack.pop();
    }
    popMark(st, offset) {
        if (!st.marks.length)
            this.fatal('pickle/malformed', 'no MARK on the stack for an opcode that needs one', offset);
        const at = st.marks.pop();
        return st.stack.splice(at);
    }
    push(st, v, offset) {
        if (st.stack.length >= MAX_STACK)
            this.fatal('pickle/stack-limit', `the stack grew past ${MAX_STACK} values`, offset);
        st.stack.push(v);
    }
    memoPut(st, index, v, offset) {
        const dense = index <= st.memo.length && index < 1 << 26;
        const had = dense ? st.memo[index] !== undefined : st.memoSparse?.has(index) ?? false;
        if (!had) {
            if (st.memoCount >= this.opts.limits.maxPickleMemo)
                this.fatal('pickle/memo-limit', `the memo grew past maxPickleMemo (${this.opts.limits.maxPickleMemo} entries)`, offset);
            st.memoCount++;
        }
        if (dense && !st.memoSparse?.has(index))
            st.memo[index] = v;
        else
            (st.memoSparse ??= new Map()).set(index, v);
    }
    memoGet(st, index, offset) {
        const v = index < st.memo.length && st.memo[index] !== undefined ? st.memo[index] : st.memoSparse?.get(index);
        if (v === undefined)
            this.fatal('pickle/malformed', `memo key ${index} was never stored (a fresh memo per pickle: values do not carry over between pickles)`, offset);
        return v;
    }
    keepString(s) {
        if (s.length > MAX_KEPT_STRING || this.retained > MAX_RETAINED_STRING_BYTES)
            return LONG_STR;
        this.retained += s.length;
        return s;
    }
    tuple(items) {
        return new TupleValue(items.length <= MAX_TUPLE_ITEMS ? items : null, items.length);
    }
    mutateTarget(st, op, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', `${op} without a target on the stack`, offset);
        const target = st.stack[st.stack.length - 1];
        if (target instanceof GlobalValue) {
            this.error('pickle/build-on-global', `${op} mutates the global ${target.module}.${target.name} itself (attribute or item overwrite of a module or class: a known bypass)`, offset, `${target.module}.${target.name}`);
        }
    }
    setItem(target, key, value) {
        if (target instanceof DictValue && target.entries) {
            if (typeof key === 'string' && target.entries.size < MAX_DICT_ENTRIES)
                target.entries.set(key, value);
            else
                target.entries = null;
        }
    }
    /** Reads a `\n`-terminated line; null when it is longer than kept (it is skipped). */
    async readLine(offset) {
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
                    if (!(await w.fill(1)))
                        this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
                    const idx = w.buf.indexOf(10, w.pos);
                    if (idx >= 0) {
                        w.pos = idx + 1;
                        return null;
                    }
                    w.skip(w.available());
                }
            }
            if (!(await w.fill(have + 1)))
                this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
            from = w.pos + have;
        }
    }
    async need(n, offset, what) {
        const w = this.w;
        if (w.buf.length - w.pos >= n)
            return;
        if (!(await w.fill(n)))
            this.fatal('pickle/truncated', `the data ends inside ${what} (needs ${n} more byte(s), ${Math.max(0, w.end - w.offset)} left)`, offset);
    }
    /** Reads (when short) or skips (when long) a length-prefixed payload; returns the string when kept. */
    async payload(len, offset, op, asText, st) {
        const w = this.w;
        if (st.frameEnd >= 0 && w.offset + len > st.frameEnd)
            this.frameViolation(op, offset, st);
        if (asText && len <= MAX_KEPT_STRING * 4) {
            await this.need(len, offset, `the ${op} payload`);
            const s = w.buf.toString('utf8', w.pos, w.pos + len);
            w.pos += len;
            return s;
        }
        if (!w.skip(len))
            this.fatal('pickle/truncated', `${op} declares ${len} byte(s) but the data ends first`, offset);
        return null;
    }
    frameViolation(op, offset, st) {
        return this.fatal('pickle/frame-violation', `${op} crosses the end of its frame at offset ${st.frameEnd}: unpicklers disagree on such streams (a known scanner bypass)`, offset);
    }
    parseIntLine(line, offset, op) {
        if (line === null)
            return BIG_INT;
        let s = line;
        if (op === 'LONG' && s.endsWith('L'))
            s = s.slice(0, -1);
        if (!/^[+-]?\d+$/.test(s.trim()))
            this.fatal('pickle/malformed', `${op} argument ${JSON.stringify(line.slice(0, 40))} is not an integer`, offset);
        const b = BigInt(s.trim());
        return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    decodeLong(buf) {
        if (buf.length === 0)
            return 0;
        if (buf.length <= 6)
            return buf.readIntLE(0, buf.length);
        let v = 0n;
        for (let i = buf.length - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(buf[i]);
        if (buf[buf.length - 1] & 0x80)
            v -= 1n << BigInt(buf.length * 8);
        return v;
    }
    /** Python-literal string argument of STRING: quoted, with backslash escapes. */
    parseQuoted(line, offset) {
        if (line === null)
            return LONG_STR;
        const q = line[0];
        if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q) {
            this.fatal('pickle/malformed', 'STRING argument is not a quoted literal', offset);
        }
        return this.keepString(unescapePython(line.slice(1, -1)));
    }
    async runPickle(st, depth) {
        const w = this.w;
        const opts = this.opts;
        const maxOps = opts.limits.maxPickleOpcodes;
        for (;;) {
            const offset = w.offset;
            if (st.frameEnd >= 0 && offset >= st.frameEnd)
                st.frameEnd = -1;
            if (w.buf.length - w.pos < 16 && !(await w.fill(16))) {
                if (w.available() < 1)
                    this.fatal('pickle/truncated', 'the data ends before STOP', offset);
            }
            const code = w.buf[w.pos];
            st.opcodes++;
            if (++this.totalOpcodes > maxOps)
                this.fatal('pickle/opcode-limit', `more than maxPickleOpcodes (${maxOps}) opcodes`, offset);
            if ((this.totalOpcodes & 0xffff) === 0) {
                if (Date.now() > this.deadline)
                    this.fatal('pickle/timeout', `scanning took longer than timeoutMs (${opts.limits.timeoutMs} ms)`, offset);
                if (opts.signal?.aborted)
                    this.fatal('pickle/timeout', 'the scan was cancelled', offset);
            }
            if (!this.fast(code, st, offset)) {
                w.pos++;
                const r = await this.slow(code, st, offset, depth);
                if (r !== CONTINUE)
                    return r;
            }
            if (st.frameEnd >= 0 && w.offset > st.frameEnd)
                this.frameViolation(OPCODES[code]?.name ?? 'opcode', offset, st);
        }
    }
    /**
     * The hot opcodes, synchronous and small so V8 optimises it (a single giant async function is never
     * optimised and runs interpreted). Returns false, consuming nothing, when it does not handle `code` or
     * when the argument is not in the window yet; `slow` then does the full work.
     */
    fast(code, st, offset) {
        const w = this.w;
        const buf = w.buf;
        const p = w.pos;
        const avail = buf.length - p;
        switch (code) {
            case 0x28:
                w.pos = p + 1;
                st.marks.push(st.stack.length);
                return true; // MARK
            case 0x4a:
                if (avail < 5)
                    return false;
                w.pos = p + 5;
                this.push(st, buf.readInt32LE(p + 1), offset);
                return true; // BININT
            case 0x4b:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.push(st, buf[p + 1], offset);
                return true; // BININT1
            case 0x4d:
                if (avail < 3)
                    return false;
                w.pos = p + 3;
                this.push(st, buf.readUInt16LE(p + 1), offset);
                return true; // BININT2
            case 0x4e:
                w.pos = p + 1;
                this.push(st, null, offset);
                return true; // NONE
            case 0x88:
                w.pos = p + 1;
                this.push(st, true, offset);
                return true;
            case 0x89:
                w.pos = p + 1;
                this.push(st, false, offset);
                return true;
            case 0x47:
                if (avail < 9)
                    return false;
                w.pos = p + 9;
                this.push(st, FLOAT, offset);
                return true; // BINFLOAT
            case 0x94:
                w.pos = p + 1;
                this.memoPut(st, st.memoCount, this.top(st, offset), offset);
                return true; // MEMOIZE
            case 0x71:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.memoPut(st, buf[p + 1], this.top(st, offset), offset);
                return true; // BINPUT
            case 0x68:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.push(st, this.memoGet(st, buf[p + 1], offset), offset);
                return true; // BINGET
            case 0x65: { // APPENDS
                w.pos = p + 1;
                const items = this.popMark(st, offset);
                this.mutateTarget(st, 'APPENDS', offset);
                const target = st.stack[st.stack.length - 1];
                if (target instanceof ListValue)
                    target.add(items);
                return true;
            }
            case 0x8c:
            case 0x58: { // SHORT_BINUNICODE, BINUNICODE
                const hdr = code === 0x8c ? 2 : 5;
                if (avail < hdr)
                    return false;
                const len = code === 0x8c ? buf[p + 1] : buf.readUInt32LE(p + 1);
                if (len > MAX_KEPT_STRING * 4 || avail < hdr + len || (st.frameEnd >= 0 && w.offset + hdr + len > st.frameEnd))
                    return false;
                w.pos = p + hdr + len;
                this.push(st, this.keepString(buf.toString('utf8', p + hdr, p + hdr + len)), offset);
                return true;
            }
            default: return false;
        }
    }
    async slow(code, st, offset, depth) {
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
                if (st.stack.length > fence)
                    st.stack.pop();
                else if (st.marks.length)
                    st.marks.pop(); // CPython pops a MARK when nothing is above it
                else
                    this.fatal('pickle/malformed', 'POP on an empty stack', offset);
                break;
            }
            case 0x31:
                this.popMark(st, offset);
                break; // POP_MARK
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
                if (line === '01')
                    this.push(st, true, offset);
                else if (line === '00')
                    this.push(st, false, offset);
                else
                    this.push(st, this.parseIntLine(line, offset, 'INT'), offset);
                break;
            }
            case 0x4a: // BININT
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BININT');
                this.push(st, w.buf.readInt32LE(w.pos), offset);
                w.pos += 4;
                break;
            case 0x4b: // BININT1
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BININT1');
                this.push(st, w.buf[w.pos++], offset);
                break;
            case 0x4c: // LONG
                this.push(st, this.parseIntLine(await this.readLine(offset), offset, 'LONG'), offset);
                break;
            case 0x4d: // BININT2
                if (w.buf.length - w.pos < 2)
                    await this.need(2, offset, 'BININT2');
                this.push(st, w.buf.readUInt16LE(w.pos), offset);
                w.pos += 2;
                break;
            case 0x4e:
                this.push(st, null, offset);
                break; // NONE
            case 0x50: { // PERSID
                const line = await this.readLine(offset);
                this.persistentId(st, line === null ? LONG_STR : this.keepString(line), offset, 'PERSID');
                break;
            }
            case 0x51:
                this.persistentId(st, this.pop(st, offset), offset, 'BINPERSID');
                break;
            case 0x52: { // REDUCE
                const args = this.pop(st, offset);
                const callee = this.pop(st, offset);
                this.push(st, this.call('REDUCE', callee, args, offset, st), offset);
                break;
            }
            case 0x53:
                this.push(st, this.parseQuoted(await this.readLine(offset), offset), offset);
                break; // STRING
            case 0x54: { // BINSTRING
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINSTRING');
                const len = w.buf.readInt32LE(w.pos);
                w.pos += 4;
                if (len < 0)
                    this.fatal('pickle/malformed', 'BINSTRING has a negative length', offset);
                const s = await this.payload(len, offset, 'BINSTRING', true, st);
                this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
                break;
            }
            case 0x55:
            case 0x8c: { // SHORT_BINSTRING, SHORT_BINUNICODE
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'a short string');
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
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINUNICODE');
                const len = w.buf.readUInt32LE(w.pos);
                w.pos += 4;
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
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINBYTES');
                const len = w.buf.readUInt32LE(w.pos);
                w.pos += 4;
                if (!this.skipFast(len, st))
                    await this.payload(len, offset, 'BINBYTES', false, st);
                this.push(st, BYTES, offset);
                break;
            }
            case 0x43: { // SHORT_BINBYTES
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'SHORT_BINBYTES');
                const len = w.buf[w.pos++];
                if (!this.skipFast(len, st))
                    await this.payload(len, offset, 'SHORT_BINBYTES', false, st);
                this.push(st, BYTES, offset);
                break;
            }
            case 0x8e:
            case 0x96: { // BINBYTES8, BYTEARRAY8
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
                if (target instanceof ListValue)
                    target.add([v]);
                break;
            }
            case 0x65: { // APPENDS
                const items = this.popMark(st, offset);
                this.mutateTarget(st, 'APPENDS', offset);
                const target = st.stack[st.stack.length - 1];
                if (target instanceof ListValue)
                    target.add(items);
                break;
            }
            case 0x62: { // BUILD
                const state = this.pop(st, offset);
                this.mutateTarget(st, 'BUILD', offset);
                const obj = st.stack[st.stack.length - 1];
                if (obj instanceof CallValue) {
                    obj.state = state;
                    if (opts.joblib && obj.target === 'joblib.numpy_pickle.NumpyArrayWrapper')
                        await this.skipJoblibArray(obj, st, offset, depth);
                }
                break;
            }
            case 0x63:
            case 0x69: { // GLOBAL, INST
                const op = code === 0x63 ? 'GLOBAL' : 'INST';
                const module = await this.readLine(offset);
                const name = await this.readLine(offset);
                if (module === null || name === null)
                    this.fatal('pickle/malformed', `${op} names a module or attribute longer than ${MAX_LINE} bytes`, offset);
                const mod = utf8(module);
                const nm = utf8(name);
                st.globals++;
                this.checkGlobal(mod, nm, offset, op === 'GLOBAL' ? 'imports' : 'INST instantiates');
                const g = new GlobalValue(mod, nm, offset);
                if (op === 'GLOBAL')
                    this.push(st, g, offset);
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
                for (let i = 0; i + 1 < items.length; i += 2)
                    this.setItem(d, items[i], items[i + 1]);
                this.push(st, d, offset);
                break;
            }
            case 0x7d:
                this.push(st, new DictValue(), offset);
                break; // EMPTY_DICT
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
                for (let i = 0; i + 1 < items.length; i += 2)
                    this.setItem(target, items[i], items[i + 1]);
                break;
            }
            case 0x90:
                this.popMark(st, offset);
                this.mutateTarget(st, 'ADDITEMS', offset);
                break; // ADDITEMS
            case 0x67: { // GET
                const line = await this.readLine(offset);
                const idx = this.parseIntLine(line, offset, 'GET');
                this.push(st, this.memoGet(st, typeof idx === 'number' ? idx : -1, offset), offset);
                break;
            }
            case 0x68: // BINGET
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BINGET');
                this.push(st, this.memoGet(st, w.buf[w.pos++], offset), offset);
                break;
            case 0x6a: // LONG_BINGET
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG_BINGET');
                this.push(st, this.memoGet(st, w.buf.readUInt32LE(w.pos), offset), offset);
                w.pos += 4;
                break;
            case 0x70: { // PUT
                const idx = this.parseIntLine(await this.readLine(offset), offset, 'PUT');
                if (typeof idx !== 'number' || idx < 0)
                    this.fatal('pickle/malformed', 'PUT with a negative or huge memo index', offset);
                this.memoPut(st, idx, this.top(st, offset), offset);
                break;
            }
            case 0x71: // BINPUT
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BINPUT');
                this.memoPut(st, w.buf[w.pos++], this.top(st, offset), offset);
                break;
            case 0x72: // LONG_BINPUT
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG_BINPUT');
                this.memoPut(st, w.buf.readUInt32LE(w.pos), this.top(st, offset), offset);
                w.pos += 4;
                break;
            case 0x94:
                this.memoPut(st, st.memoCount, this.top(st, offset), offset);
                break; // MEMOIZE
            case 0x6c: { // LIST
                const items = this.popMark(st, offset);
                this.push(st, opts.collectStorage ? new ListValue(items) : LIST, offset);
                break;
            }
            case 0x5d:
                this.push(st, opts.collectStorage ? new ListValue([]) : LIST, offset);
                break; // EMPTY_LIST
            case 0x6f: { // OBJ
                const items = this.popMark(st, offset);
                if (!items.length)
                    this.fatal('pickle/malformed', 'OBJ without a class', offset);
                this.push(st, this.call('OBJ', items[0], this.tuple(items.slice(1)), offset, st), offset);
                break;
            }
            case 0x74:
                this.push(st, this.tuple(this.popMark(st, offset)), offset);
                break; // TUPLE
            case 0x29:
                this.push(st, this.tuple([]), offset);
                break; // EMPTY_TUPLE
            case 0x85: {
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a]), offset);
                break;
            } // TUPLE1
            case 0x86: {
                const b = this.pop(st, offset);
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a, b]), offset);
                break;
            }
            case 0x87: {
                const c = this.pop(st, offset);
                const b = this.pop(st, offset);
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a, b, c]), offset);
                break;
            }
            case 0x47: // BINFLOAT
                if (w.buf.length - w.pos < 8)
                    await this.need(8, offset, 'BINFLOAT');
                w.pos += 8;
                this.push(st, FLOAT, offset);
                break;
            case 0x80: { // PROTO
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'PROTO');
                const p = w.buf[w.pos++];
                if (offset !== st.start)
                    this.error('pickle/misplaced-proto', 'PROTO appears after the start of the pickle (standard picklers write it once, first: a tampering signal)', offset);
                if (p > HIGHEST_PROTOCOL)
                    this.fatal('pickle/unsupported-protocol', `protocol ${p} is not a pickle protocol (0–${HIGHEST_PROTOCOL})`, offset);
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
            case 0x82:
            case 0x83:
            case 0x84: { // EXT1, EXT2, EXT4
                const n = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
                if (w.buf.length - w.pos < n)
                    await this.need(n, offset, 'EXT');
                const ext = n === 1 ? w.buf[w.pos] : n === 2 ? w.buf.readUInt16LE(w.pos) : w.buf.readInt32LE(w.pos);
                w.pos += n;
                this.error('pickle/extension-code', `EXT${n} refers to extension code ${ext}: copyreg's extension registry is empty by default, so what it imports depends on the loading process and cannot be verified`, offset, `ext${ext}`);
                this.push(st, EXT, offset);
                break;
            }
            case 0x88:
                this.push(st, true, offset);
                break; // NEWTRUE
            case 0x89:
                this.push(st, false, offset);
                break; // NEWFALSE
            case 0x8a: { // LONG1
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'LONG1');
                const len = w.buf[w.pos++];
                if (w.buf.length - w.pos < len)
                    await this.need(len, offset, 'LONG1');
                if (st.frameEnd >= 0 && w.offset + len > st.frameEnd)
                    this.frameViolation('LONG1', offset, st);
                this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
                w.pos += len;
                break;
            }
            case 0x8b: { // LONG4
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG4');
                const len = w.buf.readInt32LE(w.pos);
                w.pos += 4;
                if (len < 0)
                    this.fatal('pickle/malformed', 'LONG4 has a negative length', offset);
                if (len <= 64) {
                    if (w.buf.length - w.pos < len)
                        await this.need(len, offset, 'LONG4');
                    this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
                    w.pos += len;
                }
                else {
                    await this.payload(len, offset, 'LONG4', false, st);
                    this.push(st, BIG_INT, offset);
                }
                break;
            }
            case 0x8f:
                this.push(st, SET, offset);
                break; // EMPTY_SET
            case 0x91:
                this.popMark(st, offset);
                this.push(st, FROZENSET, offset);
                break; // FROZENSET
            case 0x95: { // FRAME
                if (w.buf.length - w.pos < 8)
                    await this.need(8, offset, 'FRAME');
                if (st.frameEnd >= 0 && offset < st.frameEnd)
                    this.fatal('pickle/frame-violation', `a new FRAME starts before the current frame ends at ${st.frameEnd}`, offset);
                const len = readU64(w.buf, w.pos);
                w.pos += 8;
                if (len === null || w.offset + len > w.end)
                    this.fatal('pickle/truncated', `FRAME declares ${len ?? 'more than 2^53'} byte(s) but the data ends first`, offset);
                st.frameEnd = len > 0 ? w.offset + len : -1;
                break;
            }
            case 0x97:
            case 0x98: // NEXT_BUFFER, READONLY_BUFFER
                if (code === 0x98) {
                    this.pop(st, offset);
                    this.push(st, BUFFER, offset);
                    break;
                }
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
    textFast(len, st) {
        const w = this.w;
        if (len > MAX_KEPT_STRING * 4 || w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd))
            return undefined;
        const s = w.buf.toString('utf8', w.pos, w.pos + len);
        w.pos += len;
        return s;
    }
    skipFast(len, st) {
        const w = this.w;
        if (w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd))
            return false;
        w.pos += len;
        return true;
    }
    top(st, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', 'memo store with nothing on the stack', offset);
        return st.stack[st.stack.length - 1];
    }
    async readLen8(offset, op) {
        await this.need(8, offset, op);
        const len = readU64(this.w.buf, this.w.pos);
        this.w.pos += 8;
        if (len === null)
            this.fatal('pickle/truncated', `${op} declares more than 2^53 bytes`, offset);
        return len;
    }
    persistentId(st, pid, offset, op) {
        if ((this.opts.persistentIds ?? 'unexpected') === 'unexpected') {
            this.add('pickle/persistent-id', 'warning', `${op}: a persistent id outside a PyTorch file; plain pickle.load refuses it, a custom loader decides what it means`, offset, 'persid');
        }
        const v = new PersistentIdValue(pid, offset);
        if (this.opts.collectStorage && this.pids.length < 1_000_000)
            this.pids.push(v);
        this.push(st, v, offset);
    }
    /**
     * joblib's NumpyArrayWrapper: after BUILD the array's raw bytes follow in the stream (or, for object
     * arrays, a whole nested pickle). Their size comes from the wrapper state; anything we cannot size
     * exactly fails, because guessing would resynchronise the scan on attacker-chosen bytes.
     */
    async skipJoblibArray(obj, st, offset, depth) {
        const state = obj.state instanceof DictValue ? obj.state.entries : null;
        if (!state)
            this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper state is not a small dict', offset);
        const shape = state.get('shape');
        const dtype = state.get('dtype');
        if (!(shape instanceof TupleValue) || !shape.items || shape.items.some((d) => typeof d !== 'number' || d < 0)) {
            this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper shape is not a tuple of non-negative ints', offset);
        }
        const itemsize = dtypeItemsize(dtype);
        if (st.frameEnd >= 0 && this.w.offset < st.frameEnd)
            this.fatal('pickle/frame-violation', 'joblib array data inside a pickle frame', offset);
        st.frameEnd = -1;
        if (itemsize === 'object') {
            if (depth >= MAX_NESTED_PICKLE_DEPTH)
                this.fatal('joblib/bad-wrapper', 'object arrays nested too deeply', offset);
            const inner = this.freshState(this.w.offset);
            await this.runPickle(inner, depth + 1);
            return;
        }
        if (itemsize === null)
            this.fatal('joblib/bad-wrapper', `NumpyArrayWrapper dtype ${describeValue(dtype ?? null)} cannot be sized`, offset);
        const align = state.get('numpy_array_alignment_bytes');
        if (typeof align === 'number') {
            await this.need(1, offset, 'joblib alignment padding');
            const pad = this.w.buf[this.w.pos++];
            // joblib writes 1..align; a padding byte in that range is also not an opcode, so plain pickle.load
            // stops there instead of executing the array bytes as opcodes.
            if (pad < 1 || pad > align)
                this.fatal('joblib/bad-wrapper', `alignment padding byte ${pad} is outside 1..${align}`, offset);
            if (!this.w.skip(pad))
                this.fatal('pickle/truncated', 'the data ends inside joblib alignment padding', offset);
        }
        else if (await this.w.fill(1) && OPCODES[this.w.buf[this.w.pos]] !== undefined) {
            this.add('joblib/ambiguous-array-data', 'warning', 'unaligned joblib array data starts with a valid pickle opcode: joblib skips these bytes but plain pickle.load would execute them; re-save with joblib >= 1.2', offset);
        }
        let bytes = itemsize;
        for (const d of shape.items)
            bytes *= d;
        if (!Number.isSafeInteger(bytes) || !this.w.skip(bytes)) {
            this.fatal('pickle/truncated', `joblib array of ${bytes} byte(s) runs past the end of the data`, offset);
        }
    }
}
/** Item size of a `numpy.dtype('<code>', False, True)` call, 'object' for `O`, null when unknown. */
function dtypeItemsize(dtype) {
    if (!(dtype instanceof CallValue) || !(dtype.args instanceof TupleValue) || !dtype.args.items)
        return null;
    if (dtype.target !== 'numpy.dtype')
        return null;
    const code = dtype.args.items[0];
    if (typeof code !== 'string')
        return null;
    const m = /^([biufcmMOSUV])(\d+)$/.exec(code);
    if (!m)
        return null;
    if (m[1] === 'O')
        return 'object';
    const n = Number(m[2]);
    return m[1] === 'U' ? n * 4 : n;
}
function readU64(buf, pos) {
    const lo = buf.readUInt32LE(pos);
    const hi = buf.readUInt32LE(pos + 4);
    if (hi > 0x1fffff)
        return null;
    return hi * 0x100000000 + lo;
}
function utf8(latin1) {
    return Buffer.from(latin1, 'latin1').toString('utf8');
}
function unescapePython(s) {
    if (!s.includes('\\'))
        return s;
    return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, e) => {
        if (e[0] === 'x')
            return String.fromCharCode(parseInt(e.slice(1), 16));
        if (/^[0-7]/.test(e))
            return String.fromCharCode(parseInt(e, 8));
        const map = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
        return map[e] ?? `\\${e}`;
    });
}
function unescapeRawUnicode(s) {
    const decoded = utf8(s);
    return decoded.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a, b) => String.fromCodePoint(parseInt((a ?? b), 16)));
}
/** Scans every pickle in `source` (or its byte range) and returns findings and what was seen. */
function scanPickles(source, opts) {
    return new PickleMachine(source, opts).run();
}

;// CONCATENATED MODULE: ./src/validate/pickle/analyze.ts



const CONTEXT_ALLOW = {
    // TorchScript archives are read by torch's C++ unpickler, which resolves only these (no Python import).
    torchscript: ['__torch__.*', 'torch.jit._pickle.*'],
};
function policyFor(ctx, container) {
    const configured = ctx.pickle?.profiles ?? [];
    const profiles = configured.length ? configured : DEFAULT_PROFILES[container === 'torchscript' ? 'pytorch' : container];
    return new PicklePolicy(profiles, ctx.pickle?.allow ?? [], ctx.pickle?.deny ?? [], CONTEXT_ALLOW[container] ?? []);
}
function policyFindings(policy) {
    return policy.unknownProfiles.map((p) => ({
        rule: 'pickle/unknown-profile',
        severity: 'error',
        message: `validate.pickle.profiles names ${JSON.stringify(p)}, which is not a profile (pytorch, numpy, sklearn, xgboost, lightgbm, data)`,
    }));
}
async function runPickleScan(source, ctx, container, extra = {}) {
    const policy = policyFor(ctx, container);
    const result = await scanPickles(source, {
        policy,
        limits: ctx.limits,
        persistentIds: container === 'pytorch' || container === 'torchscript' ? 'allowed' : 'unexpected',
        joblib: true,
        signal: ctx.signal,
        ...extra,
    });
    result.findings.unshift(...policyFindings(policy));
    return { ...result, policy };
}
/** Details worth showing for a scanned pickle stream. */
function pickleDetails(r) {
    return {
        pickles: r.pickles.map((p) => ({ offset: p.offset, protocol: p.protocol, opcodes: p.opcodes })),
        opcodes: r.opcodes,
        profiles: r.policy.profiles,
        globals: r.globals.slice(0, 200).map((g) => ({ name: g.name, verdict: g.verdict, count: g.count })),
    };
}
function toResult(r, extraFindings = [], details = {}) {
    return { findings: [...r.findings, ...extraFindings], details: { ...pickleDetails(r), ...details } };
}

;// CONCATENATED MODULE: ./src/validate/pickle/sniff.ts
/**
 * Recognises a pickle from its first bytes. Protocol 2+ normally starts with PROTO, but the unpickler does
 * not need it: any opcode of any protocol may come first (`V...`, `S...`, a GLOBAL followed by NEWOBJ).
 * Without PROTO the head is walked opcode by opcode with well-formed arguments and a memo that must hold
 * every key a GET reads, so text fails within a few bytes (`hello` reads memo key 101, never stored). When
 * the whole file is in the head, it must reach STOP: a pickle always ends with one.
 */

const LINE_CHECK = {
    INT: /^[+-]?\d+$/, LONG: /^[+-]?\d+L?$/, FLOAT: /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|nan|inf)$/i,
    GET: /^\d+$/, PUT: /^\d+$/, STRING: /^(['"]).*\1$/s, GLOBAL: /^[A-Za-z_][\w.]*$/, INST: /^[A-Za-z_][\w.]*$/,
    UNICODE: /^[^\n]*$/, PERSID: /^[^\n]*$/,
};
/** Opcodes (without PROTO) a partial head must show before it counts as a pickle. */
const MIN_OPS_PROTO01 = 4;
/** More when later-protocol opcodes appear without PROTO: only hand-made or unusual writers do that. */
const MIN_OPS_LATER = 16;
/** `size` is the whole file's size; when the head holds all of it, the walk must reach STOP. */
function sniffPickle(head, size = Number.POSITIVE_INFINITY) {
    if (head.length < 2)
        return false;
    if (head[0] === 0x80)
        return head[1] <= 5 && head.length >= 3 && OPCODES[head[2]] !== undefined;
    const whole = head.length >= size;
    const memo = new Set();
    let memoCount = 0;
    let p = 0;
    let ops = 0;
    let later = false;
    const partial = () => !whole && ops >= (later ? MIN_OPS_LATER : MIN_OPS_PROTO01);
    const put = (i) => { memo.add(i); memoCount++; };
    while (p < head.length) {
        const info = OPCODES[head[p]];
        if (!info)
            return false;
        if (info.proto > 1)
            later = true;
        p++;
        ops++;
        if (info.name === 'STOP')
            return ops >= 2;
        const at = p;
        switch (info.arg) {
            case 'none': break;
            case 'u1':
                p += 1;
                break;
            case 'u2':
                p += 2;
                break;
            case 'i4':
            case 'u4':
                p += 4;
                break;
            case 'f8':
            case 'u8':
                p += 8;
                break;
            case 'bytes1':
                if (p >= head.length)
                    return partial();
                p += 1 + head[p];
                break;
            case 'bytes4':
            case 'bytes4s': {
                if (p + 4 > head.length)
                    return partial();
                const n = head.readInt32LE(p);
                if (n < 0)
                    return false;
                p += 4 + n;
                break;
            }
            case 'bytes8': {
                if (p + 8 > head.length)
                    return partial();
                if (head.readUInt32LE(p + 4) !== 0)
                    return false;
                p += 8 + head.readUInt32LE(p);
                break;
            }
            case 'line':
            case 'line2': {
                for (let k = 0; k < (info.arg === 'line2' ? 2 : 1); k++) {
                    const nl = head.indexOf(10, p);
                    if (nl < 0)
                        return head.length - p > 200 ? false : partial();
                    const text = head.toString('latin1', p, nl);
                    const re = LINE_CHECK[info.name];
                    if (re && !re.test(text))
                        return false;
                    p = nl + 1;
                }
                break;
            }
            default: return false;
        }
        if (p > head.length)
            return partial();
        // The memo: a GET must read a key stored before (the unpickler fails otherwise).
        switch (info.name) {
            case 'BINPUT':
                put(head[at]);
                break;
            case 'LONG_BINPUT':
                put(head.readUInt32LE(at));
                break;
            case 'PUT':
                put(Number(head.toString('latin1', at, p - 1)));
                break;
            case 'MEMOIZE':
                put(memoCount);
                break;
            case 'BINGET':
                if (!memo.has(head[at]))
                    return false;
                break;
            case 'LONG_BINGET':
                if (!memo.has(head.readUInt32LE(at)))
                    return false;
                break;
            case 'GET':
                if (!memo.has(Number(head.toString('latin1', at, p - 1))))
                    return false;
                break;
            default: break;
        }
    }
    return partial();
}

;// CONCATENATED MODULE: ./src/validate/formats/joblib.ts
/**
 * joblib dumps: a pickle whose NumpyArrayWrapper objects are each followed by the array's raw bytes (or,
 * for object arrays, a nested pickle). The machine skips exactly the bytes the wrapper state describes and
 * resumes scanning after them; compressed joblib files arrive here through the gzip/zlib analyzers, and
 * bz2/xz/lzma ones fail closed there.
 */


const joblibAnalyzer = {
    format: 'joblib',
    sniff: (head, size) => sniffPickle(head, size) && head.includes('joblib.numpy_pickle'),
    async analyze(source, ctx) {
        return toResult(await runPickleScan(source, ctx, 'joblib'), [], { container: 'joblib' });
    },
};

;// CONCATENATED MODULE: ./src/validate/archive/paths.ts
/**
 * Member-name safety for archives (zip, tar): a name that escapes the extraction folder on any platform
 * is an error, because tools that extract model archives (and `torch.hub`, `tarfile.extractall` before
 * Python 3.14) write where the name says.
 */
function unsafeMemberPath(name) {
    if (name.length === 0)
        return 'empty member name';
    if (name.includes('\0'))
        return 'NUL byte in member name';
    if (/[\x01-\x1f\x7f]/.test(name))
        return 'control character in member name';
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'Windows drive letter';
    if (name.includes('\\'))
        return 'backslash (a path separator on Windows)';
    if (name.split('/').some((seg) => seg === '..'))
        return 'parent-directory (`..`) component';
    return null;
}
/** Key under which two names collide on case-insensitive, Unicode-normalising file systems. */
function collisionKey(name) {
    return name.normalize('NFC').toLowerCase().replace(/\/+/g, '/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/validate/archive/zip-reader.ts

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
async function readZipDirectory(src, opts) {
    const findings = [];
    const fail = (rule, message, offset) => {
        findings.push(finding(rule, message, offset, opts.member));
        return { entries: [], findings, ok: false };
    };
    if (src.size < 22)
        return fail('zip/truncated', `${src.size} bytes is too small for a zip end-of-central-directory record`);
    const tailLen = Math.min(src.size, 22 + 0xffff);
    const tailStart = src.size - tailLen;
    const tail = await src.read(tailStart, tailLen);
    let eocdAt = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
            eocdAt = i;
            break;
        }
    }
    if (eocdAt < 0)
        return fail('zip/no-central-directory', 'no end-of-central-directory record: the zip is truncated or not a zip');
    const eocdOffset = tailStart + eocdAt;
    const commentLen = tail.readUInt16LE(eocdAt + 20);
    if (eocdAt + 22 + commentLen !== tail.length) {
        findings.push(finding('zip/trailing-data', `${tail.length - eocdAt - 22 - commentLen} byte(s) after the end-of-central-directory record (a polyglot or appended payload)`, eocdOffset, opts.member));
    }
    const disk = tail.readUInt16LE(eocdAt + 4);
    const cdDisk = tail.readUInt16LE(eocdAt + 6);
    let count = tail.readUInt16LE(eocdAt + 10);
    let cdSize = tail.readUInt32LE(eocdAt + 12);
    let cdOffset = tail.readUInt32LE(eocdAt + 16);
    let cdEnd = eocdOffset;
    if (disk !== 0 || cdDisk !== 0)
        return fail('zip/multi-disk', 'multi-disk (spanned) zips are not supported and cannot be verified', eocdOffset);
    // A ZIP64 end record and locator (APPNOTE 4.3.14-4.3.15) sit just before the end record. torch.save
    // (miniz) writes them on every save, even for tiny files; readers that find the locator use the 64-bit
    // values, so they must agree with the 32-bit ones wherever those are not the 0xffff/0xffffffff markers.
    const markers = count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
    const loc = eocdOffset >= 20 ? await src.read(eocdOffset - 20, 20) : null;
    if (loc && loc.readUInt32LE(0) === EOCD64_LOCATOR) {
        const locAt = eocdOffset - 20;
        const recDisk = loc.readUInt32LE(4);
        const recAt = safeU64(loc, 8);
        const disks = loc.readUInt32LE(16);
        if (recDisk !== 0 || disks > 1)
            return fail('zip/multi-disk', `zip64 locator names disk ${recDisk} of ${disks}: spanned zips cannot be verified`, locAt);
        if (recAt === null || recAt + 56 > locAt)
            return fail('zip/bad-zip64', `zip64 locator points at ${recAt ?? 'an offset past 2^53'}, not before the locator at ${locAt}`, locAt);
        const rec = await src.read(recAt, 56);
        if (rec.readUInt32LE(0) !== EOCD64)
            return fail('zip/bad-zip64', `no zip64 end record at offset ${recAt}, where the zip64 locator points`, recAt);
        const recSize = safeU64(rec, 4);
        if (recSize === null || recSize < 44 || recAt + 12 + recSize !== locAt) {
            return fail('zip/bad-zip64', `the zip64 end record at ${recAt} declares ${recSize ?? 'more than 2^53'} byte(s), which does not end at the locator (${locAt}): unexplained bytes`, recAt);
        }
        if (rec.readUInt32LE(16) !== 0 || rec.readUInt32LE(20) !== 0)
            return fail('zip/multi-disk', 'the zip64 end record names another disk: spanned zips cannot be verified', recAt);
        const count64 = safeU64(rec, 24);
        const total64 = safeU64(rec, 32);
        const size64 = safeU64(rec, 40);
        const offset64 = safeU64(rec, 48);
        if (count64 === null || total64 === null || size64 === null || offset64 === null || count64 !== total64) {
            return fail('zip/bad-zip64', 'the zip64 end record has counts or sizes past 2^53, or disagreeing entry counts', recAt);
        }
        const disagree = (count !== 0xffff && count !== count64) || (cdSize !== 0xffffffff && cdSize !== size64) || (cdOffset !== 0xffffffff && cdOffset !== offset64);
        if (disagree) {
            return fail('zip/bad-zip64', `the zip64 end record (${count64} entries, ${size64} bytes at ${offset64}) disagrees with the end record (${count} entries, ${cdSize} bytes at ${cdOffset}): readers would see different members`, recAt);
        }
        count = count64;
        cdSize = size64;
        cdOffset = offset64;
        cdEnd = recAt;
    }
    else if (markers) {
        return fail('zip/bad-zip64', 'zip64 markers in the end record without a zip64 locator', eocdOffset);
    }
    if (count > opts.maxMembers)
        return fail('archive/too-many-members', `${count} members exceed maxArchiveMembers (${opts.maxMembers})`, eocdOffset);
    if (cdOffset + cdSize > cdEnd)
        return fail('zip/bad-central-directory', `central directory (${cdOffset}+${cdSize}) overlaps its end record at ${cdEnd}`, eocdOffset);
    if (cdOffset + cdSize !== cdEnd) {
        findings.push(finding('zip/bad-central-directory', `${cdEnd - cdOffset - cdSize} unexplained byte(s) between the central directory and its end record`, cdOffset + cdSize, opts.member));
    }
    const cd = await src.read(cdOffset, cdSize);
    const entries = [];
    const seen = new Map();
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN)
            return fail('zip/bad-central-directory', `central directory entry ${i} is truncated or has a bad signature`, cdOffset + p);
        const madeBy = cd.readUInt16LE(p + 4);
        const flags = cd.readUInt16LE(p + 8);
        const method = cd.readUInt16LE(p + 10);
        const crc = cd.readUInt32LE(p + 16);
        let csize = cd.readUInt32LE(p + 20);
        let usize = cd.readUInt32LE(p + 24);
        const nameLen = cd.readUInt16LE(p + 28);
        const extraLen = cd.readUInt16LE(p + 30);
        const commLen = cd.readUInt16LE(p + 32);
        const externalAttrs = cd.readUInt32LE(p + 38);
        let localOffset = cd.readUInt32LE(p + 42);
        if (p + 46 + nameLen + extraLen + commLen > cd.length)
            return fail('zip/bad-central-directory', `central directory entry ${i} runs past the directory`, cdOffset + p);
        const rawName = cd.subarray(p + 46, p + 46 + nameLen);
        const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
        // Zip64 extended information replaces the fields set to 0xffffffff, in this order.
        if (usize === 0xffffffff || csize === 0xffffffff || localOffset === 0xffffffff) {
            const z = zip64Extra(extra);
            const wanted = Number(usize === 0xffffffff) + Number(csize === 0xffffffff) + Number(localOffset === 0xffffffff);
            if (z === null || z.length < wanted)
                return fail('zip/bad-zip64', `central directory entry ${i} marks 64-bit sizes or offset but its zip64 extra field lacks them (or holds values past 2^53)`, cdOffset + p);
            let k = 0;
            if (usize === 0xffffffff)
                usize = z[k++];
            if (csize === 0xffffffff)
                csize = z[k++];
            if (localOffset === 0xffffffff)
                localOffset = z[k++];
        }
        p += 46 + nameLen + extraLen + commLen;
        const name = decodeName(rawName, flags);
        const unix = madeBy >> 8 === 3;
        const mode = unix ? (externalAttrs >>> 16) & 0o170000 : 0;
        const entry = {
            index: i, name, flags, method, crc, compressedSize: csize, uncompressedSize: usize, localOffset,
            dataOffset: -1, madeBy, externalAttrs, isDirectory: name.endsWith('/'), isSymlink: mode === 0o120000,
        };
        entries.push(entry);
        const bad = unsafeMemberPath(name);
        if (bad)
            findings.push(finding('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, cdOffset, opts.member));
        const key = collisionKey(name);
        const prev = seen.get(key);
        if (prev !== undefined) {
            findings.push(finding('archive/duplicate-member', prev === name
                ? `member ${JSON.stringify(name)} appears twice: readers disagree on which copy wins`
                : `members ${JSON.stringify(prev)} and ${JSON.stringify(name)} collide on case-insensitive file systems`, cdOffset, opts.member));
        }
        else
            seen.set(key, name);
        if (flags & 0x41)
            findings.push(finding('zip/encrypted', `member ${JSON.stringify(name)} is flagged as encrypted (flags 0x${flags.toString(16)}): PyTorch ignores the flag and loads it, other tools skip it; it cannot be verified as written`, localOffset, opts.member));
        if (entry.isSymlink)
            findings.push(finding('archive/link-member', `member ${JSON.stringify(name)} is a symbolic link`, localOffset, opts.member));
        if (mode === 0o020000 || mode === 0o060000 || mode === 0o010000)
            findings.push(finding('archive/special-member', `member ${JSON.stringify(name)} is a device or FIFO`, localOffset, opts.member));
        if (method !== 0 && method !== 8)
            findings.push(finding('zip/unsupported-method', `member ${JSON.stringify(name)} uses compression method ${method}; only stored (0) and deflate (8) can be verified`, localOffset, opts.member));
    }
    if (p !== cd.length)
        findings.push(finding('zip/bad-central-directory', `${cd.length - p} unexplained byte(s) at the end of the central directory`, cdOffset + p, opts.member));
    // Local headers: must exist, agree with the central directory, and not overlap each other.
    for (const e of entries) {
        if (e.localOffset + 30 > cdOffset) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: local header offset ${e.localOffset} is outside the data area`, e.localOffset, opts.member));
            continue;
        }
        const h = await src.read(e.localOffset, 30);
        if (h.length < 30 || h.readUInt32LE(0) !== LOC) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: no local header at offset ${e.localOffset}`, e.localOffset, opts.member));
            continue;
        }
        const lFlags = h.readUInt16LE(6);
        const lMethod = h.readUInt16LE(8);
        const lCrc = h.readUInt32LE(14);
        const lCsize = h.readUInt32LE(18);
        const lUsize = h.readUInt32LE(22);
        const lNameLen = h.readUInt16LE(26);
        const lExtraLen = h.readUInt16LE(28);
        const lName = decodeName(await src.read(e.localOffset + 30, lNameLen), lFlags);
        e.dataOffset = e.localOffset + 30 + lNameLen + lExtraLen;
        let lSizesOk = true;
        if (lCsize === 0xffffffff || lUsize === 0xffffffff) {
            // A local zip64 field holds both sizes (uncompressed first); they must match the directory too.
            const z = zip64Extra(await src.read(e.localOffset + 30 + lNameLen, lExtraLen));
            lSizesOk = z !== null && z.length >= 2 && z[0] === e.uncompressedSize && z[1] === e.compressedSize;
        }
        if (lName !== e.name)
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)} is named ${JSON.stringify(lName)} in its local header: tools that read local headers see another file`, e.localOffset, opts.member));
        if (lMethod !== e.method)
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: compression method ${lMethod} in the local header, ${e.method} in the central directory`, e.localOffset, opts.member));
        if (!(lFlags & 0x08) && (lCrc !== e.crc || !lSizesOk || (lCsize !== e.compressedSize && lCsize !== 0xffffffff) || (lUsize !== e.uncompressedSize && lUsize !== 0xffffffff))) {
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: CRC or sizes differ between the local header and the central directory`, e.localOffset, opts.member));
        }
        if ((lFlags & 0x41) !== (e.flags & 0x41))
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: encryption flags differ between the local header and the central directory`, e.localOffset, opts.member));
        if (e.dataOffset + e.compressedSize > cdOffset) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: data (${e.compressedSize} bytes at ${e.dataOffset}) runs into the central directory`, e.localOffset, opts.member));
            e.dataOffset = -1;
        }
    }
    const ranges = entries.filter((e) => e.dataOffset >= 0).map((e) => ({ e, start: e.localOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
        if (ranges[i].start < ranges[i - 1].end) {
            findings.push(finding('zip/overlapping-entries', `members ${JSON.stringify(ranges[i - 1].e.name)} and ${JSON.stringify(ranges[i].e.name)} share bytes (overlapping entries: a zip-bomb and polyglot technique)`, ranges[i].start, opts.member));
        }
    }
    return { entries, findings, ok: true };
}
/** The 64-bit values of a zip64 extended-information extra field (id 0x0001); null if one is past 2^53. */
function zip64Extra(extra) {
    for (let p = 0; p + 4 <= extra.length;) {
        const id = extra.readUInt16LE(p);
        const len = extra.readUInt16LE(p + 2);
        if (id === 0x0001) {
            const out = [];
            for (let q = p + 4; q + 8 <= p + 4 + len && q + 8 <= extra.length; q += 8) {
                const v = safeU64(extra, q);
                if (v === null)
                    return null;
                out.push(v);
            }
            return out;
        }
        p += 4 + len;
    }
    return [];
}
function safeU64(buf, at) {
    const v = buf.readBigUInt64LE(at);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}
function decodeName(raw, flags) {
    // Bit 11 = UTF-8; without it the name is CP437, but every byte < 0x80 is the same and others are rare.
    return flags & 0x800 ? raw.toString('utf8') : raw.toString('latin1');
}
function finding(rule, message, offset, member) {
    const location = {};
    if (offset !== undefined)
        location.offset = offset;
    if (member !== undefined)
        location.member = member;
    return { rule, severity: 'error', message, location };
}

;// CONCATENATED MODULE: ./src/validate/archive/zip-members.ts



async function analyzeZipMembers(source, entries, ctx, opts = {}) {
    const findings = [];
    const members = [];
    let total = 0;
    const limits = ctx.limits;
    for (const e of entries) {
        const where = e.name;
        if (e.isDirectory && e.uncompressedSize === 0 && e.compressedSize === 0) {
            members.push({ name: e.name, format: 'directory', size: 0 });
            continue;
        }
        if (e.dataOffset < 0 || (e.method !== 0 && e.method !== 8)) {
            members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
            continue; // already an error finding from the directory reader
        }
        const input = () => rangeChunks(source, e.dataOffset, e.compressedSize);
        const remaining = Math.max(0, limits.maxDecompressedBytes - total);
        // Stop inflating as soon as the ratio limit is passed: a bomb costs at most ratio × its own size.
        const ratioCap = e.method === 8 ? Math.max(1, e.compressedSize) * limits.maxCompressionRatio : Infinity;
        const budget = Math.min(remaining, ratioCap);
        let size;
        let crc;
        try {
            ({ size, crc } = await measure(input, e.method === 8 ? 'raw' : 'stored', budget));
        }
        catch (err) {
            if (err instanceof InflateLimitError && budget < remaining) {
                findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands more than ${limits.maxCompressionRatio}x (maxCompressionRatio): a decompression bomb`, location: { member: where } });
                members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
                continue;
            }
            if (err instanceof InflateLimitError) {
                findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `member ${JSON.stringify(e.name)} decompresses past maxDecompressedBytes (${limits.maxDecompressedBytes} bytes in total): a decompression bomb or an oversized member`, location: { member: where } });
                return { findings, members };
            }
            findings.push({ rule: 'zip/corrupt-member', severity: 'error', message: `member ${JSON.stringify(e.name)} cannot be decompressed: ${err.message}`, location: { member: where } });
            members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
            continue;
        }
        total += size;
        if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
            findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `stored member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but holds ${e.compressedSize}`, location: { member: where } });
        }
        else if (size !== e.uncompressedSize) {
            findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but decompresses to ${size}`, location: { member: where } });
        }
        if (crc !== e.crc) {
            findings.push({ rule: 'zip/crc-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)}: CRC-32 is 0x${crc.toString(16).padStart(8, '0')}, the directory says 0x${e.crc.toString(16).padStart(8, '0')} (PyTorch loads it anyway; strict tools skip it)`, location: { member: where } });
        }
        if (e.method === 8 && size > 0 && size / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) {
            findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands ${Math.round(size / Math.max(1, e.compressedSize))}x, above maxCompressionRatio (${limits.maxCompressionRatio})`, location: { member: where } });
            members.push({ name: e.name, format: 'skipped', size });
            continue;
        }
        const name = `${source.name}!/${e.name}`;
        const member = e.method === 0
            ? sliceSource(source, name, e.dataOffset, e.compressedSize)
            : inflatedSource(name, size, input, 'raw');
        if (opts.rawData?.(e.name, size)) {
            members.push({ name: e.name, format: 'raw-data', size });
            continue;
        }
        const own = opts.custom ? await opts.custom(e.name, member) : null;
        const r = own ? { format: own.format, findings: underMember(own.findings, where) } : await analyzeMember(ctx, member, where);
        findings.push(...r.findings);
        members.push({ name: e.name, format: r.format, size });
    }
    return { findings, members };
}

;// CONCATENATED MODULE: ./src/validate/formats/zip.ts
/**
 * The zip family: plain zip, PyTorch zip (`torch.save` since 1.6), TorchScript (`torch.jit.save`) and
 * NumPy `.npz`. They share one reader, and the sub-type comes from the member names after the central
 * directory is read, so whichever of the zip analyzers detection picked, the same checks run.
 */




/** Bytes per element of each PyTorch storage class (pid numel × this = the storage file's size). */
const STORAGE_ITEMSIZE = {
    FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4,
    ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8,
    ComplexDoubleStorage: 16, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1,
    QUInt2x4Storage: 1, UntypedStorage: 1, Float8_e4m3fnStorage: 1, Float8_e5m2Storage: 1,
    UInt16Storage: 2, UInt32Storage: 4, UInt64Storage: 8,
};
/** Reads `('storage', <StorageClass>, key, location, numel[, view])` persistent ids; others are findings. */
function storageTable(pids, findings, member) {
    const table = new Map();
    for (const p of pids) {
        const t = p.pid;
        const items = t instanceof TupleValue ? t.items : null;
        const ok = items && items.length >= 5 && items[0] === 'storage' && items[1] instanceof GlobalValue && typeof items[2] === 'string' && typeof items[3] === 'string' && typeof items[4] === 'number';
        if (!ok || !items) {
            findings.push({ rule: 'pytorch/bad-persistent-id', severity: 'error', message: 'a persistent id is not the (\'storage\', class, key, location, numel) tuple torch.save writes', location: { offset: p.offset, ...(member ? { member } : {}) } });
            continue;
        }
        const cls = items[1];
        table.set(items[2], { key: items[2], numel: items[4], itemsize: STORAGE_ITEMSIZE[cls.name.split('.').pop()] ?? null });
    }
    return table;
}
/** The folder holding `data.pkl` when every member lives under it (torch writes `<name>/...`). */
function torchPrefix(names) {
    const pkl = names.find((n) => /^([^/]+\/)?data\.pkl$/.test(n));
    if (pkl === undefined)
        return null;
    const prefix = pkl.slice(0, -'data.pkl'.length);
    return names.every((n) => n.startsWith(prefix)) ? prefix : null;
}
function zipKind(names) {
    const prefix = torchPrefix(names);
    if (prefix !== null) {
        return names.some((n) => n.startsWith(`${prefix}code/`) || n === `${prefix}constants.pkl`) ? 'torchscript' : 'pytorch-zip';
    }
    const files = names.filter((n) => !n.endsWith('/'));
    if (files.length && files.every((n) => n.endsWith('.npy')))
        return 'numpy-npz';
    return 'zip';
}
async function analyzeZipFamily(source, ctx) {
    const dir = await readZipDirectory(source, { maxMembers: ctx.limits.maxArchiveMembers });
    const findings = [...dir.findings];
    if (!dir.ok)
        return { kind: 'zip', findings };
    const names = dir.entries.map((e) => e.name);
    const kind = zipKind(names);
    const prefix = torchPrefix(names) ?? '';
    const isTorch = kind === 'pytorch-zip' || kind === 'torchscript';
    const details = { container: kind, members: dir.entries.length };
    // PyTorch reads `data.pkl` first and then the storages it names; do the same so storages can be sized.
    let storages = new Map();
    const pickleDetailsByMember = {};
    const ordered = isTorch
        ? [...dir.entries].sort((a, b) => Number(b.name.endsWith('.pkl')) - Number(a.name.endsWith('.pkl')))
        : dir.entries;
    if (kind === 'torchscript') {
        const code = names.filter((n) => n.startsWith(`${prefix}code/`) && !n.endsWith('/'));
        findings.push({ rule: 'torchscript/code', severity: 'warning', message: `TorchScript archive with ${code.length} code file(s): torch.jit.load compiles and runs them (a restricted language that can still call registered custom ops); review them or export to ONNX/safetensors` });
    }
    const storageName = (key) => `${prefix}data/${key}`;
    const referenced = new Set();
    const result = await analyzeZipMembers(source, ordered, ctx, {
        rawData: (name, size) => {
            if (!isTorch || !name.startsWith(`${prefix}data/`))
                return false;
            const ref = storages.get(name.slice(`${prefix}data/`.length));
            if (!ref)
                return false;
            referenced.add(ref.key);
            if (ref.itemsize !== null && ref.numel * ref.itemsize !== size) {
                findings.push({ rule: 'pytorch/storage-size', severity: 'error', message: `storage ${JSON.stringify(name)} holds ${size} bytes, data.pkl declares ${ref.numel} elements of ${ref.itemsize} byte(s)`, location: { member: name } });
                return false; // sized wrong: sniff it like any unexplained member
            }
            return true;
        },
        custom: isTorch
            ? async (name, member) => {
                // TorchScript's `code/*.debug_pkl` (source ranges) is read by the same C++ unpickler as its `.pkl`s.
                if (!name.endsWith('.pkl') && !(kind === 'torchscript' && name.endsWith('.debug_pkl')))
                    return null;
                const r = await runPickleScan(member, ctx, kind === 'torchscript' ? 'torchscript' : 'pytorch', { member: name, collectStorage: name === `${prefix}data.pkl` });
                if (name === `${prefix}data.pkl`)
                    storages = storageTable(r.persistentIds, r.findings, name);
                pickleDetailsByMember[name] = pickleDetails(r);
                return { format: 'pickle', findings: r.findings };
            }
            : undefined,
    });
    findings.push(...result.findings);
    if (isTorch) {
        const present = new Set(names);
        for (const ref of storages.values()) {
            if (!present.has(storageName(ref.key))) {
                findings.push({ rule: 'pytorch/missing-storage', severity: 'error', message: `data.pkl references storage ${JSON.stringify(ref.key)} but ${JSON.stringify(storageName(ref.key))} is not in the archive (truncated or tampered)` });
            }
        }
        details.pickles = pickleDetailsByMember;
        details.storages = storages.size;
    }
    if (kind === 'numpy-npz') {
        for (const m of result.members) {
            if (m.format !== 'numpy' && m.format !== 'directory') {
                findings.push({ rule: 'numpy/npz-member', severity: 'error', message: `npz member ${JSON.stringify(m.name)} is ${m.format}, not a .npy array`, location: { member: m.name } });
            }
        }
    }
    details.memberFormats = result.members.slice(0, 500);
    return { kind, findings, details };
}
function zipAnalyzer(format, sniffName) {
    return {
        format,
        sniff(head) {
            if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50)
                return format === 'zip' && head.length >= 4 && head.readUInt32LE(0) === 0x06054b50;
            if (head.length < 30)
                return format === 'zip';
            const first = head.toString('utf8', 30, Math.min(head.length, 30 + head.readUInt16LE(26)));
            return sniffName(first);
        },
        async analyze(source, ctx) {
            const r = await analyzeZipFamily(source, ctx);
            return { findings: r.findings, details: r.details };
        },
    };
}
/** torch.save writes `<name>/data.pkl` first. */
const pytorchZipAnalyzerImpl = zipAnalyzer('pytorch-zip', (n) => /^([^/]+\/)?data\.pkl$/.test(n));
/**
 * torch.jit.save: `<name>/` members with `code/`, `constants.pkl`, `extra/`, or (torch 1.x writes the
 * tensors first) `data/<n>`; `data.pkl` first is torch.save. Either way the sub-type is decided later.
 */
const torchscriptAnalyzerImpl = zipAnalyzer('torchscript', (n) => /^([^/]+\/)?(code\/|constants\.pkl$|extra\/|data\/\d+$)/.test(n));
const npzAnalyzer = zipAnalyzer('numpy-npz', (n) => n.endsWith('.npy'));
const zipAnalyzer_ = zipAnalyzer('zip', () => true);


;// CONCATENATED MODULE: ./src/validate/formats/numpy.ts
/**
 * NumPy `.npy` (v1/v2/v3) and `.npz`. The header is a Python dict literal parsed here without eval; the
 * data must be exactly shape × itemsize bytes (a short file is truncated, a long one carries unverified
 * bytes); an `object` dtype means the data is a pickle (np.load(allow_pickle=True) runs it), which is
 * scanned with the numpy + data profiles.
 */



const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
/** np.load refuses headers larger than this unless told otherwise (`max_header_size`). */
const NUMPY_MAX_HEADER = 10_000;
/** A tiny parser for the literal subset NumPy writes: dicts, tuples, lists, str, int, bool, None. */
function parsePyLiteral(text) {
    let p = 0;
    const ws = () => { while (p < text.length && /\s/.test(text[p]))
        p++; };
    const fail = (what) => { throw new Error(`${what} at character ${p}`); };
    const value = (depth) => {
        if (depth > 32)
            fail('nesting too deep');
        ws();
        const c = text[p];
        if (c === '{') {
            p++;
            const out = Object.create(null);
            for (;;) {
                ws();
                if (text[p] === '}') {
                    p++;
                    return out;
                }
                const k = value(depth + 1);
                if (typeof k !== 'string')
                    fail('dict key is not a string');
                if (Object.prototype.hasOwnProperty.call(out, k))
                    fail(`duplicate key ${JSON.stringify(k)}`);
                ws();
                if (text[p++] !== ':')
                    fail('expected ":"');
                out[k] = value(depth + 1);
                ws();
                if (text[p] === ',')
                    p++;
                else if (text[p] !== '}')
                    fail('expected "," or "}"');
            }
        }
        if (c === '(' || c === '[') {
            const close = c === '(' ? ')' : ']';
            p++;
            const out = [];
            for (;;) {
                ws();
                if (text[p] === close) {
                    p++;
                    return out;
                }
                out.push(value(depth + 1));
                ws();
                if (text[p] === ',')
                    p++;
                else if (text[p] !== close)
                    fail(`expected "," or "${close}"`);
            }
        }
        if (c === "'" || c === '"') {
            const end = text.indexOf(c, p + 1);
            if (end < 0)
                fail('unterminated string');
            const s = text.slice(p + 1, end);
            if (s.includes('\\'))
                fail('escapes are not supported in header strings');
            p = end + 1;
            return s;
        }
        const m = /^(True|False|None|-?\d+L?)/.exec(text.slice(p, p + 32));
        if (!m)
            return fail('unexpected token');
        p += m[1].length;
        if (m[1] === 'True')
            return true;
        if (m[1] === 'False')
            return false;
        if (m[1] === 'None')
            return null;
        return Number(m[1].replace('L', ''));
    };
    const v = value(0);
    ws();
    if (p !== text.length)
        fail('trailing characters');
    return v;
}
/** Item size of a dtype descr, 'object' when it holds Python objects, null when unsupported. */
function descrItemsize(descr, depth = 0) {
    if (depth > 16)
        return null;
    if (typeof descr === 'string') {
        const m = /^[<>|=]?([biufcmMOSUV?])(\d*)(?:\[[a-zA-Z0-9]+\])?$/.exec(descr);
        if (!m)
            return null;
        if (m[1] === 'O')
            return 'object';
        if (m[1] === '?')
            return 1;
        const n = Number(m[2] || (m[1] === 'b' ? 1 : NaN));
        if (!Number.isFinite(n))
            return null;
        return m[1] === 'U' ? n * 4 : n;
    }
    if (Array.isArray(descr)) {
        let total = 0;
        for (const field of descr) {
            if (!Array.isArray(field) || field.length < 2 || field.length > 3)
                return null;
            const sub = descrItemsize(field[1], depth + 1);
            if (sub === null || sub === 'object')
                return sub;
            let count = 1;
            if (field.length === 3) {
                const shape = Array.isArray(field[2]) ? field[2] : [field[2]];
                for (const d of shape) {
                    if (typeof d !== 'number' || d < 0)
                        return null;
                    count *= d;
                }
            }
            total += sub * count;
        }
        return total;
    }
    return null;
}
async function analyzeNpy(source, ctx) {
    const findings = [];
    const err = (rule, message, offset) => {
        findings.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) });
        return { findings };
    };
    const pre = await source.read(0, 12);
    if (pre.length < 10 || !pre.subarray(0, 6).equals(MAGIC))
        return err('numpy/truncated', 'the file ends inside the .npy preamble', 0);
    const major = pre[6];
    if (major < 1 || major > 3)
        return err('numpy/unsupported-version', `.npy format version ${major}.${pre[7]} is not 1, 2 or 3`, 6);
    const lenBytes = major === 1 ? 2 : 4;
    if (pre.length < 8 + lenBytes)
        return err('numpy/truncated', 'the file ends inside the header length', 8);
    const hlen = major === 1 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
    const dataStart = 8 + lenBytes + hlen;
    if (hlen > Math.min(NUMPY_MAX_HEADER, ctx.limits.maxHeaderBytes))
        return err('numpy/header-too-large', `header of ${hlen} bytes; np.load refuses headers over ${NUMPY_MAX_HEADER} bytes`, 8);
    if (dataStart > source.size)
        return err('numpy/truncated', `header declares ${hlen} bytes but the file ends first`, 8);
    const raw = await source.read(8 + lenBytes, hlen);
    const text = major === 3 ? raw.toString('utf8') : raw.toString('latin1');
    if (!text.endsWith('\n'))
        findings.push({ rule: 'numpy/bad-header', severity: 'warning', message: 'header does not end with a newline (NumPy always writes one)', location: { offset: 8 + lenBytes } });
    let header;
    try {
        header = parsePyLiteral(text.replace(/[\s\x20]+$/, ''));
    }
    catch (e) {
        return err('numpy/bad-header', `header is not the dict literal NumPy writes: ${e.message}`, 8 + lenBytes);
    }
    if (!header || typeof header !== 'object' || Array.isArray(header))
        return err('numpy/bad-header', 'header is not a dict', 8 + lenBytes);
    const h = header;
    const keys = Object.keys(h).sort().join(',');
    if (keys !== 'descr,fortran_order,shape')
        return err('numpy/bad-header', `header keys are {${keys}}, NumPy requires exactly descr, fortran_order, shape`, 8 + lenBytes);
    if (typeof h.fortran_order !== 'boolean')
        return err('numpy/bad-header', 'fortran_order is not a bool', 8 + lenBytes);
    const shape = h.shape;
    if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0))
        return err('numpy/bad-header', 'shape is not a tuple of non-negative ints', 8 + lenBytes);
    const itemsize = descrItemsize(h.descr);
    if (itemsize === null)
        return err('numpy/unsupported-dtype', `dtype ${JSON.stringify(h.descr)} cannot be sized, so the data cannot be verified`, 8 + lenBytes);
    const details = { version: major, descr: h.descr, shape, fortranOrder: h.fortran_order };
    if (itemsize === 'object') {
        // np.save writes the array with pickle after the header; np.load(allow_pickle=True) unpickles it.
        const r = await runPickleScan(source, ctx, 'numpy', { start: dataStart });
        findings.push({ rule: 'numpy/object-array', severity: 'warning', message: 'object array: its data is a pickle, loaded only with np.load(allow_pickle=True); it was scanned', location: { offset: dataStart } });
        return toResult(r, findings, details);
    }
    let bytes = itemsize;
    for (const d of shape)
        bytes *= d;
    if (!Number.isSafeInteger(bytes))
        return err('numpy/bad-header', 'shape × itemsize overflows', 8 + lenBytes);
    const have = source.size - dataStart;
    if (have < bytes)
        return err('numpy/truncated', `data is ${have} bytes, shape × itemsize is ${bytes}`, dataStart);
    if (have > bytes)
        findings.push({ rule: 'numpy/trailing-data', severity: 'error', message: `${have - bytes} byte(s) after the array data (np.load ignores them; they cannot be verified)`, location: { offset: dataStart + bytes } });
    return { findings, details: { ...details, dataBytes: bytes } };
}
const npyAnalyzer = {
    format: 'numpy',
    sniff: (head) => head.length >= 6 && head.subarray(0, 6).equals(MAGIC),
    analyze: analyzeNpy,
};

;// CONCATENATED MODULE: ./src/validate/formats/pickle.ts
/** Raw pickle files (`.pkl`, `.pickle`, `.dat`, `.bin`...): every pickle in the stream is scanned. */


const pickleAnalyzer = {
    format: 'pickle',
    sniff: (head, size) => sniffPickle(head, size),
    async analyze(source, ctx) {
        const r = await runPickleScan(source, ctx, 'pickle');
        const joblib = r.globals.some((g) => g.name.startsWith('joblib.numpy_pickle.'));
        return toResult(r, [], joblib ? { container: 'joblib' } : {});
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/pytorch.ts
/**
 * PyTorch checkpoints. The zip format (torch >= 1.6) shares the zip-family analyzer; the legacy format
 * (torch < 1.6, still what many `pytorch_model.bin` files are) is five pickles back to back — magic number,
 * protocol version, system info, the object, the storage keys — followed by raw storages. All five are
 * scanned with a fresh memo each (modelscan scans only the first), the magic must be a literal (a magic
 * produced by a call is the `pytorch_magic_bypass` trick), and the storages must account for every byte.
 */




const pytorchZipAnalyzer = pytorchZipAnalyzerImpl;
/** PROTO 2, LONG1 of 10 bytes, then the magic number little-endian. */
const LEGACY_HEAD = Buffer.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
const pytorchLegacyAnalyzer = {
    format: 'pytorch-legacy',
    sniff: (head) => head.length >= LEGACY_HEAD.length && head.subarray(0, LEGACY_HEAD.length).equals(LEGACY_HEAD),
    async analyze(source, ctx) {
        const r = await runPickleScan(source, ctx, 'pytorch', { maxPickles: 5, trailing: 'allow', collectStorage: true });
        const extra = [];
        const err = (rule, message, offset) => { extra.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) }); };
        const [magic, version, , , keys] = r.pickles;
        if (magic && (magic.globals > 0 || magic.result !== TORCH_LEGACY_MAGIC)) {
            err(magic.globals > 0 ? 'pytorch/magic-bypass' : 'pytorch/bad-magic', magic.globals > 0
                ? 'the legacy magic-number pickle imports or calls globals: the magic is computed, not a literal (a known bypass)'
                : 'the first pickle is not PyTorch\'s legacy magic number', magic.offset);
        }
        if (!r.complete)
            return toResult(r, extra, { container: 'pytorch-legacy' });
        if (r.pickles.length < 5) {
            err('pytorch/legacy-truncated', `only ${r.pickles.length} of the 5 pickles of a legacy PyTorch file`, r.end);
            return toResult(r, extra, { container: 'pytorch-legacy' });
        }
        if (version.result !== 1001)
            err('pytorch/bad-legacy-header', `legacy protocol version is not 1001`, version.offset);
        const table = storageTable(r.persistentIds, extra);
        const keyList = keys.result instanceof ListValue ? keys.result.items : null;
        if (!keyList || keyList.some((k) => typeof k !== 'string')) {
            err('pytorch/bad-legacy-header', 'the fifth pickle is not the list of storage keys', keys.offset);
            return toResult(r, extra, { container: 'pytorch-legacy' });
        }
        // Raw storages: for each key, an int64 element count then the elements.
        let off = r.end;
        for (const key of keyList) {
            const ref = table.get(key);
            if (!ref || ref.itemsize === null) {
                err('pytorch/missing-storage', `storage key ${JSON.stringify(key)} has no (sizeable) persistent id in the object pickle`, off);
                break;
            }
            if (off + 8 > source.size) {
                err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} header runs past the end of the file`, off);
                break;
            }
            const n = Number((await source.read(off, 8)).readBigInt64LE(0));
            if (n !== ref.numel) {
                err('pytorch/storage-size', `storage ${JSON.stringify(key)} holds ${n} elements, the pickle declares ${ref.numel}`, off);
                break;
            }
            off += 8 + n * ref.itemsize;
            if (off > source.size) {
                err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} runs past the end of the file`, off);
                break;
            }
        }
        if (!extra.length && off !== source.size)
            err('pytorch/trailing-data', `${source.size - off} byte(s) after the last storage cannot be verified`, off);
        return toResult(r, extra, { container: 'pytorch-legacy', storages: keyList.length });
    },
};

;// CONCATENATED MODULE: ./src/validate/archive/tar-reader.ts

function cstr(b, start, len) {
    const s = b.subarray(start, start + len);
    const nul = s.indexOf(0);
    return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8');
}
function octal(b, start, len) {
    const f = b.subarray(start, start + len);
    if (f[0] & 0x80) {
        // GNU base-256: big-endian, first byte's high bit set.
        let v = f[0] & 0x7f;
        for (let i = 1; i < f.length; i++)
            v = v * 256 + f[i];
        return Number.isSafeInteger(v) ? v : null;
    }
    const s = f.toString('latin1').replace(/\0.*$/s, '').trim();
    if (s === '')
        return 0;
    return /^[0-7]+$/.test(s) ? parseInt(s, 8) : null;
}
/** True when the block is a plausible tar header (checksum matches). */
function tarChecksumOk(h) {
    if (h.length < 512)
        return false;
    const want = octal(h, 148, 8);
    if (want === null)
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : h[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return want === unsigned || want === signed;
}
function parsePax(text) {
    const out = {};
    let p = 0;
    while (p < text.length) {
        const sp = text.indexOf(' ', p);
        if (sp < 0)
            break;
        const len = Number(text.slice(p, sp));
        if (!Number.isInteger(len) || len <= 0)
            break;
        const rec = text.slice(sp + 1, p + len - 1);
        const eq = rec.indexOf('=');
        if (eq > 0)
            out[rec.slice(0, eq)] = rec.slice(eq + 1);
        p += len;
    }
    return out;
}
async function readTar(src, opts) {
    const findings = [];
    const members = [];
    const err = (rule, message, offset) => { findings.push({ rule, severity: 'error', message, location: { offset } }); };
    const seen = new Map();
    let off = 0;
    let longName = null;
    let pax = {};
    for (;;) {
        if (off + 512 > src.size) {
            err('tar/truncated', `the archive ends at ${src.size} without the two zero blocks that close a tar`, off);
            return { members, findings, ok: false };
        }
        const h = await src.read(off, 512);
        if (h.every((b) => b === 0)) {
            const next = off + 1024 <= src.size ? await src.read(off + 512, 512) : Buffer.alloc(0);
            if (next.length < 512)
                findings.push({ rule: 'tar/truncated', severity: 'error', message: 'only one end-of-archive zero block', location: { offset: off } });
            const after = off + 1024;
            // Whatever follows the end marker is never extracted by tar but may be read by other tools.
            if (after < src.size) {
                const tail = await src.read(after, Math.min(src.size - after, 1 << 16));
                if (tail.some((b) => b !== 0))
                    err('tar/trailing-data', `${src.size - after} byte(s) after the end of the archive`, after);
            }
            return { members, findings, ok: true };
        }
        if (!tarChecksumOk(h)) {
            err('tar/bad-checksum', 'header checksum mismatch: the archive is corrupt or not a tar', off);
            return { members, findings, ok: false };
        }
        const size = octal(h, 124, 12);
        if (size === null) {
            err('tar/bad-header', 'member size is not a number', off);
            return { members, findings, ok: false };
        }
        const type = String.fromCharCode(h[156] || 0x30);
        const dataOffset = off + 512;
        const padded = Math.ceil(size / 512) * 512;
        if (dataOffset + size > src.size) {
            err('tar/truncated', `member data (${size} bytes) runs past the end of the archive`, off);
            return { members, findings, ok: false };
        }
        const magic = h.subarray(257, 263).toString('latin1');
        const prefix = magic.startsWith('ustar') && magic[5] === '\0' ? cstr(h, 345, 155) : '';
        let name = longName ?? pax.path ?? (prefix ? `${prefix}/${cstr(h, 0, 100)}` : cstr(h, 0, 100));
        const effSize = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : size;
        if (effSize !== size) {
            err('tar/bad-header', `pax size ${pax.size} disagrees with the header size ${size}: tar implementations disagree on where the next member starts`, off);
            return { members, findings, ok: false };
        }
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (size > 1 << 20) {
                err('tar/bad-header', `extended header of ${size} bytes`, off);
                return { members, findings, ok: false };
            }
            const body = await src.read(dataOffset, size);
            if (type === 'L')
                longName = cstr(body, 0, body.length);
            else if (type === 'x')
                pax = parsePax(body.toString('utf8'));
            off = dataOffset + padded;
            continue;
        }
        longName = null;
        pax = {};
        if (members.length >= opts.maxMembers) {
            err('archive/too-many-members', `more than maxArchiveMembers (${opts.maxMembers}) members`, off);
            return { members, findings, ok: false };
        }
        name = name.replace(/^\.\//, '');
        const bad = unsafeMemberPath(name);
        if (bad)
            err('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, off);
        if (type === '1' || type === '2') {
            err('archive/link-member', `member ${JSON.stringify(name)} is a ${type === '1' ? 'hard' : 'symbolic'} link to ${JSON.stringify(cstr(h, 157, 100))}`, off);
        }
        else if (type === '3' || type === '4' || type === '6') {
            err('archive/special-member', `member ${JSON.stringify(name)} is a ${type === '6' ? 'FIFO' : 'device file'}`, off);
        }
        else if (!['0', '7', '5'].includes(type)) {
            err('tar/unsupported-entry', `member ${JSON.stringify(name)} has entry type ${JSON.stringify(type)}, which cannot be verified`, off);
        }
        if (type === '0' || type === '7') {
            const key = collisionKey(name);
            const prev = seen.get(key);
            if (prev !== undefined)
                err('archive/duplicate-member', `member ${JSON.stringify(name)} appears more than once (the last copy wins on extraction)`, off);
            else
                seen.set(key, name);
        }
        members.push({ name, type, size, dataOffset });
        off = dataOffset + padded;
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/tar.ts
/** tar archives (incl. the legacy PyTorch v0.1.1 tar format): every regular member is analysed by content. */



const tarAnalyzer = {
    format: 'tar',
    sniff: (h) => h.length >= 512 && (h.toString('latin1', 257, 262) === 'ustar' || tarChecksumOk(h)),
    async analyze(source, ctx) {
        const listing = await readTar(source, { maxMembers: ctx.limits.maxArchiveMembers });
        const findings = [...listing.findings];
        const members = [];
        let total = 0;
        for (const m of listing.members) {
            if (m.type !== '0' && m.type !== '7')
                continue;
            total += m.size;
            if (total > ctx.limits.maxDecompressedBytes) {
                findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `members total more than maxDecompressedBytes (${ctx.limits.maxDecompressedBytes})`, location: { member: m.name } });
                break;
            }
            const r = await analyzeMember(ctx, sliceSource(source, `${source.name}!/${m.name}`, m.dataOffset, m.size), m.name);
            findings.push(...r.findings);
            members.push({ name: m.name, format: r.format, size: m.size });
        }
        const legacyTorch = ['sys_info', 'pickle', 'storages', 'tensors'].every((n) => listing.members.some((m) => m.name === n));
        return { findings, details: { members, ...(legacyTorch ? { container: 'pytorch-legacy-tar' } : {}) } };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/torchscript.ts
/**
 * TorchScript archives (`torch.jit.save`): a zip with `code/` (TorchScript source that torch compiles and
 * runs on load), `constants.pkl` and `data.pkl`. Every `.pkl` is scanned under the TorchScript policy
 * (`__torch__.*` classes resolve inside TorchScript, not through Python imports), and the code is flagged
 * for review. Shares the zip-family analyzer.
 */

const torchscriptAnalyzer = torchscriptAnalyzerImpl;

;// CONCATENATED MODULE: ./src/validate/formats/index.ts

















/**
 * Every format, tried in order: the first whose sniff() accepts the head wins. Order matters:
 * precise magics first, then the containers (a .keras is a zip), then the pickle family (protocol 0
 * and 1 pickles are printable text and must be caught before the text fallback), then JSON and text.
 */
const ANALYZERS = [
    // Not models, by unmistakable content.
    emptyAnalyzer,
    lfsPointerAnalyzer,
    // Precise magic numbers.
    ggufAnalyzer,
    safetensorsAnalyzer,
    tfliteAnalyzer,
    hdf5Analyzer,
    savedModelAnalyzer,
    onnxAnalyzer,
    kerasAnalyzer,
    // Containers, pickles, NumPy, compressed streams.
    pytorchLegacyAnalyzer,
    npyAnalyzer,
    gzipAnalyzer,
    bzip2Analyzer,
    xzAnalyzer,
    unsupportedContainerAnalyzer,
    pytorchZipAnalyzer,
    torchscriptAnalyzer,
    npzAnalyzer,
    zipAnalyzer_,
    tarAnalyzer,
    joblibAnalyzer,
    pickleAnalyzer,
    zlibAnalyzer,
    htmlAnalyzer,
    // Fallbacks: structured text last.
    safetensorsIndexAnalyzer,
    jsonAnalyzer,
    textAnalyzer,
];

;// CONCATENATED MODULE: ./src/validate/detect.ts


/** Bytes read to sniff a format (HDF5 may place its superblock at 512). */
const HEAD_BYTES = 4096;
/** What each extension promises; content decides, and a broken promise is a finding. */
const EXTENSIONS = {
    '.safetensors': ['safetensors'],
    '.gguf': ['gguf'],
    '.onnx': ['onnx'],
    '.ort': ['onnx'],
    '.tflite': ['tflite'],
    '.keras': ['keras'],
    '.h5': ['hdf5'],
    '.hdf5': ['hdf5'],
    '.pb': ['savedmodel', 'onnx'],
    '.npy': ['numpy'],
    '.npz': ['numpy-npz', 'zip'],
    '.pkl': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
    '.pickle': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
    '.joblib': ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
    '.pt': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
    '.pth': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
    '.bin': ['pytorch-zip', 'pytorch-legacy', 'pickle', 'safetensors', 'gguf', 'external-data', 'unknown'],
    '.ckpt': ['pytorch-zip', 'pytorch-legacy', 'pickle'],
    '.zip': ['zip', 'pytorch-zip', 'torchscript', 'keras', 'numpy-npz'],
    '.tar': ['tar', 'pytorch-legacy'],
    '.gz': ['gzip'],
    '.json': ['json', 'safetensors-index'],
    '.md': ['text'],
    '.txt': ['text'],
    '.csv': ['text'],
    '.yml': ['text'],
    '.yaml': ['text'],
    '.py': ['text'],
};
/**
 * Formats whose promise is "no code runs when this loads". Content that can run code behind such a name
 * is an error, not a mismatch: tools that route by extension (picklescan, modelscan) skip it.
 */
const DATA_ONLY_FORMATS = new Set(['safetensors', 'gguf', 'onnx', 'tflite', 'numpy', 'json', 'text', 'safetensors-index']);
const CODE_CAPABLE_FORMATS = new Set(['pickle', 'pytorch-zip', 'pytorch-legacy', 'torchscript', 'joblib', 'keras', 'hdf5', 'savedmodel', 'gzip', 'zlib', 'bzip2', 'xz', 'zip', 'tar', 'numpy-npz', 'unsupported-container']);
function expectedFormats(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.safetensors.index.json'))
        return ['safetensors-index'];
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return ['gzip', 'tar'];
    return EXTENSIONS[external_node_path_default().extname(lower)];
}
/** The analyzer for a head of bytes: content first; a name only settles ambiguous text/protobuf. */
function detect(head, size, name, analyzers = ANALYZERS) {
    const base = name.split('!/').pop() ?? name;
    for (const a of analyzers) {
        if (a.names && a.names.test(base) && (a.sniff(head, size) || !analyzers.some((o) => o !== a && !o.names && o.format !== 'json' && o.format !== 'text' && safeSniff(o, head, size))))
            return a;
    }
    return analyzers.find((a) => safeSniff(a, head, size));
}
function safeSniff(a, head, size) {
    try {
        return a.sniff(head, size);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/validate/hash.ts


/**
 * Two buffers, reused for every read: while the hash consumes one on the main thread, the next read fills
 * the other in the thread pool, so reading and hashing overlap instead of taking turns (a sequential
 * read-then-hash loop ran at 0.69x of `openssl dgst -sha256`; bench/validate.bench.ts). 4 MiB reads keep
 * the number of round trips to the thread pool low without a large footprint.
 */
const HASH_CHUNK = 4 * 1024 * 1024;
/** Streaming sha256 of a source: constant memory, at the speed of the hash (bench/validate.bench.ts). */
/** `onBytes` hears the running count of bytes hashed (progress of large files). */
async function sha256Of(source, signal, onBytes) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const file = FILE_HANDLES.get(source);
    if (file) {
        const buffers = [Buffer.allocUnsafe(HASH_CHUNK), Buffer.allocUnsafe(HASH_CHUNK)];
        let turn = 0;
        let pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (signal?.aborted)
                throw signal.reason ?? new Error('aborted');
            if (bytesRead === 0)
                break;
            const filled = buffers[turn];
            // Start the next read into the other buffer before hashing this one.
            turn ^= 1;
            pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, size + bytesRead);
            hash.update(filled.subarray(0, bytesRead));
            size += bytesRead;
            onBytes?.(size);
        }
        return { sha256: hash.digest('hex'), size };
    }
    for await (const chunk of source.stream()) {
        if (signal?.aborted)
            throw signal.reason ?? new Error('aborted');
        hash.update(chunk);
        size += chunk.length;
        onBytes?.(size);
    }
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./src/core/map-limit.ts
/**
 * Runs `work` over the items, at most `limit` at a time, and gives each item's outcome in the items' order
 * (whatever order they finish in). Outcomes, not a rejection: the caller decides which failure to report,
 * e.g. the first in order, as a loop one at a time would have.
 */
async function mapLimit(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                outcomes[i] = { status: 'fulfilled', value: await work(items[i], i) };
            }
            catch (reason) {
                outcomes[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
    return outcomes;
}
/** The values of the outcomes, in order; throws the first failure in order. */
function valuesInOrder(outcomes) {
    return outcomes.map((o) => {
        if (o.status === 'rejected')
            throw o.reason;
        return o.value;
    });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/validate/manifest.ts




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Parses the `sha256sum` format (GNU, with `*` binary marks and `\`-escaped names, or BSD tags) or JSON. */
function parseManifest(data) {
    const text = decodeUtf8Strict(data);
    if (text === undefined)
        return { kind: 'sha256sum', entries: [], findings: [error('manifest/syntax', 'the manifest is not valid UTF-8')] };
    const trimmed = text.trimStart();
    return trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJsonManifest(text) : parseSha256sum(text);
}
function parseSha256sum(text) {
    const entries = [];
    const findings = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const lineNo = i + 1;
        if (line.trim() === '' || line.startsWith('#'))
            return;
        let m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        let name;
        let hash;
        if (m) {
            hash = m[2];
            name = m[1] ? unescapeName(m[3]) : m[3];
        }
        else if ((m = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/.exec(line))) {
            hash = m[3];
            name = m[1] ? unescapeName(m[2]) : m[2];
        }
        if (name === undefined || hash === undefined) {
            findings.push(error('manifest/syntax', `line ${lineNo} is not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}`, { line: lineNo }));
            return;
        }
        entries.push({ path: normalise(name), written: name, sha256: hash.toLowerCase(), line: lineNo });
    });
    return { kind: 'sha256sum', entries, findings };
}
/** GNU coreutils escapes `\` as `\\`, newline as `\n` and CR as `\r` and then prefixes the line with `\`. */
function unescapeName(s) {
    return s.replace(/\\(\\|n|r)/g, (_m, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}
function parseJsonManifest(text) {
    const entries = [];
    const findings = [];
    let parsed;
    try {
        parsed = parseStrictJson(text);
    }
    catch (err) {
        return { kind: 'json', entries, findings: [error('manifest/syntax', `the JSON manifest is not valid JSON: ${err.message}`)] };
    }
    for (const d of parsed.duplicates)
        findings.push(error('manifest/duplicate-entry', `key ${JSON.stringify(d.key)} appears twice in the JSON manifest`, { offset: d.offset }));
    const doc = parsed.value;
    const add = (p, sha, size, pointer) => {
        if (typeof p !== 'string' || typeof sha !== 'string' || !HEX64.test(sha) || (size !== undefined && (typeof size !== 'number' || size < 0))) {
            findings.push(error('manifest/syntax', `${pointer} needs a "path", a 64-hex-digit "sha256" and optionally a "size" in bytes`, { pointer }));
            return;
        }
        entries.push({ path: normalise(p), written: p, sha256: sha.toLowerCase(), size: size });
    };
    if (isPlainObject(doc) && isPlainObject(doc.files)) {
        for (const [p, v] of Object.entries(doc.files)) {
            if (isPlainObject(v))
                add(p, v.sha256, v.size, `files.${p}`);
            else
                add(p, v, undefined, `files.${p}`);
        }
    }
    else if (Array.isArray(doc) || (isPlainObject(doc) && Array.isArray(doc.files))) {
        const list = (Array.isArray(doc) ? doc : doc.files);
        list.forEach((e, i) => add(isPlainObject(e) ? e.path : undefined, isPlainObject(e) ? e.sha256 : undefined, isPlainObject(e) ? e.size : undefined, `[${i}]`));
    }
    else {
        findings.push(error('manifest/syntax', 'a JSON manifest is {"files": {"path": "sha256"}} or [{"path", "sha256", "size"}]'));
    }
    return { kind: 'json', entries, findings };
}
/** `./a//b` -> `a/b`; what is left is compared exactly (case and Unicode form matter). */
function normalise(p) {
    return p.split('/').filter((s) => s !== '' && s !== '.').join('/');
}
/** Checks every entry against the files under root, and every file in scope against the entries. */
async function checkManifest(input) {
    const manifestFindings = [];
    const fileFindings = new Map();
    const addFile = (abs, f) => fileFindings.set(abs, [...(fileFindings.get(abs) ?? []), f]);
    const rel = (abs) => external_node_path_default().relative(input.root, abs).split((external_node_path_default()).sep).join('/');
    const scopeByRel = new Map(input.scope.map((abs) => [rel(abs), abs]));
    const listed = new Set();
    const seen = new Map();
    let checked = 0;
    const twinKey = (p) => p.normalize('NFC').toLowerCase();
    const twins = new Map();
    for (const e of input.entries) {
        const where = { line: e.line, pointer: e.line ? undefined : e.written };
        const why = unsafeRelativePath(e.written.replace(/^\.\//, ''));
        if (why) {
            manifestFindings.push(error('manifest/unsafe-path', `entry ${JSON.stringify(e.written)} is refused: ${why}`, where));
            continue;
        }
        const prior = seen.get(e.path);
        if (prior) {
            if (prior.sha256 !== e.sha256)
                manifestFindings.push(error('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice with different hashes`, where));
            else
                manifestFindings.push(warning('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice`, where));
            continue;
        }
        seen.set(e.path, e);
        const key = twinKey(e.path);
        const twin = twins.get(key);
        if (twin !== undefined) {
            const unicode = twin.normalize('NFC') === e.path.normalize('NFC');
            manifestFindings.push(error(unicode ? 'manifest/unicode-twin' : 'manifest/case-twin', `${JSON.stringify(e.path)} and ${JSON.stringify(twin)} differ only in ${unicode ? 'Unicode normalisation (NFC/NFD)' : 'letter case'}: on some file systems they are one file`, where));
        }
        twins.set(key, e.path);
        const { file, problem } = await containedFile(input.root, e.path);
        if (!file) {
            const alias = [...scopeByRel.keys()].find((r) => twinKey(r) === key && r !== e.path);
            if (alias)
                manifestFindings.push(error('manifest/name-mismatch', `${JSON.stringify(e.path)} is listed but the file is spelled ${JSON.stringify(alias)} (case or Unicode form differs)`, where));
            else if (problem.rule === 'missing')
                manifestFindings.push(error('manifest/missing-file', `${JSON.stringify(e.path)} is listed but missing`, where));
            else
                manifestFindings.push(error('manifest/unsafe-path', `${JSON.stringify(e.path)}: ${problem.message}`, where));
            continue;
        }
        listed.add(file.absolute);
        checked++;
        const d = await input.digest(file.absolute);
        if (d.sha256 !== e.sha256) {
            addFile(file.absolute, error('manifest/sha256-mismatch', `sha256 is ${d.sha256} but ${external_node_path_default().basename(input.manifestPath)} says ${e.sha256}: the file changed or is not the one released`, where));
        }
        else if (e.size !== undefined && d.size !== e.size) {
            addFile(file.absolute, error('manifest/size-mismatch', `size is ${d.size} bytes but the manifest says ${e.size}`, where));
        }
    }
    const manifestAbs = external_node_path_default().resolve(input.manifestPath);
    const scopeTwins = new Map();
    for (const abs of input.scope) {
        const r = rel(abs);
        const key = twinKey(r);
        const other = scopeTwins.get(key);
        if (other !== undefined)
            addFile(abs, error('manifest/case-twin', `${JSON.stringify(r)} and ${JSON.stringify(other)} differ only in case or Unicode form: a case-insensitive checkout keeps one of them`));
        scopeTwins.set(key, r);
        if (abs === manifestAbs || listed.has(abs) || /\.(sig|asc|minisig|sigstore|bundle)$/.test(abs))
            continue;
        addFile(abs, error('manifest/unlisted-file', `not listed in ${external_node_path_default().basename(input.manifestPath)}: an unverified file would ship with the model`));
    }
    return { manifestFindings, fileFindings, checked };
}

;// CONCATENATED MODULE: ./src/validate/walk.ts





/**
 * Which files a validation run reads: the paths given, folders walked (symbolic links never followed,
 * special files refused, ignore globs applied, depth and count bounded), and each file opened so that a
 * link or FIFO swapped in after the walk is refused.
 */
const MAX_WALK_DEPTH = 32;
const MAX_WALK_FILES = 100_000;
/**
 * The files behind `paths` (relative to `cwd`). A path that does not exist is a usage error (ModelshipError);
 * a path the user typed may be a symbolic link, and what it points to is validated, inside its own folder.
 */
async function collectFiles(paths, cwd, ignore, targets) {
    const out = { files: [], problems: new Map(), roots: [] };
    // Asked all at once (a repository may configure hundreds of models); refused in the order given.
    const stats = await Promise.all(paths.map((p) => (0,promises_.lstat)(external_node_path_default().resolve(cwd, p)).catch(() => undefined)));
    for (const [i, p] of paths.entries()) {
        const absolute = external_node_path_default().resolve(cwd, p);
        const st = stats[i];
        if (!st) {
            throw new errors/* ModelshipError */.W7(`no such file or folder: ${p}`, { hint: 'pass existing files or folders, or configure models in modelship.yml' });
        }
        const target = targets?.get(absolute);
        if (st.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            if (!real)
                throw new errors/* ModelshipError */.W7(`${p} is a dangling symbolic link`);
            const rs = await (0,promises_.lstat)(real);
            if (rs.isDirectory()) {
                out.roots.push(real);
                await walk(real, real, 0, out.files, out.problems, ignore, target);
            }
            else
                out.files.push({ absolute: real, target });
        }
        else if (st.isDirectory()) {
            out.roots.push(absolute);
            await walk(absolute, absolute, 0, out.files, out.problems, ignore, target);
        }
        else {
            out.files.push({ absolute, target });
        }
    }
    return out;
}
async function walk(dir, root, depth, out, problems, ignore, target) {
    if (depth > MAX_WALK_DEPTH) {
        problems.set(dir, [error('walk/too-deep', `folders nested deeper than ${MAX_WALK_DEPTH}`)]);
        return;
    }
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const absolute = external_node_path_default().join(dir, entry.name);
        const rel = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
        if (entry.name === '.git' || ignore.some((g) => globMatch(g, rel)))
            continue;
        if (out.length >= MAX_WALK_FILES) {
            problems.set(dir, [error('walk/too-many-files', `more than ${MAX_WALK_FILES} files`)]);
            return;
        }
        if (entry.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            const inside = real !== undefined && isInside(root, real);
            problems.set(absolute, [
                inside
                    ? warning('walk/symlink', `a symbolic link (to ${external_node_path_default().relative(root, real)}); not followed: its target is validated on its own`)
                    : error('walk/symlink-escape', `a symbolic link pointing outside the folder${real ? ` (to ${real})` : ' (dangling)'}: a loader following it reads a file nobody validated`),
            ]);
            continue;
        }
        if (entry.isDirectory())
            await walk(absolute, root, depth + 1, out, problems, ignore, target);
        else if (entry.isFile())
            out.push({ absolute, walkRoot: root, target: undefined });
        else
            problems.set(absolute, [error('walk/special-file', 'a device, FIFO or socket, not a regular file: refused (reading it could block or never end)')]);
    }
}
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** `*` within a segment, `**` across segments, `?` one character. */
function globMatch(glob, rel) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(rel) || new RegExp(`^${re}/`).test(rel);
}
/** Opens a regular file for reading, or says why it is refused. */
async function openRegular(absolute) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const st = await handle.stat();
    if (!st.isFile()) {
        await handle.close();
        return { problem: NOT_REGULAR() };
    }
    return { handle, stats: st };
}
// O_NOFOLLOW: a link swapped in after the walk is refused; O_NONBLOCK: a FIFO swapped in cannot hang us.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const NOT_REGULAR = () => error('walk/special-file', 'not a regular file: refused');
function openProblem(err) {
    if (err.code === 'ELOOP')
        return error('walk/symlink', 'the path became a symbolic link during validation: refused');
    return error('walk/unreadable', `cannot open the file: ${err.message}`);
}
/** openRegular with synchronous calls, for small files (the caller closes `fd`). */
function openRegularSync(absolute) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const stats = (0,external_node_fs_.fstatSync)(fd);
    if (!stats.isFile()) {
        (0,external_node_fs_.closeSync)(fd);
        return { problem: NOT_REGULAR() };
    }
    return { fd, stats };
}

;// CONCATENATED MODULE: ./src/validate/manifest-checks.ts









const MANIFEST_NAMES = ['SHA256SUMS', 'SHA256SUMS.txt', 'sha256sums.txt'];
/**
 * Checks the SHA256SUMS manifests of a run against the files: an explicit `--manifest`, else every walked
 * folder's own manifest (its scope stops where a deeper folder has one), and, for a file named on its own,
 * a manifest beside it that lists it. Hashes already computed during validation are reused. A manifest's
 * findings go on its own report (added to `results` when it was not validated), a listed file's on that file's.
 */
async function applyManifests(options, walked, results, display) {
    const jobs = [];
    if (options.manifest) {
        const manifest = external_node_path_default().resolve(options.cwd, options.manifest);
        const root = external_node_path_default().dirname(manifest);
        jobs.push({ manifest, root, scope: walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute)).map((w) => w.absolute) });
    }
    else {
        // Every folder met in a walk that holds a SHA256SUMS is checked against it; its scope stops where a
        // deeper folder has its own manifest.
        const manifests = walked.filter((w) => w.walkRoot !== undefined && MANIFEST_NAMES.includes(external_node_path_default().basename(w.absolute))).map((w) => w.absolute);
        const dirs = manifests.map((m) => external_node_path_default().dirname(m));
        for (const manifest of manifests) {
            const root = external_node_path_default().dirname(manifest);
            const deeper = dirs.filter((d) => d !== root && isInside(root, d));
            const scope = walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute) && !deeper.some((d) => isInside(d, w.absolute))).map((w) => w.absolute);
            jobs.push({ manifest, root, scope });
        }
        // A file named on its own is checked against a SHA256SUMS beside it, when that lists it. The folders
        // are asked all at once (a monorepo names hundreds of files), each folder once.
        const named = walked.filter((x) => x.walkRoot === undefined);
        const folders = [...new Set(named.map((w) => external_node_path_default().dirname(w.absolute)))];
        const found = new Map(await Promise.all(folders.map(async (dir) => [dir, await manifestIn(dir)])));
        for (const w of named) {
            const dir = external_node_path_default().dirname(w.absolute);
            const manifest = found.get(dir);
            if (manifest !== undefined) {
                const existing = jobs.find((j) => j.manifest === manifest && j.only);
                if (existing)
                    existing.only.add(w.absolute);
                else if (!jobs.some((j) => j.manifest === manifest))
                    jobs.push({ manifest, root: dir, scope: [], only: new Set([w.absolute]) });
            }
        }
    }
    // Each manifest is read and checked concurrently (a monorepo has one beside every model); the findings are
    // applied afterwards in the order of the jobs, and the first unreadable manifest in that order is reported.
    const checked = valuesInOrder(await mapLimit(jobs, 8, async (job) => {
        let data;
        try {
            data = await (0,promises_.readFile)(job.manifest);
        }
        catch {
            throw new errors/* ModelshipError */.W7(`cannot read the manifest ${display(job.manifest)}`, { hint: 'pass a sha256sum-format or JSON manifest with --manifest' });
        }
        const parsed = parseManifest(data);
        const entries = job.only ? parsed.entries.filter((e) => job.only.has(external_node_path_default().resolve(job.root, e.path))) : parsed.entries;
        if (job.only && entries.length === 0)
            return undefined;
        const check = await checkManifest({
            manifestPath: job.manifest,
            entries,
            root: job.root,
            scope: job.scope,
            digest: async (abs) => {
                const known = results.get(abs)?.digest;
                if (known)
                    return known;
                const { handle } = await openRegular(abs);
                if (!handle)
                    return { sha256: '', size: -1 };
                try {
                    const st = await handle.stat();
                    return await sha256Of(fileHandleSource(abs, handle, st.size, abs));
                }
                finally {
                    await handle.close();
                }
            },
        });
        return { job, data, parsed, check };
    }));
    for (const done of checked) {
        if (!done)
            continue;
        const { job, data, parsed, check } = done;
        // A finding about a listed file that points at a manifest line says which file that line is in.
        const inManifest = (f) => (f.location?.line !== undefined ? { ...f, location: { ...f.location, file: display(job.manifest) } } : f);
        if (job.only) {
            // The manifest was not asked for: its own problems matter only for the entries checked.
            for (const f of [...parsed.findings, ...check.manifestFindings]) {
                for (const abs of job.only)
                    results.get(abs)?.report.findings.push(inManifest({ ...f, message: `${display(job.manifest)}: ${f.message}` }));
            }
            for (const [abs, findings] of check.fileFindings)
                results.get(abs)?.report.findings.push(...findings.map(inManifest));
            for (const abs of job.only)
                results.get(abs)?.report.findings.push(note('manifest/checked', `sha256 matches ${display(job.manifest)}`));
            continue;
        }
        let holder = results.get(job.manifest);
        if (!holder) {
            holder = { report: { path: display(job.manifest), format: 'text', size: data.length, sha256: '', verdict: 'fail', findings: [] } };
            results.set(job.manifest, holder);
        }
        holder.report.findings = holder.report.findings.filter((f) => f.rule !== 'format/not-a-model');
        holder.report.findings.push(...parsed.findings, ...check.manifestFindings);
        holder.report.findings.push(note('manifest/checked', `${check.checked} of ${parsed.entries.length} entries checked against the files`));
        if (parsed.entries.length === 0 && parsed.findings.length === 0)
            holder.report.findings.push(error('manifest/empty', 'the manifest lists no files'));
        for (const [abs, findings] of check.fileFindings) {
            const r = results.get(abs);
            if (r)
                r.report.findings.push(...findings.map(inManifest));
        }
    }
}
/** The first of the manifest names that is a regular file in `dir`, if any. */
async function manifestIn(dir) {
    for (const name of MANIFEST_NAMES) {
        const manifest = external_node_path_default().join(dir, name);
        if (await (0,promises_.lstat)(manifest).then((st) => st.isFile(), () => false))
            return manifest;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/signature-check.ts

/** The configured signature against the file's: names, element types, and fixed sizes must agree. */
function compareSignature(expected, actual) {
    const findings = [];
    for (const side of ['inputs', 'outputs']) {
        const have = new Map(actual[side].map((t) => [t.name, t]));
        for (const want of expected[side]) {
            const got = have.get(want.name);
            if (!got) {
                if (!want.optional)
                    findings.push(error('signature/missing-tensor', `modelship.yml expects ${side.slice(0, -1)} ${JSON.stringify(want.name)}, which the model does not declare (it has ${[...have.keys()].join(', ') || 'none'})`, { pointer: `${side}.${want.name}` }));
                continue;
            }
            if (got.dtype !== want.dtype)
                findings.push(error('signature/dtype-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} is ${got.dtype}, modelship.yml expects ${want.dtype}`, { pointer: `${side}.${want.name}` }));
            if (got.shape.length !== want.shape.length) {
                findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} has rank ${got.shape.length} [${got.shape.join(', ')}], modelship.yml expects [${want.shape.join(', ')}]`, { pointer: `${side}.${want.name}` }));
            }
            else {
                want.shape.forEach((d, i) => {
                    const g = got.shape[i];
                    if (typeof d === 'number' && typeof g === 'number' && d !== g) {
                        findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} dimension ${i} is ${g}, modelship.yml expects ${d}`, { pointer: `${side}.${want.name}` }));
                    }
                });
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/lanes.ts

/**
 * Runs the validation of several files at once: a small file's time is mostly waiting on the file system
 * (open, stat, read, stat, close), so overlapping them is what a repository of many models needs. A large
 * file runs alone, so its reads and hashing have the disk, the cores and the memory to themselves, and no
 * more than `lanes` small files (each read whole) are in memory at a time.
 */
class SizeLanes {
    lanes;
    largeBytes;
    small = 0;
    large = false;
    largeWaiting = 0;
    waiters = [];
    constructor(lanes, largeBytes) {
        this.lanes = lanes;
        this.largeBytes = largeBytes;
    }
    /** Runs `work` for every item, at most `lanes` at a time, results in the items' order; the first failure in order is thrown. */
    async map(items, work) {
        return valuesInOrder(await mapLimit(items, this.lanes, work));
    }
    /** Holds `work` until a file of `size` bytes may run: small ones together, a large one alone. */
    async withSize(size, work) {
        const large = size > this.largeBytes;
        if (large)
            this.largeWaiting++;
        while (large ? this.large || this.small > 0 : this.large || this.largeWaiting > 0)
            await new Promise((resolve) => this.waiters.push(resolve));
        if (large) {
            this.largeWaiting--;
            this.large = true;
        }
        else
            this.small++;
        try {
            return await work();
        }
        finally {
            if (large)
                this.large = false;
            else
                this.small--;
            const waiting = this.waiters;
            this.waiters = [];
            for (const wake of waiting)
                wake();
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/engine.ts













/** Files up to this size are read once into memory: the bytes hashed are exactly the bytes parsed. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;
/** Files validated at once, and the size above which a file runs alone (so at most 4 x 16 MiB read whole at a time). */
const LANES = 4;
const IN_MEMORY_LANE_BYTES = 16 * 1024 * 1024;
/** Files up to this size are read with synchronous calls (see validateFile). */
const SYNC_READ_BYTES = 1024 * 1024;
/** Formats a folder may hold beside the model without being one. */
const AUXILIARY = new Set(['json', 'text', 'safetensors-index', 'external-data']);
const MODEL_FILE_NAME = /\.(safetensors|gguf|onnx|bin|pt|pth|pkl|pickle|h5|hdf5|keras|tflite|npy|npz|ckpt|joblib|pb|mar|model)$/i;
const NOT_MODELS = new Set(['json', 'text', 'empty', 'git-lfs-pointer', 'html', 'unknown']);
/**
 * Validates files and folders: walks them (symlinks never followed, special files refused), hashes each
 * file while it is analyzed, detects its format by content, runs the analyzer under the limits, checks
 * manifests, and aggregates a fail-closed verdict. Usage errors (a path that does not exist) throw
 * ModelshipError; everything about the artifacts themselves is a finding.
 */
async function validateArtifacts(options) {
    const analyzers = options.analyzers ?? ANALYZERS;
    const { files: walked, problems: walkFindings, roots } = await collectFiles(options.paths, options.cwd, options.settings.ignore, options.targets);
    const results = new Map();
    const display = (abs) => {
        const rel = external_node_path_default().relative(options.cwd, abs);
        return (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel).split((external_node_path_default()).sep).join('/');
    };
    const progress = options.progress ?? silentProgress;
    if (options.progress) {
        // Sizes only for the display: the validation itself takes each file's size from its open handle.
        const sizes = await Promise.all([...new Set(walked.map((f) => f.absolute))].map((abs) => (0,promises_.lstat)(abs).then((st) => st.size, () => 0)));
        progress.start('validate', sizes.reduce((a, b) => a + b, 0), 'bytes');
    }
    try {
        const seen = new Set();
        const unique = walked.filter((file) => !seen.has(file.absolute) && seen.add(file.absolute));
        // Bytes hashed so far, file by file: files validate several at a time, so progress is their sum.
        const hashed = new Array(unique.length).fill(0);
        let total = 0;
        const lanes = new SizeLanes(LANES, IN_MEMORY_LANE_BYTES);
        const reports = await lanes.map(unique, async (file, i) => {
            const name = display(file.absolute);
            const onBytes = (bytes) => {
                total += bytes - hashed[i];
                hashed[i] = bytes;
                progress.update(total, name);
            };
            const r = await validateFile(file, name, options.settings, analyzers, lanes, onBytes);
            onBytes(r.report.size);
            return r;
        });
        unique.forEach((file, i) => results.set(file.absolute, reports[i]));
    }
    finally {
        progress.stop();
    }
    for (const [abs, findings] of walkFindings) {
        results.set(abs, { report: { path: display(abs), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings }, claims: [] });
    }
    applyClaims(results);
    for (const root of roots) {
        const inRoot = [...results.values()].filter((r) => r.report.verdict !== undefined && isInside(root, external_node_path_default().resolve(options.cwd, r.report.path)));
        if (!inRoot.some((r) => !AUXILIARY.has(r.report.format) && !NOT_MODELS.has(r.report.format))) {
            const first = inRoot[0];
            const f = error('validate/no-model', `${display(root)} holds no model file`);
            if (first)
                first.report.findings.push(f);
            else
                results.set(root, { report: { path: display(root), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [f] }, claims: [] });
        }
    }
    await applyManifests(options, walked, results, display);
    const artifacts = [...results.values()].map((r) => r.report);
    for (const a of artifacts)
        a.verdict = verdictOf(a.findings, options.settings.failOnWarning);
    return { verdict: artifacts.length > 0 && artifacts.every((a) => a.verdict === 'pass') ? 'pass' : 'fail', artifacts };
}
function verdictOf(findings, failOnWarning = false) {
    return findings.some((f) => f.severity === 'error' || (failOnWarning && f.severity === 'warning')) ? 'fail' : 'pass';
}
async function validateFile(file, display, settings, analyzers, lanes, onBytes) {
    const report = { path: display, format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [] };
    const out = { report, claims: [] };
    /** Hashes and analyzes the bytes, then checks the file did not change meanwhile. */
    const check = async (source, before, statAgain) => {
        const hashing = sha256Of(source, undefined, onBytes);
        // Hashing streams once while the analyzer reads what it needs (headers of large files) in parallel.
        hashing.catch(() => undefined);
        const analysis = analyzeTop(source, file, settings, analyzers, external_node_path_default().dirname(file.absolute));
        const [digest, result] = await Promise.all([hashing, analysis]);
        out.digest = digest;
        report.sha256 = digest.sha256;
        report.format = result.format;
        report.findings.push(...result.findings);
        if (result.details)
            report.details = result.details;
        out.claims = result.claims ?? [];
        const after = await statAgain();
        if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || digest.size !== before.size) {
            report.findings.push(error('integrity/changed-during-validation', 'the file changed while it was validated: the hash and the analysis may not describe the same bytes'));
        }
    };
    const tooLarge = (size) => {
        if (size <= settings.limits.maxFileBytes)
            return false;
        report.findings.push(error('limits/file-size', `the file is ${size} bytes, over maxFileBytes (${settings.limits.maxFileBytes})`));
        return true;
    };
    // A small file is opened, read and closed with synchronous calls: each takes microseconds, where the
    // promise API costs tens of them on the main thread and a trip through the thread pool, which was most
    // of validating a repository of many small models.
    const small = openRegularSync(file.absolute);
    if (small.fd === undefined || !small.stats) {
        report.findings.push(small.problem);
        return out;
    }
    const { fd, stats } = small;
    report.size = stats.size;
    if (tooLarge(stats.size) || stats.size <= SYNC_READ_BYTES) {
        try {
            if (stats.size <= SYNC_READ_BYTES) {
                const data = readAllSync(fd, stats.size);
                await lanes.withSize(stats.size, () => check(bufferSource(display, data, file.absolute), stats, () => (0,external_node_fs_.fstatSync)(fd)));
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return out;
    }
    (0,external_node_fs_.closeSync)(fd);
    const { handle, stats: before, problem } = await openRegular(file.absolute);
    if (!handle || !before) {
        report.findings.push(problem);
        return out;
    }
    try {
        report.size = before.size;
        if (tooLarge(before.size))
            return out;
        // Several small files validate at once; a large one waits to run alone (lanes.ts).
        await lanes.withSize(before.size, async () => {
            const source = before.size <= IN_MEMORY_BYTES ? bufferSource(display, await readAll(handle, before.size), file.absolute) : fileHandleSource(display, handle, before.size, file.absolute);
            await check(source, before, () => handle.stat());
        });
    }
    finally {
        await handle.close();
    }
    return out;
}
function readAllSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function readAll(handle, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const { bytesRead } = await handle.read(buf, got, size - got, got);
        if (bytesRead === 0)
            break;
        got += bytesRead;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function analyzeTop(source, file, settings, analyzers, root) {
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, 0);
    const findings = result.findings;
    const base = external_node_path_default().basename(file.absolute);
    const inFolder = file.walkRoot !== undefined;
    // Not a model: fatal when the user pointed at this file, harmless beside a model in a folder.
    if (result.format === 'unknown') {
        findings.push(error('format/unknown', 'the content matches no supported model format: it cannot be checked, so it fails (fail-closed)'));
    }
    else if (!inFolder && (result.format === 'json' || result.format === 'text' || result.format === 'empty')) {
        findings.push(error('format/not-a-model', `a ${result.format === 'empty' ? 'n empty file' : `${result.format} file`}, not a model`));
    }
    else if (inFolder && (result.format === 'empty' || result.format === 'text' || result.format === 'json') && MODEL_FILE_NAME.test(base)) {
        // Beside a model, text is harmless; under a model's name it is what a loader will open (a pickle in
        // protocol 0 that our sniffer cannot place is text to us), so it cannot pass unchecked.
        findings.push(error('format/not-a-model', result.format === 'empty' ? 'an empty file under a model file name' : `named like a model (${external_node_path_default().extname(base)}) but the content is ${result.format}: it cannot be checked as a model, so it fails (fail-closed)`));
    }
    if (result.format === 'text' && /\.py$/i.test(base)) {
        findings.push(warning('format/python-code', 'Python code beside the model: loaders with trust_remote_code run it'));
    }
    const expected = expectedFormats(base);
    if (expected && !expected.includes(result.format) && !['unknown', 'git-lfs-pointer', 'html', 'empty'].includes(result.format)) {
        const claimed = expected[0];
        if (DATA_ONLY_FORMATS.has(claimed) && CODE_CAPABLE_FORMATS.has(result.format)) {
            findings.push(error('format/disguised', `named like ${claimed} (${external_node_path_default().extname(base)}) but the content is ${result.format}, a format that can run code: tools that trust extensions skip it`));
        }
        else {
            findings.push(warning('format/extension-mismatch', `named like ${expected.join(' or ')} (${external_node_path_default().extname(base)}) but the content is ${result.format}`));
        }
    }
    const declared = file.target?.format;
    if (declared && declared !== 'other' && !formatMatchesDeclared(declared, result.format)) {
        findings.push(error('format/declared-mismatch', `modelship.yml declares format ${declared} but the content is ${result.format}`));
    }
    if (file.target?.signature && result.details?.signature) {
        findings.push(...compareSignature(file.target.signature, result.details.signature));
    }
    return result;
}
function formatMatchesDeclared(declared, actual) {
    const map = {
        pytorch: ['pytorch-zip', 'pytorch-legacy', 'torchscript'],
        numpy: ['numpy', 'numpy-npz'],
        pickle: ['pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        joblib: ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        safetensors: ['safetensors', 'safetensors-index'],
    };
    return (map[declared] ?? [declared]).includes(actual);
}
/** Runs the detected analyzer under the time limit; a crash or a timeout is an error, never a pass. */
async function runAnalyzer(source, name, settings, analyzers, root, depth, hint) {
    const head = await source.read(0, HEAD_BYTES);
    const analyzer = detect(head, source.size, hint ?? name, analyzers);
    if (!analyzer)
        return { format: 'unknown', findings: [] };
    const controller = new AbortController();
    const ctx = {
        limits: settings.limits,
        pickle: settings.pickle,
        depth,
        root,
        signal: controller.signal,
        allowCustomOnnxDomains: settings.allowCustomOnnxDomains,
        analyzeNested: (nested, nestedHint, opts) => analyzeNested(nested, nestedHint, opts, settings, analyzers, root, depth + 1),
    };
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort(new Error('timeout'));
            resolve({ format: analyzer.format, findings: [error('limits/timeout', `analysis took longer than timeoutMs (${settings.limits.timeoutMs} ms): not fully checked, so it fails`)] });
        }, settings.limits.timeoutMs);
        timer.unref?.();
    });
    const work = analyzer
        .analyze(source, ctx)
        .then((r) => ({ format: analyzer.format, findings: r.findings, details: r.details, claims: r.claims }))
        .catch((err) => ({
        format: analyzer.format,
        findings: [error('validate/analyzer-error', `the ${analyzer.format} analyzer could not finish: ${err?.message ?? String(err)} (fail-closed)`)],
    }));
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function analyzeNested(source, hint, opts, settings, analyzers, root, depth) {
    if (depth > settings.limits.maxArchiveDepth) {
        return { format: 'unknown', findings: [error('limits/archive-depth', `nested deeper than maxArchiveDepth (${settings.limits.maxArchiveDepth}): not checked, so it fails`, { member: hint })] };
    }
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, depth, hint);
    const findings = result.findings.map((f) => (result.format === 'html' && f.rule === 'format/html' ? { ...f, severity: 'warning' } : f));
    if (result.format === 'unknown') {
        findings.push(opts?.requireModel ? error('format/unknown', 'a member whose content matches no supported format (fail-closed)', { member: hint }) : note('format/unknown-member', 'raw data in no known format (not analyzed)', { member: hint }));
    }
    if (hint) {
        const expected = expectedFormats(hint);
        if (expected && !expected.includes(result.format) && DATA_ONLY_FORMATS.has(expected[0]) && CODE_CAPABLE_FORMATS.has(result.format)) {
            findings.push(error('format/disguised', `member named like ${expected[0]} holds ${result.format}, a format that can run code`, { member: hint }));
        }
    }
    return { format: result.format, findings };
}
/** Files an artifact vouched for (external data, variables) are data, not unknown files. */
function applyClaims(results) {
    const owners = new Map();
    for (const r of results.values())
        for (const c of r.claims)
            owners.set(c, r.report.path);
    for (const [abs, r] of results) {
        const owner = owners.get(abs);
        if (!owner || r.report.format !== 'unknown')
            continue;
        r.report.format = 'external-data';
        r.report.findings = r.report.findings.filter((f) => f.rule !== 'format/unknown');
        r.report.findings.push(note('format/external-data', `raw tensor data of ${owner} (its ranges were checked there)`));
    }
}


/***/ })

};
