export const id = 5563;
export const ids = [5563,4456,2075];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 71988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ readOnnxModel),
/* harmony export */   dq: () => (/* binding */ OnnxFormatError),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export ONNX_DTYPES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

class OnnxFormatError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} (at byte ${offset})`);
        this.offset = offset;
        this.name = 'OnnxFormatError';
    }
}
const MAX_INLINE_RANGES = 1000;
const DEFAULTS = { maxDepth: 32, maxStringBytes: 1 << 20, maxItems: 2_000_000 };
const ONNX_DTYPES = {
    1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
    10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
    17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz', 21: 'uint4', 22: 'int4',
    23: 'float4e2m1',
};
/** Reads a model from a path or a random-access source. Throws OnnxFormatError on malformed input. */
async function readOnnxModel(source, options = {}) {
    if (typeof source === 'string') {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(source, 'r');
        try {
            const { size } = await handle.stat();
            return await readOnnxModel({
                size,
                read: async (offset, length) => {
                    const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
                    if (buf.length > 0)
                        await handle.read(buf, 0, buf.length, offset);
                    return buf;
                },
            }, options);
        }
        finally {
            await handle.close();
        }
    }
    const reader = new WireReader(source, { ...DEFAULTS, ...options });
    return reader.model();
}
/** A model's signature in modelship.yml's terms. Unknown dims become "?". */
function signatureOf(info) {
    const spec = (v) => ({
        name: v.name,
        dtype: (v.kind === 'tensor' ? v.dtype : v.kind),
        shape: (v.shape ?? []).map((d) => (d === null ? '?' : d)),
    });
    return { inputs: info.inputs.map(spec), outputs: info.outputs.map(spec) };
}
const BLOCK = 1 << 16;
class WireReader {
    src;
    opts;
    block = Buffer.alloc(0);
    blockStart = 0;
    items = 0;
    constructor(src, opts) {
        this.src = src;
        this.opts = opts;
    }
    async byteAt(pos) {
        if (pos < this.blockStart || pos >= this.blockStart + this.block.length) {
            this.blockStart = pos;
            this.block = await this.src.read(pos, Math.min(BLOCK, this.src.size - pos));
            if (this.block.length === 0)
                throw new OnnxFormatError('unexpected end of file', pos);
        }
        return this.block[pos - this.blockStart];
    }
    async varint(pos, end) {
        let result = 0n;
        let shift = 0n;
        for (let i = 0; i < 10; i++) {
            if (pos >= end)
                throw new OnnxFormatError('truncated varint', pos);
            const b = await this.byteAt(pos++);
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return [result, pos];
            shift += 7n;
        }
        throw new OnnxFormatError('varint longer than 10 bytes', pos);
    }
    /** Iterates the fields of the message in [start, end). */
    async *fields(start, end) {
        let pos = start;
        while (pos < end) {
            const at = pos;
            const [tag, next] = await this.varint(pos, end);
            pos = next;
            const field = Number(tag >> 3n);
            const wire = Number(tag & 7n);
            if (field === 0)
                throw new OnnxFormatError('field number 0 is invalid', at);
            switch (wire) {
                case 0: {
                    const [value, after] = await this.varint(pos, end);
                    pos = after;
                    yield { field, wire, at, value };
                    break;
                }
                case 1:
                    if (pos + 8 > end)
                        throw new OnnxFormatError('truncated 64-bit field', at);
                    pos += 8;
                    yield { field, wire, at };
                    break;
                case 5:
                    if (pos + 4 > end)
                        throw new OnnxFormatError('truncated 32-bit field', at);
                    pos += 4;
                    yield { field, wire, at };
                    break;
                case 2: {
                    const [len, after] = await this.varint(pos, end);
                    if (len > BigInt(end - after)) {
                        throw new OnnxFormatError(`field ${field} declares ${len} bytes but only ${end - after} remain`, at);
                    }
                    const s = after;
                    pos = after + Number(len);
                    yield { field, wire, at, start: s, end: pos };
                    break;
                }
                default:
                    throw new OnnxFormatError(`unsupported protobuf wire type ${wire} in field ${field}`, at);
            }
        }
        if (pos !== end)
            throw new OnnxFormatError('message overruns its length', pos);
    }
    async string(f, what) {
        this.expectWire(f, 2, what);
        const len = f.end - f.start;
        if (len > this.opts.maxStringBytes)
            throw new OnnxFormatError(`${what} is ${len} bytes, over the ${this.opts.maxStringBytes}-byte limit`, f.at);
        const buf = await this.src.read(f.start, len);
        if (buf.length !== len)
            throw new OnnxFormatError(`${what} is truncated`, f.at);
        const text = buf.toString('utf8');
        // Protobuf strings must be valid UTF-8; a lossy decode means they were not.
        if (!Buffer.from(text, 'utf8').equals(buf))
            throw new OnnxFormatError(`${what} is not valid UTF-8`, f.at);
        return text;
    }
    int(f, what) {
        this.expectWire(f, 0, what);
        const v = BigInt.asIntN(64, f.value);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new OnnxFormatError(`${what} ${v} is out of range`, f.at);
        }
        return Number(v);
    }
    expectWire(f, wire, what) {
        if (f.wire !== wire)
            throw new OnnxFormatError(`${what} has wire type ${f.wire}, expected ${wire}`, f.at);
    }
    count(at) {
        if (++this.items > this.opts.maxItems)
            throw new OnnxFormatError(`more than ${this.opts.maxItems} graph items`, at);
    }
    async model() {
        if (this.src.size === 0)
            throw new OnnxFormatError('empty file', 0);
        const info = {
            irVersion: 0, producerName: '', producerVersion: '', domain: '', modelVersion: 0, opsetImports: [], metadata: {},
            graphName: '', inputs: [], outputs: [], declaredInputs: [], initializers: [], sparseInitializerCount: 0, nodes: [],
            functions: [], hasGraph: false,
        };
        for await (const f of this.fields(0, this.src.size)) {
            switch (f.field) {
                case 1:
                    info.irVersion = this.int(f, 'ir_version');
                    break;
                case 2:
                    info.producerName = await this.string(f, 'producer_name');
                    break;
                case 3:
                    info.producerVersion = await this.string(f, 'producer_version');
                    break;
                case 4:
                    info.domain = await this.string(f, 'domain');
                    break;
                case 5:
                    info.modelVersion = this.int(f, 'model_version');
                    break;
                case 7:
                    this.expectWire(f, 2, 'graph');
                    info.hasGraph = true;
                    await this.graph(f.start, f.end, info, 0);
                    break;
                case 8:
                    this.expectWire(f, 2, 'opset_import');
                    info.opsetImports.push(await this.opset(f));
                    break;
                case 14: {
                    this.expectWire(f, 2, 'metadata_props');
                    const [k, v] = await this.entry(f);
                    info.metadata[k] = v;
                    break;
                }
                case 25:
                    this.expectWire(f, 2, 'functions');
                    info.functions.push(await this.fn(f));
                    break;
                default: break; // unknown or unreported fields are skipped by length
            }
        }
        const initNames = new Set(info.initializers.map((i) => i.name));
        info.inputs = info.declaredInputs.filter((i) => !initNames.has(i.name));
        return info;
    }
    async opset(f) {
        const out = { domain: '', version: 0 };
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field === 1)
                out.domain = await this.string(g, 'opset_import.domain');
            else if (g.field === 2)
                out.version = this.int(g, 'opset_import.version');
        }
        return out;
    }
    async entry(f) {
        let key = '';
        let value = '';
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field === 1)
                key = await this.string(g, 'key');
            else if (g.field === 2)
                value = await this.string(g, 'value');
        }
        return [key, value];
    }
    async fn(f) {
        const out = { name: '', domain: '' };
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field === 1)
                out.name = await this.string(g, 'function.name');
            else if (g.field === 10)
                out.domain = await this.string(g, 'function.domain');
        }
        return out;
    }
    async graph(start, end, info, depth) {
        if (depth > this.opts.maxDepth)
            throw new OnnxFormatError(`subgraphs nested deeper than ${this.opts.maxDepth}`, start);
        for await (const f of this.fields(start, end)) {
            if (depth > 0) {
                // Subgraphs contribute their nodes (op types and domains matter for safety), not the signature.
                if (f.field === 1) {
                    this.expectWire(f, 2, 'node');
                    await this.node(f, info, depth);
                }
                continue;
            }
            switch (f.field) {
                case 1:
                    this.expectWire(f, 2, 'node');
                    await this.node(f, info, depth);
                    break;
                case 2:
                    info.graphName = await this.string(f, 'graph.name');
                    break;
                case 5:
                    this.expectWire(f, 2, 'initializer');
                    this.count(f.at);
                    info.initializers.push(await this.tensor(f));
                    break;
                case 15:
                    this.expectWire(f, 2, 'sparse_initializer');
                    info.sparseInitializerCount++;
                    break;
                case 11:
                    this.expectWire(f, 2, 'input');
                    this.count(f.at);
                    info.declaredInputs.push(await this.valueInfo(f));
                    break;
                case 12:
                    this.expectWire(f, 2, 'output');
                    this.count(f.at);
                    info.outputs.push(await this.valueInfo(f));
                    break;
                default: break;
            }
        }
    }
    async node(f, info, depth) {
        this.count(f.at);
        const node = { opType: '', domain: '', name: '', depth };
        const subgraphs = [];
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field === 3)
                node.name = await this.string(g, 'node.name');
            else if (g.field === 4)
                node.opType = await this.string(g, 'node.op_type');
            else if (g.field === 7)
                node.domain = await this.string(g, 'node.domain');
            else if (g.field === 5) {
                this.expectWire(g, 2, 'node.attribute');
                for await (const a of this.fields(g.start, g.end)) {
                    if (a.field === 6 || a.field === 11) {
                        this.expectWire(a, 2, 'attribute graph');
                        subgraphs.push(a);
                    }
                }
            }
        }
        info.nodes.push(node);
        for (const s of subgraphs)
            await this.graph(s.start, s.end, info, depth + 1);
    }
    async tensor(f) {
        const t = { name: '', elemType: 0, dtype: 'undefined', dims: [], dataLocation: 'default', byteOffset: -1, byteLength: 0 };
        const external = { extra: {} };
        let hasExternal = false;
        for await (const g of this.fields(f.start, f.end)) {
            switch (g.field) {
                case 1:
                    if (g.wire === 2) {
                        let pos = g.start;
                        while (pos < g.end) {
                            const [v, next] = await this.varint(pos, g.end);
                            t.dims.push(this.int({ field: 1, wire: 0, at: pos, value: v }, 'dims'));
                            pos = next;
                        }
                    }
                    else {
                        t.dims.push(this.int(g, 'dims'));
                    }
                    break;
                case 2:
                    t.elemType = this.int(g, 'data_type');
                    t.dtype = ONNX_DTYPES[t.elemType] ?? `unknown(${t.elemType})`;
                    break;
                case 8:
                    t.name = await this.string(g, 'tensor.name');
                    break;
                case 9:
                case 4:
                case 5:
                case 6:
                case 7:
                case 10:
                case 11: {
                    // Inline payload: note where it is, never read it.
                    const seen = (t.inline ??= new Map()).get(g.field) ?? { packed: 0, packedBytes: 0, unpacked: 0, ranges: [] };
                    t.inline.set(g.field, seen);
                    if (g.wire === 2) {
                        if (t.byteOffset < 0)
                            t.byteOffset = g.start;
                        t.byteLength += g.end - g.start;
                        seen.packed++;
                        seen.packedBytes += g.end - g.start;
                        if (seen.ranges && (g.field === 5 || g.field === 7 || g.field === 11)) {
                            if (seen.ranges.length < MAX_INLINE_RANGES)
                                seen.ranges.push([g.start, g.end]);
                            else
                                seen.ranges = null;
                        }
                    }
                    else {
                        seen.unpacked++;
                    }
                    break;
                }
                case 13: {
                    this.expectWire(g, 2, 'external_data');
                    hasExternal = true;
                    const [k, v] = await this.entry(g);
                    if (k === 'location')
                        external.location = v;
                    else if (k === 'offset')
                        external.offset = parseIntStrict(v, g.at, 'external_data offset');
                    else if (k === 'length')
                        external.length = parseIntStrict(v, g.at, 'external_data length');
                    else if (k === 'checksum')
                        external.checksum = v;
                    else
                        external.extra[k] = v;
                    break;
                }
                case 14:
                    t.dataLocation = this.int(g, 'data_location') === 1 ? 'external' : 'default';
                    break;
                default: break;
            }
        }
        if (hasExternal || t.dataLocation === 'external')
            t.externalData = external;
        return t;
    }
    async valueInfo(f) {
        const v = { name: '', kind: 'unknown', elemType: 0, dtype: 'unknown' };
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field === 1)
                v.name = await this.string(g, 'value_info.name');
            else if (g.field === 2) {
                this.expectWire(g, 2, 'value_info.type');
                await this.type(g, v);
            }
        }
        return v;
    }
    async type(f, v) {
        for await (const g of this.fields(f.start, f.end)) {
            const kind = { 1: 'tensor', 4: 'sequence', 5: 'map', 9: 'optional', 8: 'sparse_tensor' }[g.field];
            if (!kind)
                continue;
            this.expectWire(g, 2, `type.${kind}`);
            v.kind = kind;
            if (kind === 'tensor' || kind === 'sparse_tensor') {
                for await (const h of this.fields(g.start, g.end)) {
                    if (h.field === 1) {
                        v.elemType = this.int(h, 'elem_type');
                        v.dtype = ONNX_DTYPES[v.elemType] ?? `unknown(${v.elemType})`;
                    }
                    else if (h.field === 2) {
                        this.expectWire(h, 2, 'shape');
                        v.shape = await this.shape(h);
                    }
                }
            }
        }
    }
    async shape(f) {
        const dims = [];
        for await (const g of this.fields(f.start, f.end)) {
            if (g.field !== 1)
                continue;
            this.expectWire(g, 2, 'shape.dim');
            let dim = null;
            for await (const h of this.fields(g.start, g.end)) {
                if (h.field === 1)
                    dim = this.int(h, 'dim_value');
                else if (h.field === 2)
                    dim = await this.string(h, 'dim_param');
            }
            dims.push(dim);
        }
        return dims;
    }
}
function parseIntStrict(text, at, what) {
    if (!/^\d+$/.test(text))
        throw new OnnxFormatError(`${what} "${text}" is not a non-negative integer`, at);
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        throw new OnnxFormatError(`${what} ${text} is out of range`, at);
    return n;
}


/***/ })

};
