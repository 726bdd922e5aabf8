export const id = 9607;
export const ids = [9607];
export const modules = {

/***/ 71988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ readOnnxModel),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export ONNX_DTYPES */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71528);



const MAX_INLINE_RANGES = 1000;
const DEFAULTS = { maxDepth: 32, maxStringBytes: 1 << 20, maxItems: 2_000_000 };
const ONNX_DTYPES = {
    1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
    10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
    17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz', 21: 'uint4', 22: 'int4',
    23: 'float4e2m1',
};
/** Reads a model from a path or a random-access source. Throws WireFormatError on malformed input. */
async function readOnnxModel(source, options = {}) {
    if (typeof source === 'string') {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(source, 'r');
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
    const reader = new OnnxReader(source, { ...DEFAULTS, ...options });
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
class OnnxReader {
    src;
    opts;
    wire;
    items = 0;
    constructor(src, opts) {
        this.src = src;
        this.opts = opts;
        this.wire = new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .StreamingWireReader */ .NI(src);
    }
    async string(f, what) {
        this.expectWire(f, 2, what);
        const len = f.end - f.start;
        if (len > this.opts.maxStringBytes)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} is ${len} bytes, over the ${this.opts.maxStringBytes}-byte limit`, f.at);
        const buf = await this.src.read(f.start, len);
        if (buf.length !== len)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} is truncated`, f.at);
        // Protobuf strings must be valid UTF-8 (a lossy decode would hide that they were not).
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} is not valid UTF-8`, f.at);
        return buf.toString('utf8');
    }
    int(f, what) {
        this.expectWire(f, 0, what);
        const v = BigInt.asIntN(64, f.value);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} ${v} is out of range`, f.at);
        }
        return Number(v);
    }
    expectWire(f, wire, what) {
        if (f.wire !== wire)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} has wire type ${f.wire}, expected ${wire}`, f.at);
    }
    count(at) {
        if (++this.items > this.opts.maxItems)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`more than ${this.opts.maxItems} graph items`, at);
    }
    async model() {
        if (this.src.size === 0)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy('empty file', 0);
        const info = {
            irVersion: 0, producerName: '', producerVersion: '', domain: '', modelVersion: 0, opsetImports: [], metadata: {},
            graphName: '', inputs: [], outputs: [], declaredInputs: [], initializers: [], sparseInitializerCount: 0, nodes: [],
            functions: [], hasGraph: false,
        };
        for await (const f of this.wire.fields(0, this.src.size)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                key = await this.string(g, 'key');
            else if (g.field === 2)
                value = await this.string(g, 'value');
        }
        return [key, value];
    }
    async fn(f) {
        const out = { name: '', domain: '' };
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                out.name = await this.string(g, 'function.name');
            else if (g.field === 10)
                out.domain = await this.string(g, 'function.domain');
        }
        return out;
    }
    async graph(start, end, info, depth) {
        if (depth > this.opts.maxDepth)
            throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`subgraphs nested deeper than ${this.opts.maxDepth}`, start);
        for await (const f of this.wire.fields(start, end)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 3)
                node.name = await this.string(g, 'node.name');
            else if (g.field === 4)
                node.opType = await this.string(g, 'node.op_type');
            else if (g.field === 7)
                node.domain = await this.string(g, 'node.domain');
            else if (g.field === 5) {
                this.expectWire(g, 2, 'node.attribute');
                for await (const a of this.wire.fields(g.start, g.end)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
            switch (g.field) {
                case 1:
                    if (g.wire === 2) {
                        let pos = g.start;
                        while (pos < g.end) {
                            const [v, next] = await this.wire.varint(pos, g.end);
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
        for await (const g of this.wire.fields(f.start, f.end)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
            const kind = { 1: 'tensor', 4: 'sequence', 5: 'map', 9: 'optional', 8: 'sparse_tensor' }[g.field];
            if (!kind)
                continue;
            this.expectWire(g, 2, `type.${kind}`);
            v.kind = kind;
            if (kind === 'tensor' || kind === 'sparse_tensor') {
                for await (const h of this.wire.fields(g.start, g.end)) {
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
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field !== 1)
                continue;
            this.expectWire(g, 2, 'shape.dim');
            let dim = null;
            for await (const h of this.wire.fields(g.start, g.end)) {
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
        throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} "${text}" is not a non-negative integer`, at);
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        throw new _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .WireFormatError */ .zy(`${what} ${text} is out of range`, at);
    return n;
}


/***/ }),

/***/ 71528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ StreamingWireReader),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   zy: () => (/* binding */ WireFormatError)
/* harmony export */ });
/* unused harmony exports MAX_VARINT_BYTES, MAX_FIELD_HEADER_BYTES, decodeVarint, decodeField */
/**
 * The one protobuf wire-format reader: strict field-by-field decoding shared by the ONNX reader (streaming,
 * over positional reads of a file of any size) and the SavedModel check (over a buffer it holds whole).
 *
 * Both walk the same bytes with the same rules: a varint is at most 10 bytes, field number 0 and the group
 * wire types (3, 4) are refused, and no length or fixed field may run past the message holding it. Every
 * violation throws WireFormatError with the absolute byte offset, so a finding can point at it.
 */
class WireFormatError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} (at byte ${offset})`);
        this.offset = offset;
        this.name = 'WireFormatError';
    }
}
const MAX_VARINT_BYTES = 10;
/** The longest field header: a tag varint, then a length varint or an 8-byte fixed value. */
const MAX_FIELD_HEADER_BYTES = 2 * MAX_VARINT_BYTES;
/**
 * Decodes the varint at `buf[pos]`, not reading at or past `limit`. `base` is the absolute offset of
 * `buf[0]`, for errors. Returns the value and the position after it.
 */
function decodeVarint(buf, pos, limit, base = 0) {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
        if (pos >= limit)
            throw new WireFormatError('truncated varint', base + pos);
        const b = buf[pos++];
        result |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0)
            return [result, pos];
        shift += 7n;
    }
    throw new WireFormatError(`varint longer than ${MAX_VARINT_BYTES} bytes`, base + pos);
}
/**
 * Decodes the field header at `buf[pos]` of a message that ends at `messageEnd` (absolute). Only the header
 * need be in `buf` (at most MAX_FIELD_HEADER_BYTES), so a streaming reader can pass a small window.
 * Returns the field (absolute offsets) and the absolute offset of the next field.
 */
function decodeField(buf, pos, base, messageEnd) {
    const limit = Math.min(buf.length, messageEnd - base);
    const at = base + pos;
    const [tag, afterTag] = decodeVarint(buf, pos, limit, base);
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0)
        throw new WireFormatError('field number 0 is invalid', at);
    switch (wire) {
        case 0: {
            const [value, after] = decodeVarint(buf, afterTag, limit, base);
            return { field: { field, wire, at, value }, next: base + after };
        }
        case 1:
        case 5: {
            const n = wire === 1 ? 8 : 4;
            if (afterTag + n > limit)
                throw new WireFormatError(`truncated ${n * 8}-bit field`, at);
            const value = n === 8 ? buf.readBigUInt64LE(afterTag) : BigInt(buf.readUInt32LE(afterTag));
            return { field: { field, wire, at, value }, next: base + afterTag + n };
        }
        case 2: {
            const [len, after] = decodeVarint(buf, afterTag, limit, base);
            const start = base + after;
            const remaining = messageEnd - start;
            if (len > BigInt(remaining))
                throw new WireFormatError(`field ${field} declares ${len} bytes but only ${remaining} remain`, at);
            return { field: { field, wire, at, start, end: start + Number(len) }, next: start + Number(len) };
        }
        default:
            throw new WireFormatError(`unsupported protobuf wire type ${wire} in field ${field}`, at);
    }
}
/**
 * The fields of a message held whole in `buf`; `base` is the absolute offset of `buf[0]` (for nested
 * messages, the parent field's `start`). Length-delimited fields carry their `bytes`.
 */
function* fields(buf, base = 0) {
    const end = base + buf.length;
    let pos = base;
    while (pos < end) {
        const { field, next } = decodeField(buf, pos - base, base, end);
        if (field.wire === 2)
            field.bytes = buf.subarray(field.start - base, field.end - base);
        yield field;
        pos = next;
    }
}
/** A length-delimited field's payload as UTF-8 text ('' when it has none). */
function text(f) {
    return f.bytes ? f.bytes.toString('utf8') : '';
}
const BLOCK = 1 << 16;
/**
 * Walks messages of a random-access source without loading it: field headers are decoded from a cached
 * 64 KiB block, payloads are skipped by length (a caller reads the few it wants with `source.read`).
 */
class StreamingWireReader {
    source;
    block = Buffer.alloc(0);
    blockStart = 0;
    constructor(source) {
        this.source = source;
    }
    /** Up to `length` bytes at `pos`, from the cached block (re-read when `pos` falls outside it). */
    async window(pos, length) {
        if (length <= 0)
            return Buffer.alloc(0);
        if (pos < this.blockStart || pos + length > this.blockStart + this.block.length) {
            this.blockStart = pos;
            this.block = await this.source.read(pos, Math.max(length, Math.min(BLOCK, this.source.size - pos)));
        }
        const out = this.block.subarray(pos - this.blockStart, pos - this.blockStart + length);
        if (out.length < length)
            throw new WireFormatError('unexpected end of file', this.blockStart + this.block.length);
        return out;
    }
    /** The varint at `pos` of a message ending at `end` (for packed repeated fields). */
    async varint(pos, end) {
        const buf = await this.window(pos, Math.min(MAX_VARINT_BYTES, end - pos));
        const [value, after] = decodeVarint(buf, 0, buf.length, pos);
        return [value, pos + after];
    }
    /** The fields of the message in [start, end). */
    async *fields(start, end) {
        let pos = start;
        while (pos < end) {
            const buf = await this.window(pos, Math.min(MAX_FIELD_HEADER_BYTES, end - pos));
            const { field, next } = decodeField(buf, 0, pos, end);
            yield field;
            pos = next;
        }
    }
}


/***/ })

};
