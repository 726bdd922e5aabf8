export const id = 631;
export const ids = [631];
export const modules = {

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aD: () => (/* binding */ loadOnnxRuntime),
  Qj: () => (/* binding */ onnxRunner)
});

// UNUSED EXPORTS: warmOnnxRuntime

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/onnx/onnx-proto.ts
var onnx_proto = __webpack_require__(2855);
;// CONCATENATED MODULE: ./src/core/onnx/encode.ts

const ELEMENT_TYPE_CODES = {
    float32: onnx_proto/* OnnxDataType */.gY.FLOAT, uint8: onnx_proto/* OnnxDataType */.gY.UINT8, int8: onnx_proto/* OnnxDataType */.gY.INT8, uint16: onnx_proto/* OnnxDataType */.gY.UINT16,
    int16: onnx_proto/* OnnxDataType */.gY.INT16, int32: onnx_proto/* OnnxDataType */.gY.INT32, int64: onnx_proto/* OnnxDataType */.gY.INT64, string: onnx_proto/* OnnxDataType */.gY.STRING,
    bool: onnx_proto/* OnnxDataType */.gY.BOOL, float16: onnx_proto/* OnnxDataType */.gY.FLOAT16, float64: onnx_proto/* OnnxDataType */.gY.DOUBLE, uint32: onnx_proto/* OnnxDataType */.gY.UINT32,
    uint64: onnx_proto/* OnnxDataType */.gY.UINT64, complex64: onnx_proto/* OnnxDataType */.gY.COMPLEX64, complex128: onnx_proto/* OnnxDataType */.gY.COMPLEX128,
    bfloat16: onnx_proto/* OnnxDataType */.gY.BFLOAT16, float8e4m3fn: onnx_proto/* OnnxDataType */.gY.FLOAT8E4M3FN, float8e4m3fnuz: onnx_proto/* OnnxDataType */.gY.FLOAT8E4M3FNUZ,
    float8e5m2: onnx_proto/* OnnxDataType */.gY.FLOAT8E5M2, float8e5m2fnuz: onnx_proto/* OnnxDataType */.gY.FLOAT8E5M2FNUZ, uint4: onnx_proto/* OnnxDataType */.gY.UINT4,
    int4: onnx_proto/* OnnxDataType */.gY.INT4, float4e2m1: onnx_proto/* OnnxDataType */.gY.FLOAT4E2M1,
};
/**
 * Attribute constructors. Attributes are tagged because JavaScript cannot tell `1` from `1.0`, and ONNX
 * rejects an INT where a FLOAT is expected (Gemm's alpha) and the reverse (Softmax's axis).
 */
const attr = {
    float: (value) => ({ type: 'float', value }),
    int: (value) => ({ type: 'int', value }),
    string: (value) => ({ type: 'string', value }),
    tensor: (value) => ({ type: 'tensor', value }),
    graph: (value) => ({ type: 'graph', value }),
    floats: (value) => ({ type: 'floats', value }),
    ints: (value) => ({ type: 'ints', value }),
    strings: (value) => ({ type: 'strings', value }),
    tensors: (value) => ({ type: 'tensors', value }),
    graphs: (value) => ({ type: 'graphs', value }),
};
const DEFAULT_IR_VERSION = 8;
const DEFAULT_OPSET_IMPORTS = [{ domain: '', version: 13 }];
class OnnxEncodeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OnnxEncodeError';
    }
}
function encodeModel(model) {
    const message = {
        ir_version: int64(model.irVersion ?? DEFAULT_IR_VERSION),
        opset_import: (model.opsetImports ?? DEFAULT_OPSET_IMPORTS).map((opset) => ({
            domain: opset.domain ?? '',
            version: int64(opset.version),
        })),
        graph: graphMessage(model.graph),
    };
    setIfDefined(message, 'producer_name', model.producerName);
    setIfDefined(message, 'producer_version', model.producerVersion);
    setIfDefined(message, 'domain', model.domain);
    if (model.modelVersion !== undefined)
        message.model_version = int64(model.modelVersion);
    setIfDefined(message, 'doc_string', model.docString);
    if (model.metadata)
        message.metadata_props = entries(model.metadata);
    return onnx_proto/* ModelProto */.kX.encode(message).finish();
}
/** The element type's DataType number; throws on an unknown name. */
function elementTypeCode(type) {
    if (typeof type === 'number')
        return type;
    const code = ELEMENT_TYPE_CODES[type];
    if (code === undefined)
        throw new OnnxEncodeError(`unknown element type "${type}"`);
    return code;
}
/**
 * The little-endian bytes ONNX stores for a tensor's values (raw_data, or an external data file's
 * contents). Checks the count against the dims.
 */
function tensorBytes(tensor) {
    const elemType = tensorElementType(tensor);
    const code = elementTypeCode(elemType);
    const writer = WRITERS.get(code);
    if (!writer)
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": no writer for element type ${String(elemType)}; pass rawData`);
    const values = tensor.data ?? [];
    const expected = elementCount(tensor.dims) * writer.componentsPerElement;
    if (BigInt(values.length) !== expected) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${values.length} values for dims [${tensor.dims.join(', ')}] (expected ${expected})`);
    }
    const view = new DataView(new ArrayBuffer(values.length * writer.bytes));
    for (let index = 0; index < values.length; index++) {
        writer.write(view, index * writer.bytes, values[index]);
    }
    return new Uint8Array(view.buffer);
}
function graphMessage(graph) {
    const message = {
        node: graph.nodes.map(nodeMessage),
        initializer: (graph.initializers ?? []).map(tensorMessage),
        input: graph.inputs.map(valueInfoMessage),
        output: graph.outputs.map(valueInfoMessage),
        value_info: (graph.valueInfo ?? []).map(valueInfoMessage),
    };
    setIfDefined(message, 'name', graph.name);
    setIfDefined(message, 'doc_string', graph.docString);
    if (graph.metadata)
        message.metadata_props = entries(graph.metadata);
    return message;
}
function nodeMessage(node) {
    const message = {
        input: [...node.inputs],
        output: [...node.outputs],
        op_type: node.opType,
        attribute: Object.entries(node.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
    };
    setIfDefined(message, 'name', node.name);
    setIfDefined(message, 'domain', node.domain);
    setIfDefined(message, 'overload', node.overload);
    setIfDefined(message, 'doc_string', node.docString);
    if (node.metadata)
        message.metadata_props = entries(node.metadata);
    return message;
}
function attributeMessage(name, attribute) {
    switch (attribute.type) {
        case 'float': return { name, type: onnx_proto/* OnnxAttributeType */.y9.FLOAT, f: attribute.value };
        case 'int': return { name, type: onnx_proto/* OnnxAttributeType */.y9.INT, i: int64(attribute.value) };
        case 'string': return { name, type: onnx_proto/* OnnxAttributeType */.y9.STRING, s: utf8(attribute.value) };
        case 'tensor': return { name, type: onnx_proto/* OnnxAttributeType */.y9.TENSOR, t: tensorMessage(attribute.value) };
        case 'graph': return { name, type: onnx_proto/* OnnxAttributeType */.y9.GRAPH, g: graphMessage(attribute.value) };
        case 'floats': return { name, type: onnx_proto/* OnnxAttributeType */.y9.FLOATS, floats: [...attribute.value] };
        case 'ints': return { name, type: onnx_proto/* OnnxAttributeType */.y9.INTS, ints: attribute.value.map(int64) };
        case 'strings': return { name, type: onnx_proto/* OnnxAttributeType */.y9.STRINGS, strings: attribute.value.map(utf8) };
        case 'tensors': return { name, type: onnx_proto/* OnnxAttributeType */.y9.TENSORS, tensors: attribute.value.map(tensorMessage) };
        case 'graphs': return { name, type: onnx_proto/* OnnxAttributeType */.y9.GRAPHS, graphs: attribute.value.map(graphMessage) };
    }
}
function tensorMessage(tensor) {
    const elemType = tensorElementType(tensor);
    const message = {
        dims: tensor.dims.map(int64),
        data_type: elementTypeCode(elemType),
    };
    setIfDefined(message, 'name', tensor.name);
    setIfDefined(message, 'doc_string', tensor.docString);
    if (tensor.rawData) {
        message.raw_data = tensor.rawData;
    }
    else if (tensor.external) {
        // The values live in the external file (tensorBytes gives its contents); nothing inline.
    }
    else if (elemType === 'string') {
        const strings = (tensor.data ?? []);
        if (BigInt(strings.length) !== elementCount(tensor.dims)) {
            throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${strings.length} strings for dims [${tensor.dims.join(', ')}]`);
        }
        message.string_data = strings.map((value) => utf8(String(value)));
    }
    else {
        message.raw_data = tensorBytes(tensor);
    }
    if (tensor.external) {
        const { location, offset, length, checksum, extra } = tensor.external;
        const pairs = [['location', location]];
        if (offset !== undefined)
            pairs.push(['offset', String(offset)]);
        if (length !== undefined)
            pairs.push(['length', String(length)]);
        if (checksum !== undefined)
            pairs.push(['checksum', checksum]);
        message.external_data = [...entries(pairs), ...(extra ? entries(extra) : [])];
        message.data_location = 1; // TensorProto.DataLocation.EXTERNAL
    }
    if (tensor.metadata)
        message.metadata_props = entries(tensor.metadata);
    return message;
}
function valueInfoMessage(info) {
    const message = { name: info.name };
    if (info.type)
        message.type = typeMessage(info.type);
    setIfDefined(message, 'doc_string', info.docString);
    if (info.metadata)
        message.metadata_props = entries(info.metadata);
    return message;
}
function typeMessage(type) {
    const message = {};
    switch (type.kind) {
        case undefined:
        case 'tensor':
        case 'sparse_tensor': {
            const tensor = { elem_type: elementTypeCode(type.elemType) };
            if (type.shape)
                tensor.shape = { dim: type.shape.map(dimensionMessage) };
            message[type.kind === 'sparse_tensor' ? 'sparse_tensor_type' : 'tensor_type'] = tensor;
            break;
        }
        case 'sequence':
            message.sequence_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'optional':
            message.optional_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'map':
            message.map_type = { key_type: elementTypeCode(type.keyType), value_type: typeMessage(type.value) };
            break;
    }
    setIfDefined(message, 'denotation', type.denotation);
    return message;
}
function dimensionMessage(dim) {
    if (dim === null)
        return {};
    if (typeof dim === 'string')
        return { dim_param: dim };
    return { dim_value: int64(dim) };
}
function tensorElementType(tensor) {
    if (tensor.elemType !== undefined)
        return tensor.elemType;
    const inferred = tensor.data === undefined ? undefined : TYPED_ARRAY_ELEMENT_TYPES.get(tensor.data.constructor);
    if (inferred === undefined) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": elemType is required unless data is a typed array`);
    }
    return inferred;
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * BigInt(dim), 1n);
}
const TYPED_ARRAY_ELEMENT_TYPES = new Map([
    [Float32Array, 'float32'], [Float64Array, 'float64'], [Int8Array, 'int8'], [Uint8Array, 'uint8'],
    [Int16Array, 'int16'], [Uint16Array, 'uint16'], [Int32Array, 'int32'], [Uint32Array, 'uint32'],
    [BigInt64Array, 'int64'], [BigUint64Array, 'uint64'],
]);
const toNumber = (value) => Number(value);
const toBigInt = (value) => (typeof value === 'bigint' ? value : BigInt(value));
function elementWriter(bytes, write, componentsPerElement = 1n) {
    return { bytes, write, componentsPerElement };
}
// DataView with littleEndian = true: raw_data is little-endian whatever the host.
const WRITERS = new Map([
    [onnx_proto/* OnnxDataType */.gY.FLOAT, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.DOUBLE, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.INT8, elementWriter(1, (v, o, x) => v.setInt8(o, toNumber(x)))],
    [onnx_proto/* OnnxDataType */.gY.UINT8, elementWriter(1, (v, o, x) => v.setUint8(o, toNumber(x)))],
    [onnx_proto/* OnnxDataType */.gY.BOOL, elementWriter(1, (v, o, x) => v.setUint8(o, x ? 1 : 0))],
    [onnx_proto/* OnnxDataType */.gY.INT16, elementWriter(2, (v, o, x) => v.setInt16(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.UINT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.FLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.BFLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.INT32, elementWriter(4, (v, o, x) => v.setInt32(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.UINT32, elementWriter(4, (v, o, x) => v.setUint32(o, toNumber(x), true))],
    [onnx_proto/* OnnxDataType */.gY.INT64, elementWriter(8, (v, o, x) => v.setBigInt64(o, toBigInt(x), true))],
    [onnx_proto/* OnnxDataType */.gY.UINT64, elementWriter(8, (v, o, x) => v.setBigUint64(o, toBigInt(x), true))],
    [onnx_proto/* OnnxDataType */.gY.COMPLEX64, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true), 2n)],
    [onnx_proto/* OnnxDataType */.gY.COMPLEX128, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true), 2n)],
]);
/** protobufjs writes int64 from a number, or from low/high words for values beyond 2^53. */
function int64(value) {
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value))
            throw new OnnxEncodeError(`${value} is not an integer that fits in int64 exactly; pass a bigint`);
        return value;
    }
    const bits = BigInt.asUintN(64, value);
    return { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0, unsigned: false };
}
function entries(metadata) {
    const pairs = Array.isArray(metadata)
        ? metadata
        : Object.entries(metadata);
    return pairs.map(([key, value]) => ({ key, value }));
}
function utf8(value) {
    return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}
function setIfDefined(message, field, value) {
    if (value !== undefined)
        message[field] = value;
}

;// CONCATENATED MODULE: ./src/core/stats/random.ts
/** cyrb128: spreads a string into four 32-bit seeds, so nearby seeds give unrelated streams. */
function seedWords(seed) {
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A generator from a seed (number or string). The default seed is fixed on purpose: determinism first. */
function createRandom(seed = 0x5eed) {
    let [a, b, c, d] = seedWords(String(seed));
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Discard the first outputs: sfc32 needs a few rounds to mix its state.
    for (let i = 0; i < 15; i++)
        next();
    let spare;
    return {
        next,
        int(n) {
            if (!Number.isInteger(n) || n <= 0)
                throw new RangeError(`int(n): n must be a positive integer, got ${n}`);
            return Math.floor(next() * n);
        },
        normal() {
            if (spare !== undefined) {
                const s = spare;
                spare = undefined;
                return s;
            }
            let u = 0;
            while (u === 0)
                u = next();
            const v = next();
            const r = Math.sqrt(-2 * Math.log(u));
            spare = r * Math.sin(2 * Math.PI * v);
            return r * Math.cos(2 * Math.PI * v);
        },
    };
}

;// CONCATENATED MODULE: ./src/bench/inputs.ts



const GENERATORS = {
    float32: (n, r) => Float32Array.from({ length: n }, r),
    float64: (n, r) => Float64Array.from({ length: n }, r),
    float16: (n, r) => Uint16Array.from({ length: n }, () => toHalf(r())),
    int8: (n, r) => Int8Array.from({ length: n }, () => Math.floor(r() * 10)),
    int16: (n, r) => Int16Array.from({ length: n }, () => Math.floor(r() * 10)),
    int32: (n, r) => Int32Array.from({ length: n }, () => Math.floor(r() * 10)),
    int64: (n, r) => BigInt64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    uint8: (n, r) => Uint8Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint16: (n, r) => Uint16Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint32: (n, r) => Uint32Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint64: (n, r) => BigUint64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    bool: (n, r) => Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0)),
    string: (n) => Array.from({ length: n }, (_, i) => `sample ${i}`),
};
/** IEEE 754 half from a small non-negative float (values in [0, 1) are all we generate). */
function toHalf(v) {
    if (v === 0)
        return 0;
    const exp = Math.floor(Math.log2(v));
    const mant = Math.round((v / 2 ** exp - 1) * 1024);
    return (((exp + 15) & 0x1f) << 10) | (mant & 0x3ff);
}
const SUPPORTED_DTYPES = Object.keys(GENERATORS);
/**
 * Concrete dims for a declared shape: the first dynamic dimension (named or not) is the batch unless `dims`
 * binds it; every other symbolic dimension must be bound in bench.dims, or the inputs cannot be generated.
 */
function concreteDims(spec, batch, bindings) {
    if (spec.shape === undefined) {
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" has no declared shape, so its inputs cannot be generated`, {
            hint: 'give an inputs file (bench.inputs) with the tensor, or fix the model signature',
        });
    }
    let batchUsed = false;
    return spec.shape.map((d, axis) => {
        if (typeof d === 'number' && d >= 0)
            return d;
        if (typeof d === 'string' && d !== '?' && bindings[d] !== undefined)
            return bindings[d];
        if (axis === 0 && !batchUsed) {
            batchUsed = true;
            return batch;
        }
        const label = typeof d === 'string' && d !== '?' ? `"${d}"` : 'an unnamed dynamic dimension';
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" axis ${axis} is ${label}, which has no size to generate inputs with`, {
            hint: typeof d === 'string' && d !== '?' ? `bind it in bench.dims, e.g. dims: { ${d}: 128 }` : 'give an inputs file (bench.inputs)',
        });
    });
}
/** Seeded inputs for every declared input: the same seed gives the same tensors on every run. */
function generateInputs(specs, batch, bindings, seed) {
    const random = createRandom(`inputs:${seed}`);
    return specs.map((spec) => {
        const gen = GENERATORS[spec.dtype];
        if (!gen) {
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" has element type ${spec.dtype}, for which inputs cannot be generated`, {
                hint: `supported: ${SUPPORTED_DTYPES.join(', ')}; or give an inputs file (bench.inputs)`,
            });
        }
        const dims = concreteDims(spec, batch, bindings);
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > 256 * 2 ** 20)
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" would hold ${count} elements (dims ${dims.join('x')}): too large to generate`);
        return { name: spec.name, dtype: spec.dtype, dims, data: gen(count, () => random.next()) };
    });
}
/**
 * Reads inputs from a JSON file: `{"<input>": {"dtype": "float32", "dims": [1, 4], "data": [...]}}`, or a
 * nested array per input (dims inferred, dtype taken from the model). The first dim is the batch.
 */
async function readInputsFile(file, specs) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read inputs file ${file}: ${err.message}`, { hint: 'a JSON object: input name -> {dtype, dims, data} or a nested array' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* ModelshipError */.W7(`inputs file ${file}: expected a JSON object keyed by input name`);
    const entries = parsed;
    for (const name of Object.keys(entries)) {
        if (!specs.some((s) => s.name === name))
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: the model has no input "${name}"`, { hint: `inputs: ${specs.map((s) => s.name).join(', ')}` });
    }
    return specs.map((spec) => {
        const raw = entries[spec.name];
        if (raw === undefined)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" is missing`);
        let dims;
        let flat;
        let dtype = spec.dtype;
        if (Array.isArray(raw)) {
            dims = inferDims(raw, `${file}: ${spec.name}`);
            flat = raw.flat(Infinity);
        }
        else if (typeof raw === 'object' && raw !== null && Array.isArray(raw.data)) {
            const o = raw;
            dtype = o.dtype ?? spec.dtype;
            flat = o.data.flat(Infinity);
            dims = Array.isArray(o.dims) ? o.dims : [flat.length];
            if (!dims.every((d) => Number.isInteger(d) && d >= 0))
                throw new errors/* ModelshipError */.W7(`inputs file ${file}: "${spec.name}".dims must be non-negative integers`);
        }
        else {
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" must be a nested array or {dtype, dims, data}`);
        }
        const count = dims.reduce((a, b) => a * b, 1);
        if (count !== flat.length)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" has ${flat.length} values but dims ${JSON.stringify(dims)} need ${count}`);
        return { name: spec.name, dtype, dims, data: toTyped(dtype, flat, `${file}: ${spec.name}`) };
    });
}
function inferDims(value, what) {
    const dims = [];
    let v = value;
    while (Array.isArray(v)) {
        dims.push(v.length);
        v = v[0];
    }
    const check = (x, depth) => {
        if (depth === dims.length) {
            if (Array.isArray(x))
                throw new errors/* ModelshipError */.W7(`${what}: ragged nested array`);
            return;
        }
        if (!Array.isArray(x) || x.length !== dims[depth])
            throw new errors/* ModelshipError */.W7(`${what}: ragged nested array (axis ${depth})`);
        for (const e of x)
            check(e, depth + 1);
    };
    check(value, 0);
    return dims;
}
function toTyped(dtype, flat, what) {
    if (dtype === 'string')
        return flat.map(String);
    if (!GENERATORS[dtype] || dtype === 'float16')
        throw new errors/* ModelshipError */.W7(`${what}: element type ${dtype} is not supported in an inputs file`);
    for (const v of flat) {
        if (typeof v !== 'number' && typeof v !== 'boolean')
            throw new errors/* ModelshipError */.W7(`${what}: expected numbers, found ${JSON.stringify(v)}`);
    }
    const nums = flat.map(Number);
    switch (dtype) {
        case 'float32': return Float32Array.from(nums);
        case 'float64': return Float64Array.from(nums);
        case 'int8': return Int8Array.from(nums);
        case 'int16': return Int16Array.from(nums);
        case 'int32': return Int32Array.from(nums);
        case 'int64': return BigInt64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
        case 'uint8':
        case 'bool': return Uint8Array.from(nums);
        case 'uint16': return Uint16Array.from(nums);
        case 'uint32': return Uint32Array.from(nums);
        default: return BigUint64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
    }
}

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/bench/measure.ts

/** Samples a trial keeps exactly (8 bytes each, 32 MiB at most); beyond, percentiles come from the histogram. */
const EXACT_SAMPLE_LIMIT = 4 * 1024 * 1024;
/**
 * Latencies of one trial, in nanoseconds. Every value goes into an HDR histogram (3 significant digits,
 * constant memory) and, up to EXACT_SAMPLE_LIMIT, into a plain array: the figures a trial reports, and the
 * regression test judges, are then exact, not rounded to a histogram bucket (0.1% steps, which would turn
 * close trials into ties). Only a trial of millions of calls falls back to the histogram's percentiles.
 */
class LatencyRecorder {
    histogram = dist/* build */.jq({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
    exact = new Float64Array(1024);
    count = 0;
    sum = 0;
    recordValue(ns) {
        this.histogram.recordValue(Math.max(1, Math.round(ns)));
        this.sum += ns;
        if (this.count < EXACT_SAMPLE_LIMIT) {
            if (this.count === this.exact.length) {
                const grown = new Float64Array(Math.min(EXACT_SAMPLE_LIMIT, this.exact.length * 2));
                grown.set(this.exact);
                this.exact = grown;
            }
            this.exact[this.count] = ns;
        }
        this.count++;
    }
    /** Whether every sample was kept (the summary is then exact). */
    get isExact() {
        return this.count <= EXACT_SAMPLE_LIMIT;
    }
    summary() {
        const h = this.histogram;
        const toMs = (v) => v / 1e6;
        const fromHistogram = {
            p50: toMs(h.getValueAtPercentile(50)),
            p90: toMs(h.getValueAtPercentile(90)),
            p95: toMs(h.getValueAtPercentile(95)),
            p99: toMs(h.getValueAtPercentile(99)),
            mean: this.count > 0 ? toMs(this.sum / this.count) : 0,
            min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
            max: toMs(h.maxValue),
            stddev: toMs(h.stdDeviation),
        };
        if (this.count === 0 || !this.isExact)
            return fromHistogram;
        const sorted = this.exact.slice(0, this.count).sort();
        // Nearest rank, as HDR histograms report percentiles: a value some call really took.
        const at = (p) => toMs(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
        return { ...fromHistogram, p50: at(50), p90: at(90), p95: at(95), p99: at(99), min: toMs(sorted[0]), max: toMs(sorted[sorted.length - 1]) };
    }
}
function createLatencyHistogram() {
    return new LatencyRecorder();
}
function summarize(recorder) {
    return recorder.summary();
}
const nowNs = () => process.hrtime.bigint();
/**
 * Closed-loop trial of an async operation: run it back to back, timing each call. The loop is the whole
 * harness overhead (one hrtime pair and one histogram record per call), kept small on purpose: the bench
 * suite holds it under 5% of a bare onnxruntime loop.
 */
async function runClosedLoopTrial(op, plan, after) {
    const warmEnd = nowNs() + BigInt(Math.round(plan.warmupMs * 1e6));
    while (nowNs() < warmEnd)
        await op();
    const h = createLatencyHistogram();
    const windowNs = BigInt(Math.round(plan.durationMs * 1e6));
    const start = nowNs();
    let samples = 0;
    let errors = 0;
    for (;;) {
        const t0 = nowNs();
        try {
            await op();
            let elapsed = Number(nowNs() - t0);
            if (after) {
                after(elapsed);
                elapsed = Number(nowNs() - t0);
            }
            h.recordValue(elapsed);
            samples++;
        }
        catch (err) {
            errors++;
            // A failing operation must never yield figures that look valid.
            if (samples === 0 && errors >= 3)
                throw err;
        }
        if (plan.iterations !== undefined && samples + errors >= plan.iterations * 2)
            break;
        if (plan.iterations !== undefined ? samples >= plan.iterations : nowNs() - start >= windowNs)
            break;
    }
    const durationMs = Number(nowNs() - start) / 1e6;
    return {
        samples,
        durationMs,
        latency_ms: summarize(h),
        throughput_per_s: (samples * plan.batch) / (durationMs / 1000),
        rss_mb: process.memoryUsage.rss() / 2 ** 20,
        errors,
    };
}
/** Busy-waits for a number of nanoseconds (a calibrated slowdown hook for tests and demos). */
function spin(ns) {
    const end = nowNs() + BigInt(Math.max(0, Math.round(ns)));
    while (nowNs() < end) {
        /* spin */
    }
}

;// CONCATENATED MODULE: ./src/bench/runners/onnx.ts






let ortPromise;
/** onnxruntime-node is loaded on first use: it is a native module the other bundles never need. */
function loadOnnxRuntime() {
    // webpackIgnore keeps this a runtime import in the ncc bundles: without it ncc hoists a static import and
    // every bundle (the CLI included) would fail to start where onnxruntime-node is not installed.
    ortPromise ??= import(/* webpackIgnore: true */ 'onnxruntime-node').then((m) => (m.default?.InferenceSession ? m.default : m), (err) => {
        ortPromise = undefined;
        throw new errors/* ModelshipError */.W7(`onnxruntime-node is not installed: ${err.message}`, {
            hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node (the benchmark action does this for you)',
        });
    });
    return ortPromise;
}
let runtimeWarm;
/**
 * The first session a process creates also starts onnxruntime itself (its environment, logging, thread
 * pools): hundreds of milliseconds that belong to no model. One throwaway session of a one-node model pays
 * that once, so the load time reported for the first model is that model's, like every other.
 */
function warmOnnxRuntime(ort, settings) {
    runtimeWarm ??= (async () => {
        const identity = encodeModel({
            graph: {
                name: 'modelship-runtime-warmup',
                nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
                inputs: [{ name: 'x', type: { elemType: 'float32', shape: [1] } }],
                outputs: [{ name: 'y', type: { elemType: 'float32', shape: [1] } }],
            },
        });
        const session = await ort.InferenceSession.create(identity, { intraOpNumThreads: settings.threads.intraOp, interOpNumThreads: settings.threads.interOp, executionMode: 'sequential' });
        await session.run({ x: new ort.Tensor('float32', new Float32Array([1]), [1]) });
        await session.release();
    })().catch((err) => {
        runtimeWarm = undefined;
        throw new errors/* ModelshipError */.W7(`onnxruntime cannot start: ${err.message}`);
    });
    return runtimeWarm;
}
/** In-process inference with onnxruntime-node: the figures of the model itself, without a server around it. */
const onnxRunner = {
    name: 'onnx',
    async open(target, settings) {
        if (!target.modelPath)
            throw new errors/* ModelshipError */.W7(`model "${target.model}": the onnx runner needs a model file`);
        const ort = await loadOnnxRuntime();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(target.modelPath);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot read ${target.modelPath}: ${err.message}`);
        }
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        await warmOnnxRuntime(ort, settings);
        const t0 = performance.now();
        let session;
        try {
            session = await ort.InferenceSession.create(bytes, {
                intraOpNumThreads: settings.threads.intraOp,
                interOpNumThreads: settings.threads.interOp,
                executionMode: 'sequential',
                graphOptimizationLevel: 'all',
            });
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`model "${target.model}": onnxruntime cannot load ${target.modelPath}: ${err.message}`);
        }
        const loadMs = performance.now() - t0;
        const specs = session.inputMetadata.map((m) => {
            if (!m.isTensor)
                throw new errors/* ModelshipError */.W7(`model "${target.model}": input "${m.name}" is not a tensor, so its inputs cannot be generated`, { hint: 'give an inputs file (bench.inputs)' });
            return { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d < 0 ? null : d)) };
        });
        const warnings = [];
        let feeds = {};
        let fileInputs;
        if (settings.inputsFile)
            fileInputs = await readInputsFile(settings.inputsFile, specs);
        const slowdown = target.slowdown ?? 0;
        const after = slowdown > 0 ? (elapsedNs) => spin(elapsedNs * slowdown) : undefined;
        const op = () => session.run(feeds);
        return {
            description: target.modelPath,
            sha256,
            loadMs,
            runtimeVersion: ort.env.versions?.node ?? ort.env.versions?.common,
            warnings,
            async prepare(batch) {
                const tensors = fileInputs ?? generateInputs(specs, batch, settings.dims, settings.seed);
                feeds = {};
                for (const t of tensors) {
                    try {
                        feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
                    }
                    catch (err) {
                        throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot build input "${t.name}" (${t.dtype} ${JSON.stringify(t.dims)}): ${err.message}`);
                    }
                }
                try {
                    await session.run(feeds);
                }
                catch (err) {
                    throw new errors/* ModelshipError */.W7(`model "${target.model}": inference fails on the ${fileInputs ? 'inputs file' : 'generated inputs'} (batch ${batch}): ${err.message}`, {
                        hint: fileInputs ? 'check the inputs file against the model signature' : 'bind symbolic dims in bench.dims or give an inputs file (bench.inputs)',
                    });
                }
                // An inputs file, or a model with a fixed first axis, decides the batch actually measured.
                const first = tensors[0]?.dims[0];
                const fixed = fileInputs !== undefined || typeof specs[0]?.shape?.[0] === 'number';
                return fixed && first !== undefined ? first : batch;
            },
            trial: (plan) => runClosedLoopTrial(op, plan, after),
            async close() {
                await session.release();
            },
        };
    },
};


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gY: () => (/* binding */ OnnxDataType),
/* harmony export */   kX: () => (/* binding */ ModelProto),
/* harmony export */   sd: () => (/* binding */ decodeModel),
/* harmony export */   y9: () => (/* binding */ OnnxAttributeType)
/* harmony export */ });
/* unused harmony exports ONNX_PROTO, onnxRoot */
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3928);
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(protobufjs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The ONNX protobuf schema (onnx/onnx.proto, IR version 8+; field numbers exactly as upstream), kept as a
 * string so nothing is read from disk at run time and the bundle (ncc) carries it. Comments are trimmed
 * to what a reader of this file needs; the upstream file is the authority.
 */
const ONNX_PROTO = `
syntax = "proto2";
package onnx;

message AttributeProto {
  enum AttributeType {
    UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5; SPARSE_TENSOR = 11; TYPE_PROTO = 13;
    FLOATS = 6; INTS = 7; STRINGS = 8; TENSORS = 9; GRAPHS = 10; SPARSE_TENSORS = 12; TYPE_PROTOS = 14;
  }
  optional string name = 1;
  optional string ref_attr_name = 21;
  optional string doc_string = 13;
  optional AttributeType type = 20;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  optional GraphProto g = 6;
  optional SparseTensorProto sparse_tensor = 22;
  optional TypeProto tp = 14;
  repeated float floats = 7;
  repeated int64 ints = 8;
  repeated bytes strings = 9;
  repeated TensorProto tensors = 10;
  repeated GraphProto graphs = 11;
  repeated SparseTensorProto sparse_tensors = 23;
  repeated TypeProto type_protos = 15;
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
  optional string doc_string = 3;
  repeated StringStringEntryProto metadata_props = 4;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  optional string domain = 7;
  optional string overload = 8;
  repeated AttributeProto attribute = 5;
  optional string doc_string = 6;
  repeated StringStringEntryProto metadata_props = 9;
}

message TrainingInfoProto {
  optional GraphProto initialization = 1;
  optional GraphProto algorithm = 2;
  repeated StringStringEntryProto initialization_binding = 3;
  repeated StringStringEntryProto update_binding = 4;
}

message ModelProto {
  optional int64 ir_version = 1;
  repeated OperatorSetIdProto opset_import = 8;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated StringStringEntryProto metadata_props = 14;
  repeated TrainingInfoProto training_info = 20;
  repeated FunctionProto functions = 25;
}

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

message TensorAnnotation {
  optional string tensor_name = 1;
  repeated StringStringEntryProto quant_parameter_tensor_names = 2;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated SparseTensorProto sparse_initializer = 15;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
  repeated ValueInfoProto value_info = 13;
  repeated TensorAnnotation quantization_annotation = 14;
  repeated StringStringEntryProto metadata_props = 16;
  reserved 3, 4, 6 to 9;
}

message TensorProto {
  enum DataType {
    UNDEFINED = 0; FLOAT = 1; UINT8 = 2; INT8 = 3; UINT16 = 4; INT16 = 5; INT32 = 6; INT64 = 7; STRING = 8;
    BOOL = 9; FLOAT16 = 10; DOUBLE = 11; UINT32 = 12; UINT64 = 13; COMPLEX64 = 14; COMPLEX128 = 15;
    BFLOAT16 = 16; FLOAT8E4M3FN = 17; FLOAT8E4M3FNUZ = 18; FLOAT8E5M2 = 19; FLOAT8E5M2FNUZ = 20;
    UINT4 = 21; INT4 = 22; FLOAT4E2M1 = 23;
  }
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  message Segment {
    optional int64 begin = 1;
    optional int64 end = 2;
  }
  optional Segment segment = 3;
  repeated float float_data = 4 [packed = true];
  repeated int32 int32_data = 5 [packed = true];
  repeated bytes string_data = 6;
  repeated int64 int64_data = 7 [packed = true];
  optional string name = 8;
  optional string doc_string = 12;
  optional bytes raw_data = 9;
  repeated StringStringEntryProto external_data = 13;
  enum DataLocation {
    DEFAULT = 0;
    EXTERNAL = 1;
  }
  optional DataLocation data_location = 14;
  repeated double double_data = 10 [packed = true];
  repeated uint64 uint64_data = 11 [packed = true];
  repeated StringStringEntryProto metadata_props = 16;
}

message SparseTensorProto {
  optional TensorProto values = 1;
  optional TensorProto indices = 2;
  repeated int64 dims = 3;
}

message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    };
    optional string denotation = 3;
  };
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  message Sequence {
    optional TypeProto elem_type = 1;
  };
  message Map {
    optional int32 key_type = 1;
    optional TypeProto value_type = 2;
  };
  message Optional {
    optional TypeProto elem_type = 1;
  };
  message SparseTensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  oneof value {
    Tensor tensor_type = 1;
    Sequence sequence_type = 4;
    Map map_type = 5;
    Optional optional_type = 9;
    SparseTensor sparse_tensor_type = 8;
  }
  optional string denotation = 6;
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}

message FunctionProto {
  optional string name = 1;
  reserved 2, 3;
  repeated string input = 4;
  repeated string output = 5;
  repeated string attribute = 6;
  repeated AttributeProto attribute_proto = 11;
  repeated NodeProto node = 7;
  optional string doc_string = 8;
  repeated OperatorSetIdProto opset_import = 9;
  optional string domain = 10;
  optional string overload = 13;
  repeated ValueInfoProto value_info = 12;
  repeated StringStringEntryProto metadata_props = 14;
}
`;
/** Field names as in onnx.proto (snake_case), so decoded objects read like the specification. */
// resolveAll() settles each field's features (proto2 packing among them) before the first encode.
const onnxRoot = protobufjs__WEBPACK_IMPORTED_MODULE_0___default().parse(ONNX_PROTO, { keepCase: true }).root;
onnxRoot.resolveAll();
const ModelProto = onnxRoot.lookupType('onnx.ModelProto');
/** TensorProto.DataType numbers. */
const OnnxDataType = {
    UNDEFINED: 0, FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
    FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
    FLOAT8E4M3FN: 17, FLOAT8E4M3FNUZ: 18, FLOAT8E5M2: 19, FLOAT8E5M2FNUZ: 20, UINT4: 21, INT4: 22, FLOAT4E2M1: 23,
};
/** AttributeProto.AttributeType numbers. */
const OnnxAttributeType = {
    UNDEFINED: 0, FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8, TENSORS: 9,
    GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/**
 * Decodes a ModelProto into a plain object with the field names of onnx.proto, holding only the fields
 * present on the wire (an empty repeated field is absent). int64 values come back as numbers (exact up
 * to 2^53; decode with ModelProto directly for anything larger) and bytes as Uint8Array.
 */
function decodeModel(bytes) {
    return ModelProto.toObject(ModelProto.decode(bytes), { longs: Number });
}


/***/ }),

/***/ 1988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ readOnnxModel),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export ONNX_DTYPES */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _protobuf_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1528);



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

/***/ 1528:
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


/***/ }),

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ GRAPH_OPTIMIZATION_LEVELS),
/* harmony export */   s: () => (/* binding */ optimizeGraph)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bench_runners_onnx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4216);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



const GRAPH_OPTIMIZATION_LEVELS = ['basic', 'extended', 'all'];
/**
 * onnxruntime's own offline graph optimisation: onnxruntime-node writes the model it would run
 * (optimizedModelFilePath). `basic` (constant folding, redundant node removal) stays portable ONNX;
 * `extended` adds fusions into com.microsoft operators; `all` adds layout changes for this machine's CPU,
 * so onnxruntime advises against shipping it elsewhere (the web check reports what it breaks).
 */
async function optimizeGraph(source, target, level) {
    const ort = await (0,_bench_runners_onnx_js__WEBPACK_IMPORTED_MODULE_1__/* .loadOnnxRuntime */ .aD)();
    try {
        const session = await ort.InferenceSession.create(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(source), { graphOptimizationLevel: level, optimizedModelFilePath: target, intraOpNumThreads: 1, interOpNumThreads: 1 });
        await session.release();
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`onnxruntime cannot optimise ${source} (level ${level}): ${err.message}`);
    }
    const written = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined);
    if (!written?.size)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`onnxruntime wrote no optimised model to ${target}`);
}


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VARIANT_KINDS: () => (/* binding */ VARIANT_KINDS),
  runOptimize: () => (/* binding */ runOptimize)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/onnx/onnx-proto.ts
var onnx_proto = __webpack_require__(2855);
// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(1988);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/validate/config.ts


const GiB = 1024 ** 3;
/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * GiB,
    maxArchiveMembers: 10_000,
    maxArchiveDepth: 4,
    maxDecompressedBytes: 32 * GiB,
    maxCompressionRatio: 200,
    maxPickleOpcodes: 50_000_000,
    maxPickleMemo: 1_000_000,
    maxHeaderBytes: 100_000_000,
    timeoutMs: 10 * 60_000,
};
const DEFAULT_PICKLE_POLICY = {
    profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
    allow: [],
    deny: [],
};
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };
/** `4 GiB`, `100MB` or a plain number of bytes. */
function parseSize(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new errors/* ModelshipError */.W7(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new errors/* ModelshipError */.W7(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
    return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}
/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
function resolveValidateSettings(raw) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, value] of Object.entries(raw?.limits ?? {})) {
        if (value === undefined)
            continue;
        const k = key;
        if (!(k in DEFAULT_LIMITS))
            throw new errors/* ModelshipError */.W7(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,duration/* parseDuration */.E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
    }
    return {
        limits,
        pickle: {
            profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
            allow: raw?.pickle?.allow ?? [],
            deny: raw?.pickle?.deny ?? [],
        },
        manifest: raw?.manifest,
        allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
        failOnWarning: raw?.failOnWarning ?? false,
        ignore: raw?.ignore ?? [],
    };
}

;// CONCATENATED MODULE: ./src/validate/run.ts



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = resolveValidateSettings(section);
    if (options.failOnWarning !== undefined)
        settings.failOnWarning = options.failOnWarning;
    const targets = new Map();
    const configured = [];
    if (options.loaded) {
        for (const [name, model] of Object.entries(options.loaded.config.models)) {
            const absolute = options.loaded.resolvePath(model.path, ['models', name, 'path']);
            targets.set(absolute, { format: model.format, signature: model.signature });
            configured.push(absolute);
        }
    }
    let paths = options.paths;
    if (paths.length === 0) {
        if (configured.length === 0) {
            const where = options.loaded ? `${options.loaded.file} configures no models` : 'no modelship.yml here';
            throw new errors/* ModelshipError */.W7(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(396)]).then(__webpack_require__.bind(__webpack_require__, 6396));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? external_node_path_default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}

;// CONCATENATED MODULE: ./src/core/metrics/source.ts

/** A source that could not be read or parsed: names the source and says what was expected. */
class MetricSourceError extends errors/* ModelshipError */.W7 {
    /**
     * `unavailable`: the source did not answer (Prometheus down, HTTP error): the gate cannot evaluate and
     * reports inconclusive. `invalid`: the data is malformed (bad JSON, ragged CSV): a usage error (exit 2).
     */
    kind;
    constructor(message, options = {}) {
        super(message, { exitCode: options.kind === 'unavailable' ? errors/* ExitCode */.yU.Inconclusive : errors/* ExitCode */.yU.Usage, hint: options.hint, cause: options.cause });
        this.name = 'MetricSourceError';
        this.kind = options.kind ?? 'invalid';
    }
}
function sliceName(slice) {
    return slice === undefined ? 'overall' : `${slice.feature}:${slice.value}`;
}
/** The file (or the file at a git ref) does not exist: for a baseline, the first run; for a candidate, an error. */
class SourceNotFoundError extends MetricSourceError {
    constructor(message, options = {}) {
        super(message, options);
        this.name = 'SourceNotFoundError';
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/csv-parse.ts

const PLAIN = /[^,\r\n"]+/y;
/**
 * RFC 4180 CSV: quoted fields with `""` escapes and embedded newlines, CRLF or LF, a leading BOM dropped,
 * blank lines skipped. A row whose field count differs from the header is an error naming its line: a
 * ragged row means a shifted column, and a shifted column would gate on the wrong numbers.
 */
function parseCsv(text, origin) {
    const records = [];
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let cells = [];
    let field = '';
    let rowLine = 1;
    // `atFieldStart`: a quote here opens a quoted field; `rowHasContent`: the row is not a blank line.
    let atFieldStart = true;
    let rowHasContent = false;
    const endRow = () => {
        cells.push(field);
        if (rowHasContent)
            records.push({ line: rowLine, cells });
        cells = [];
        field = '';
        atFieldStart = true;
        rowHasContent = false;
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"' && atFieldStart) {
            atFieldStart = false;
            rowHasContent = true;
            const openLine = line;
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new MetricSourceError(`${origin}:${openLine}: a quoted field is never closed`);
                const c = text[i];
                if (c === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c === '\n')
                    line++;
                field += c;
                i++;
            }
            const next = text[i];
            if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
                throw new MetricSourceError(`${origin}:${line}: unexpected character ${JSON.stringify(next)} after a closing quote`);
            }
            continue;
        }
        if (ch === ',') {
            cells.push(field);
            field = '';
            atFieldStart = true;
            rowHasContent = true;
            i++;
        }
        else if (ch === '\r' || ch === '\n') {
            endRow();
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            i++;
            line++;
            rowLine = line;
        }
        else {
            if (ch === '"')
                throw new MetricSourceError(`${origin}:${line}: a quote inside an unquoted field`, { hint: 'quote the whole field and double the inner quotes ("")' });
            // Unquoted text runs to the next delimiter: sliced at once, not appended character by character.
            PLAIN.lastIndex = i;
            PLAIN.test(text);
            field += text.slice(i, PLAIN.lastIndex);
            atFieldStart = false;
            rowHasContent = true;
            i = PLAIN.lastIndex;
        }
    }
    if (rowHasContent)
        endRow();
    if (records.length === 0)
        throw new MetricSourceError(`${origin}: the CSV file is empty`, { hint: 'the first line must be a header' });
    const [head, ...rows] = records;
    const header = head.cells.map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (h === '')
            throw new MetricSourceError(`${origin}:${head.line}: the header has an empty column name`);
        if (seen.has(h))
            throw new MetricSourceError(`${origin}:${head.line}: the header names column "${h}" twice`);
        seen.add(h);
    }
    for (const r of rows) {
        if (r.cells.length !== header.length) {
            throw new MetricSourceError(`${origin}:${r.line}: ragged row: ${r.cells.length} field(s), the header has ${header.length}`, {
                hint: 'every row needs one value per header column (quote values that contain commas)',
            });
        }
    }
    return { header, rows };
}

;// CONCATENATED MODULE: ./src/optimize/eval-data.ts



/**
 * Reads a CSV of numeric feature columns and one label column. Labels are class indices, or names mapped
 * to indices by `classes` (the order of the model's output) and, without it, by sorted name.
 */
async function readEvalData(file, label, classes) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read the evaluation data ${file}: ${err.message}`);
    }
    const table = parseCsv(text, file);
    const labelAt = table.header.indexOf(label);
    if (labelAt < 0)
        throw new errors/* ModelshipError */.W7(`${file}:1: no label column "${label}" (columns: ${table.header.join(', ')})`, { hint: 'name the label column with --label' });
    const names = table.rows.map((r) => r.cells[labelAt] ?? '');
    const numeric = names.every((n) => /^\d+$/.test(n));
    const order = classes?.length ? [...classes] : numeric ? [] : [...new Set(names)].sort();
    const width = table.header.length - 1;
    const features = new Float32Array(table.rows.length * width);
    const labels = [];
    table.rows.forEach((row, r) => {
        let k = 0;
        row.cells.forEach((cell, c) => {
            if (c === labelAt)
                return;
            const value = Number(cell);
            if (cell.trim() === '' || !Number.isFinite(value))
                throw new errors/* ModelshipError */.W7(`${file}:${row.line}: column "${table.header[c]}" is "${cell}", expected a number`);
            features[r * width + k++] = value;
        });
        const name = names[r];
        const index = order.length ? order.indexOf(name) : Number(name);
        if (index < 0)
            throw new errors/* ModelshipError */.W7(`${file}:${row.line}: label "${name}" is not one of the classes ${order.join(', ')}`);
        labels.push(index);
    });
    if (labels.length === 0)
        throw new errors/* ModelshipError */.W7(`${file}: no rows to evaluate on`);
    return { file, features, width, rows: labels.length, labels, classes: order };
}

;// CONCATENATED MODULE: ./src/core/stats/descriptive.ts
/** Descriptive statistics over plain number arrays. Inputs are never mutated. */
function requireValues(values, what) {
    if (values.length === 0)
        throw new RangeError(`${what}: no values`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`${what}: non-finite value ${v}`);
}
function mean(values) {
    requireValues(values, 'mean');
    let s = 0;
    for (const v of values)
        s += v;
    return s / values.length;
}
/** Sample standard deviation (n - 1); 0 for a single value. */
function stddev(values) {
    requireValues(values, 'stddev');
    if (values.length < 2)
        return 0;
    const m = mean(values);
    let s = 0;
    for (const v of values)
        s += (v - m) ** 2;
    return Math.sqrt(s / (values.length - 1));
}
/** Quantile q in [0, 1] with linear interpolation between order statistics (numpy's default, type 7). */
function quantile(values, q) {
    requireValues(values, 'quantile');
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function descriptive_median(values) {
    return quantile(values, 0.5);
}
/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
function coefficientOfVariation(values) {
    const m = mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}

;// CONCATENATED MODULE: ./src/bench/compare.ts




/** The per-trial figure the regression rule judges. */
function metricOf(trial, metric) {
    return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}
/**
 * Judges a candidate against a baseline on their trials. Four outcomes:
 *  - `regressed`: evidence at `alpha` that the candidate is worse, and an estimated change of at least
 *    `minEffect` (a tiny consistent change never fails a build);
 *  - `improved`: the same, the other way;
 *  - `unchanged`: evidence that any slowdown is smaller than `minEffect` (the trials exclude a regression);
 *  - `inconclusive`: neither: the trials vary too much to tell, or are too few to ever reach `alpha`.
 * `paired`: trial i of each side ran adjacent in time (the run measured both), so the test is on the
 * per-pair ratios (Wilcoxon signed-rank, or a bootstrap of the paired ratios): what both trials of a pair
 * share (a noisy neighbour, a thermal state) cancels. Otherwise (a stored baseline) the trials are two
 * independent samples (Mann-Whitney, or a bootstrap of the ratio of medians).
 */
function compareTrials(candidate, baseline, rule, baselineSource, options = {}) {
    const metric = rule.metric;
    const c = candidate.trials.map((t) => metricOf(t, metric));
    const b = baseline.trials.map((t) => metricOf(t, metric));
    const paired = options.paired === true;
    if (c.length < 3 || b.length < 3 || ![...c, ...b].every((v) => Number.isFinite(v) && v > 0)) {
        return incomparable(candidate, rule, baselineSource, `needs at least 3 positive, finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
    }
    if (paired && c.length !== b.length)
        throw new Error(`paired comparison of ${c.length} candidate and ${b.length} baseline trials`);
    const e = paired ? pairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`) : unpairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`);
    const higherIsWorse = metric !== 'throughput';
    const change = e.worseRatio - 1;
    const ratio = higherIsWorse ? e.worseRatio : 1 / e.worseRatio;
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    const signed = (x) => `${x >= 0 ? '+' : ''}${pct(x)}`;
    const threshold = Math.log1p(rule.minEffect);
    let verdict;
    let reason;
    if (e.worse && change >= rule.minEffect) {
        verdict = 'regressed';
        reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${e.text}`;
    }
    else if (e.better && -Math.log(e.worseRatio) >= threshold) {
        verdict = 'improved';
        reason = `${metric} ${pct(1 - 1 / e.worseRatio)} better; ${e.text}`;
    }
    else if (e.withinMinEffect) {
        verdict = 'unchanged';
        reason = e.worse
            ? `${metric} ${pct(change)} worse with evidence, but the trials exclude a change of the minimum effect ${pct(rule.minEffect)}; ${e.text}`
            : `no change of the minimum effect ${pct(rule.minEffect)} (${metric} ${signed(change)}); ${e.text}`;
    }
    else if (e.blind) {
        verdict = 'inconclusive';
        reason = `${e.blind}; raise bench.trials (${metric} ${signed(change)})`;
    }
    else {
        verdict = 'inconclusive';
        reason = `the trials vary too much to tell whether ${metric} changed by the minimum effect ${pct(rule.minEffect)} (${signed(change)}; ${e.text})`;
    }
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric,
        baselineSource,
        candidate: median(c),
        baseline: median(b),
        ratio,
        change,
        test: e.test,
        paired,
        ...(paired ? { pairs: c.length } : {}),
        pValue: e.pWorse,
        ...(e.pWorse !== undefined ? { pValueFor: 'worse', pValueWithinMinEffect: e.pWithin } : {}),
        ci: e.ci,
        verdict,
        regressed: verdict === 'regressed',
        reason,
    };
}
/** Per-pair log ratios in the worse direction: log(c/b) for latency, log(b/c) for throughput. */
function worseLogRatios(c, b, metric) {
    return c.map((v, i) => (metric === 'throughput' ? Math.log(b[i] / v) : Math.log(v / b[i])));
}
function pairedEvidence(c, b, rule, seed) {
    const d = worseLogRatios(c, b, rule.metric);
    const threshold = Math.log1p(rule.minEffect);
    if (rule.test === 'bootstrap') {
        const interval = bootstrapCI(d, median, { confidence: rule.confidence, seed });
        const toRatio = (x) => (rule.metric === 'throughput' ? Math.exp(-x) : Math.exp(x));
        const [lo, hi] = rule.metric === 'throughput' ? [toRatio(interval.upper), toRatio(interval.lower)] : [toRatio(interval.lower), toRatio(interval.upper)];
        return {
            test: 'bootstrap',
            worseRatio: Math.exp(interval.estimate),
            worse: interval.lower > 0,
            better: interval.upper < 0,
            withinMinEffect: interval.upper < threshold,
            ci: { lower: lo, upper: hi, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% bootstrap CI of the median per-pair ratio [${lo.toFixed(3)}, ${hi.toFixed(3)}] over ${d.length} pairs`,
        };
    }
    // A pair whose figures are equal carries no sign: dropped (zero method `wilcox`); all equal means no change.
    if (d.every((x) => x === 0))
        return { test: 'wilcoxon', worseRatio: 1, worse: false, better: false, withinMinEffect: true, pWorse: 1, pWithin: 0, text: `all ${d.length} pairs equal` };
    const worse = wilcoxonSignedRank(d, undefined, { alternative: 'greater' });
    const better = wilcoxonSignedRank(d, undefined, { alternative: 'less' });
    const shifted = d.map((x) => x - threshold);
    const within = shifted.every((x) => x === 0) ? { pValue: 1 } : wilcoxonSignedRank(shifted, undefined, { alternative: 'less' });
    const minP = smallestSignedRankP(d.length);
    return {
        test: 'wilcoxon',
        worseRatio: Math.exp(hodgesLehmannCenter(d)),
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${d.length} pairs cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Wilcoxon signed-rank on ${d.length} paired trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
function unpairedEvidence(c, b, rule, seed) {
    const higherIsWorse = rule.metric !== 'throughput';
    const worseRatio = higherIsWorse ? median(c) / median(b) : median(b) / median(c);
    if (rule.test === 'bootstrap') {
        const interval = bootstrapRatioCI(c, b, { confidence: rule.confidence, seed });
        const worseBound = higherIsWorse ? interval.upper : 1 / interval.lower;
        return {
            test: 'bootstrap',
            worseRatio,
            worse: higherIsWorse ? interval.lower > 1 : interval.upper < 1,
            better: higherIsWorse ? interval.upper < 1 : interval.lower > 1,
            withinMinEffect: worseBound < 1 + rule.minEffect,
            ci: { lower: interval.lower, upper: interval.upper, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% CI of the ratio of medians [${interval.lower.toFixed(3)}, ${interval.upper.toFixed(3)}]`,
        };
    }
    const worse = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
    const better = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
    // "Worse by less than minEffect": the candidate against the baseline moved by minEffect (a ratio, so scaled).
    const within = higherIsWorse ? mannWhitneyU(c, b.map((v) => v * (1 + rule.minEffect)), { alternative: 'less' }) : mannWhitneyU(c, b.map((v) => v / (1 + rule.minEffect)), { alternative: 'greater' });
    const minP = 1 / binomial(c.length + b.length, c.length);
    return {
        test: 'mann-whitney',
        worseRatio,
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Mann-Whitney on ${c.length} vs ${b.length} independent trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
function incomparable(candidate, rule, baselineSource, reason, baselineValue = Number.NaN) {
    const c = candidate.trials.map((t) => metricOf(t, rule.metric)).filter(Number.isFinite);
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric: rule.metric,
        baselineSource,
        candidate: c.length ? median(c) : Number.NaN,
        baseline: baselineValue,
        ratio: Number.NaN,
        change: Number.NaN,
        test: rule.test,
        paired: false,
        verdict: 'incomparable',
        regressed: false,
        reason,
    };
}
function binomial(n, k) {
    let r = 1;
    for (let i = 1; i <= k; i++)
        r = (r * (n - k + i)) / i;
    return r;
}

;// CONCATENATED MODULE: ./src/bench/aggregate.ts


/**
 * Headline figures of a series of trials: each percentile is the median over trials (a stray trial hit
 * by a noisy neighbour does not move it), the mean is weighted by samples, and RSS is the peak.
 */
function aggregateTrials(trials, metric) {
    const pick = (k) => descriptive_median(trials.map((t) => t.latency_ms[k]));
    const samples = trials.reduce((s, t) => s + t.samples, 0);
    const latency = {
        p50: pick('p50'),
        p90: pick('p90'),
        p95: pick('p95'),
        p99: pick('p99'),
        mean: trials.reduce((s, t) => s + t.latency_ms.mean * t.samples, 0) / Math.max(1, samples),
        min: Math.min(...trials.map((t) => t.latency_ms.min)),
        max: Math.max(...trials.map((t) => t.latency_ms.max)),
        stddev: pick('stddev'),
    };
    const status = {};
    for (const t of trials)
        for (const [k, v] of Object.entries(t.status ?? {}))
            status[k] = (status[k] ?? 0) + v;
    return {
        samples,
        latency_ms: latency,
        throughput_per_s: descriptive_median(trials.map((t) => t.throughput_per_s)),
        rss_mb: Math.max(...trials.map((t) => t.rss_mb)),
        errors: trials.reduce((s, t) => s + t.errors, 0),
        status: Object.keys(status).length ? status : undefined,
        trialCv: coefficientOfVariation(trials.map((t) => metricOf(t, metric))),
    };
}

// EXTERNAL MODULE: ./src/bench/runners/onnx.ts + 4 modules
var onnx = __webpack_require__(4216);
;// CONCATENATED MODULE: ./src/optimize/evaluate.ts




/** Runs a model on all evaluation rows at once (batch = rows) with onnxruntime-node. */
async function runOnEvalData(modelPath, data) {
    const ort = await (0,onnx/* loadOnnxRuntime */.aD)();
    const session = await ort.InferenceSession.create(await (0,promises_.readFile)(modelPath), { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 }).catch((err) => {
        throw new errors/* ModelshipError */.W7(`onnxruntime-node cannot load ${modelPath}: ${err.message}`);
    });
    try {
        const input = session.inputNames[0];
        const results = await session.run({ [input]: new ort.Tensor('float32', data.features, [data.rows, data.width]) }).catch((err) => {
            throw new errors/* ModelshipError */.W7(`${modelPath}: inference on ${data.file} (${data.rows} x ${data.width}) fails: ${err.message}`, { hint: 'the evaluation data needs one column per model input feature, plus the label' });
        });
        const outputs = {};
        for (const [name, tensor] of Object.entries(results))
            outputs[name] = { type: tensor.type, dims: tensor.dims, data: tensor.data };
        return outputs;
    }
    finally {
        await session.release();
    }
}
/** The predicted class of each row: argmax over the last axis of the first float output. */
function predictedClasses(outputs) {
    const scores = Object.values(outputs).find((o) => o.type === 'float32' || o.type === 'float16');
    if (!scores)
        throw new errors/* ModelshipError */.W7('the model has no float output to take the predicted class from');
    const classes = Number(scores.dims.at(-1) ?? 1);
    const rows = scores.data.length / classes;
    return Array.from({ length: rows }, (_, r) => {
        let best = 0;
        for (let c = 1; c < classes; c++)
            if (Number(scores.data[r * classes + c]) > Number(scores.data[r * classes + best]))
                best = c;
        return best;
    });
}
function compareOutputs(variant, original, labels) {
    let maxAbsDiff = 0;
    let sum = 0;
    let count = 0;
    for (const [name, base] of Object.entries(original)) {
        const other = variant[name];
        if (!other)
            throw new errors/* ModelshipError */.W7(`the variant has no output "${name}"`);
        if (other.data.length !== base.data.length)
            throw new errors/* ModelshipError */.W7(`output "${name}" has ${other.data.length} values, the original ${base.data.length}`);
        if (base.type !== 'float32')
            continue;
        for (let i = 0; i < base.data.length; i++) {
            const d = Math.abs(Number(other.data[i]) - Number(base.data[i]));
            maxAbsDiff = Math.max(maxAbsDiff, Number.isNaN(d) ? Infinity : d);
            sum += d;
            count++;
        }
    }
    const predicted = predictedClasses(variant);
    const reference = predictedClasses(original);
    const share = (hits) => hits / labels.length;
    return {
        accuracy: share(predicted.filter((p, i) => p === labels[i]).length),
        agreement: share(predicted.filter((p, i) => p === reference[i]).length),
        maxAbsDiff,
        meanAbsDiff: count ? sum / count : 0,
    };
}
/**
 * Load time and latency of every model with the benchmark's onnx runner in one run: trials are
 * interleaved (model A, B, C, A, B, C...) so a noisy neighbour hits every model alike.
 */
async function measureSpeed(models, settings, batch = 1) {
    const sessions = [];
    try {
        for (const model of models) {
            const session = await onnx/* onnxRunner */.Qj.open({ model: model.name, modelPath: model.path }, settings);
            sessions.push(session);
            await session.prepare(batch);
        }
        const trials = sessions.map(() => []);
        for (let t = 0; t < settings.trials; t++) {
            for (const [i, session] of sessions.entries())
                trials[i].push(await session.trial({ durationMs: settings.durationMs, iterations: settings.iterations, warmupMs: settings.warmupMs, batch }));
        }
        return sessions.map((session, i) => {
            const figures = aggregateTrials(trials[i], settings.regression.metric);
            return { loadMs: session.loadMs ?? 0, p50Ms: figures.latency_ms.p50, p99Ms: figures.latency_ms.p99, throughputPerS: figures.throughput_per_s, samples: figures.samples };
        });
    }
    finally {
        for (const session of sessions)
            await session.close();
    }
}

;// CONCATENATED MODULE: ./src/optimize/tensor.ts


/** The float32 values of a tensor stored inline (raw_data or float_data); external data is refused. */
function floatValues(tensor, where) {
    if (tensor.data_location === 1 || tensor.external_data?.length) {
        throw new errors/* ModelshipError */.W7(`${where}: tensor "${tensor.name}" keeps its data in an external file, which optimize does not rewrite`, { hint: 'inline the weights first (onnx.save with save_as_external_data=False)' });
    }
    const count = (tensor.dims ?? []).reduce((n, d) => n * Number(d), 1);
    if (tensor.raw_data?.length) {
        const raw = tensor.raw_data;
        if (raw.length !== count * 4)
            throw new errors/* ModelshipError */.W7(`${where}: tensor "${tensor.name}" has ${raw.length} bytes of raw_data, expected ${count * 4} for dims [${tensor.dims}]`);
        const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
        const out = new Float32Array(count);
        for (let i = 0; i < count; i++)
            out[i] = view.getFloat32(i * 4, true);
        return out;
    }
    const values = tensor.float_data ?? [];
    if (values.length !== count)
        throw new errors/* ModelshipError */.W7(`${where}: tensor "${tensor.name}" has ${values.length} values, expected ${count} for dims [${tensor.dims}]`);
    return Float32Array.from(values);
}
function littleEndianBytes(values) {
    const out = new Uint8Array(values.length * values.BYTES_PER_ELEMENT);
    const view = new DataView(out.buffer);
    values.forEach((value, i) => {
        if (values instanceof Float32Array)
            view.setFloat32(i * 4, value, true);
        else if (values instanceof Uint16Array)
            view.setUint16(i * 2, value, true);
        else
            view.setInt8(i, value);
    });
    return out;
}
/** A new inline tensor message. */
function tensorMessage(name, dims, dataType, values) {
    return { name, dims: [...dims], data_type: dataType, raw_data: littleEndianBytes(values) };
}
const isFloat32 = (tensor) => (tensor.data_type ?? onnx_proto/* OnnxDataType */.gY.UNDEFINED) === onnx_proto/* OnnxDataType */.gY.FLOAT;
const FLOAT16_MAX = 65504;
const scratch = new DataView(new ArrayBuffer(4));
/**
 * IEEE 754 binary16 bits of a float32, rounded to nearest even (as numpy's astype(float16)); subnormals kept,
 * NaN kept as a quiet NaN. Finite values beyond the float16 range become +-inf here: callers clamp first.
 */
function float16Bits(value) {
    scratch.setFloat32(0, value);
    const bits = scratch.getUint32(0);
    const sign = (bits >>> 16) & 0x8000;
    const exponent = (bits >>> 23) & 0xff;
    const mantissa = bits & 0x7fffff;
    if (exponent === 0xff)
        return sign | 0x7c00 | (mantissa ? 0x200 : 0);
    const halfExponent = exponent - 127 + 15;
    if (halfExponent >= 0x1f)
        return sign | 0x7c00;
    if (halfExponent <= 0) {
        if (halfExponent < -10)
            return sign; // below half the smallest subnormal: rounds to zero
        const full = mantissa | 0x800000;
        const shift = 14 - halfExponent;
        let half = full >>> shift;
        const rest = full & ((1 << shift) - 1);
        const halfway = 1 << (shift - 1);
        if (rest > halfway || (rest === halfway && (half & 1)))
            half++;
        return sign | half;
    }
    let half = (halfExponent << 10) | (mantissa >>> 13);
    const rest = mantissa & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (half & 1)))
        half++; // a carry into the exponent is still right
    return sign | half;
}
function float16Value(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >>> 10) & 0x1f;
    const mantissa = bits & 0x3ff;
    if (exponent === 0)
        return sign * mantissa * 2 ** -24;
    if (exponent === 0x1f)
        return mantissa ? Number.NaN : sign * Infinity;
    return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}
/** float32 -> float16 bits, clamping finite values to +-65504 (as onnxconverter-common does); counts the clamped. */
function toFloat16(values) {
    const bits = new Uint16Array(values.length);
    let clamped = 0;
    values.forEach((value, i) => {
        let v = value;
        if (Number.isFinite(v) && Math.abs(v) > FLOAT16_MAX) {
            v = Math.sign(v) * FLOAT16_MAX;
            clamped++;
        }
        bits[i] = float16Bits(v);
    });
    return { bits, clamped };
}

;// CONCATENATED MODULE: ./src/optimize/float16.ts


/**
 * Ops left in float32 by the float16 conversion (inputs cast back to float32 before them). The list is
 * onnxconverter-common's default block list (traditional-ML ops, and ops whose float16 kernels are missing
 * or numerically unsafe: TopK, Range, CumSum, NonMaxSuppression, RoiAlign, Resize scales) plus control
 * flow (If, Loop, Scan: their subgraphs are not rewritten) and the reductions/normalisations whose sums
 * overflow or lose precision in float16 (ReduceSumSquare, ReduceLogSumExp), and the random generators
 * (their dtype attribute says float32).
 */
const FLOAT16_BLOCKED_OPS = [
    'ArrayFeatureExtractor', 'Binarizer', 'CastMap', 'CategoryMapper', 'DictVectorizer', 'FeatureVectorizer', 'Imputer',
    'LabelEncoder', 'LinearClassifier', 'LinearRegressor', 'Normalizer', 'OneHotEncoder', 'RandomUniformLike',
    'SVMClassifier', 'SVMRegressor', 'Scaler', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'ZipMap',
    'NonMaxSuppression', 'TopK', 'RoiAlign', 'Resize', 'Range', 'CumSum', 'Min', 'Max', 'Upsample',
    'If', 'Loop', 'Scan', 'ReduceSumSquare', 'ReduceLogSumExp', 'RandomNormal', 'RandomUniform',
];
/** Ops whose outputs are never float whatever their inputs: they do not carry float16 downstream. */
const NON_FLOAT_OUTPUT_OPS = new Set([
    'ArgMax', 'ArgMin', 'Shape', 'Size', 'NonZero', 'Equal', 'Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual',
    'And', 'Or', 'Xor', 'Not', 'IsNaN', 'IsInf',
]);
const ONNX_DOMAINS = new Set(['', 'ai.onnx']);
/**
 * Converts a decoded model to float16 in place, keeping the inputs and outputs float32 (keepIoTypes):
 * a Cast to float16 after each float32 input, a Cast back to float32 before each float32 output. Float
 * tensors are tracked from the inputs and initializers through the nodes in order (ONNX graphs are
 * topologically sorted), so integer paths (shapes, indices, ArgMax) are left alone.
 */
function convertToFloat16(model, options = {}) {
    const graph = model.graph;
    const blocked = new Set([...FLOAT16_BLOCKED_OPS, ...(options.blockOps ?? [])]);
    const nodes = graph.node ?? [];
    const isBlocked = (node) => blocked.has(node.op_type) || !ONNX_DOMAINS.has(node.domain ?? '');
    const report = { convertedInitializers: 0, keptFloat32Initializers: 0, clampedValues: 0, castsInserted: 0, blockedNodes: [] };
    const consumers = new Map();
    for (const node of nodes)
        for (const input of node.input ?? [])
            if (input)
                consumers.set(input, [...(consumers.get(input) ?? []), node]);
    // Tensors that are float16 after the conversion, and float32 ones (kept in float32 on purpose).
    const half = new Set();
    const single = new Set();
    const rename = new Map();
    const fresh = uniqueNames(graph);
    const prologue = [];
    for (const input of graph.input ?? []) {
        if (input.type?.tensor_type?.elem_type !== onnx_proto/* OnnxDataType */.gY.FLOAT)
            continue;
        // Read only by ops kept in float32: no round trip through float16.
        const users = consumers.get(input.name) ?? [];
        if (users.length > 0 && users.every(isBlocked))
            continue;
        const cast = fresh(`${input.name}_fp16`);
        prologue.push(castNode(fresh(`${input.name}_cast_fp16`), input.name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT16));
        rename.set(input.name, cast);
        half.add(cast);
    }
    for (const tensor of graph.initializer ?? []) {
        if (!isFloat32(tensor))
            continue;
        const users = consumers.get(tensor.name) ?? [];
        if (users.length > 0 && users.every(isBlocked)) {
            single.add(tensor.name);
            report.keptFloat32Initializers++;
            continue;
        }
        convertTensor(tensor, report);
        half.add(tensor.name);
        report.convertedInitializers++;
    }
    const rewritten = [...prologue];
    for (const node of nodes) {
        node.input = (node.input ?? []).map((name) => rename.get(name) ?? name);
        if (isBlocked(node)) {
            report.blockedNodes.push(`${node.op_type}${node.name ? ` (${node.name})` : ''}`);
            node.input = node.input.map((name) => {
                if (!half.has(name))
                    return name;
                const cast = fresh(`${name}_fp32`);
                rewritten.push(castNode(fresh(`${name}_cast_fp32`), name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT));
                report.castsInserted++;
                return cast;
            });
            rewritten.push(node);
            for (const output of node.output ?? [])
                single.add(output);
            continue;
        }
        node.input = node.input.map((name) => {
            if (!single.has(name))
                return name;
            const cast = fresh(`${name}_fp16`);
            rewritten.push(castNode(fresh(`${name}_cast_fp16`), name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT16));
            half.add(cast);
            report.castsInserted++;
            return cast;
        });
        let convertedAttribute = false;
        for (const attribute of node.attribute ?? []) {
            if (attribute.t && isFloat32(attribute.t)) {
                convertTensor(attribute.t, report);
                convertedAttribute = true;
            }
            if (node.op_type === 'Cast' && attribute.name === 'to' && Number(attribute.i) === onnx_proto/* OnnxDataType */.gY.FLOAT)
                attribute.i = onnx_proto/* OnnxDataType */.gY.FLOAT16;
        }
        rewritten.push(node);
        // Constant value_float(s): a float32 output the next converted op casts, like a blocked op's.
        if (node.op_type === 'Constant' && node.attribute?.some((a) => a.name === 'value_float' || a.name === 'value_floats')) {
            single.add(node.output[0]);
            continue;
        }
        // A tensor attribute now float16 (Constant, ConstantOfShape) makes a float16 output whatever the inputs.
        const producesFloat = node.op_type === 'Cast'
            ? Number(node.attribute?.find((a) => a.name === 'to')?.i) === onnx_proto/* OnnxDataType */.gY.FLOAT16
            : convertedAttribute || (!NON_FLOAT_OUTPUT_OPS.has(node.op_type) && node.input.some((name) => half.has(name)));
        if (producesFloat) {
            // TopK/MaxPool-like second outputs are indices; only the first output of a multi-output op is float.
            half.add(node.output[0]);
        }
    }
    for (const output of graph.output ?? []) {
        if (output.type?.tensor_type?.elem_type !== onnx_proto/* OnnxDataType */.gY.FLOAT || !half.has(output.name))
            continue;
        const inner = fresh(`${output.name}_fp16`);
        for (const node of rewritten) {
            node.output = (node.output ?? []).map((name) => (name === output.name ? inner : name));
            node.input = (node.input ?? []).map((name) => (name === output.name ? inner : name));
        }
        rewritten.push(castNode(fresh(`${output.name}_cast_fp32`), inner, output.name, onnx_proto/* OnnxDataType */.gY.FLOAT));
        report.castsInserted++;
    }
    report.castsInserted += prologue.length;
    graph.node = rewritten;
    // Intermediate type annotations are stale now; onnxruntime infers them again.
    delete graph.value_info;
    return report;
}
function convertTensor(tensor, report) {
    const { bits, clamped } = toFloat16(floatValues(tensor, 'float16'));
    report.clampedValues += clamped;
    tensor.data_type = onnx_proto/* OnnxDataType */.gY.FLOAT16;
    delete tensor.float_data;
    const raw = new Uint8Array(bits.length * 2);
    const view = new DataView(raw.buffer);
    bits.forEach((b, i) => view.setUint16(i * 2, b, true));
    tensor.raw_data = raw;
}
function castNode(name, input, output, to) {
    return { name, op_type: 'Cast', input: [input], output: [output], attribute: [{ name: 'to', type: onnx_proto/* OnnxAttributeType */.y9.INT, i: to }] };
}
/** A name generator that never collides with a tensor or node name already in the graph. */
function uniqueNames(graph) {
    const taken = new Set();
    for (const list of [graph.input, graph.output, graph.initializer, graph.value_info])
        for (const v of list ?? [])
            taken.add(v.name);
    for (const node of graph.node ?? []) {
        if (node.name)
            taken.add(node.name);
        for (const name of [...(node.input ?? []), ...(node.output ?? [])])
            taken.add(name);
    }
    return (base) => {
        let name = base;
        for (let i = 1; taken.has(name); i++)
            name = `${base}_${i}`;
        taken.add(name);
        return name;
    };
}

// EXTERNAL MODULE: ./src/optimize/graph-optimize.ts
var graph_optimize = __webpack_require__(9263);
;// CONCATENATED MODULE: ./src/optimize/quantize.ts




/** The ops whose weight input (an initializer) is quantized, and which input that is. */
const WEIGHT_INPUT = { MatMul: 1, Gemm: 1, Conv: 1 };
const QUANTIZABLE_OPS = Object.keys(WEIGHT_INPUT);
/**
 * Dynamic int8 weight quantization in QDQ form: each float32 weight initializer of a MatMul/Gemm/Conv is
 * stored as int8 with symmetric scales (zero point 0, range [-127, 127], as onnxruntime's quantizer does for
 * weights) per output channel, and a DequantizeLinear node feeds the op. Activations stay float32; runtimes
 * fuse DequantizeLinear + MatMul into integer kernels where they have them. Rewrites the model in place.
 */
function quantizeWeightsInt8(model, options = {}) {
    const graph = model.graph;
    const ops = new Set(options.ops ?? QUANTIZABLE_OPS);
    for (const op of ops)
        if (!(op in WEIGHT_INPUT))
            throw new errors/* ModelshipError */.W7(`quantize: op "${op}" cannot be quantized (supported: ${QUANTIZABLE_OPS.join(', ')})`);
    const exclude = new Set(options.exclude ?? []);
    const opset = Number((model.opset_import ?? []).find((o) => (o.domain ?? '') === '' || o.domain === 'ai.onnx')?.version ?? 0);
    if (opset < 10)
        throw new errors/* ModelshipError */.W7(`quantize: the model imports ONNX opset ${opset || 'none'}; DequantizeLinear needs opset 10 or later`);
    const perChannel = (options.perChannel ?? true) && opset >= 13;
    const initializers = new Map((graph.initializer ?? []).map((t) => [t.name, t]));
    const users = new Map();
    for (const node of graph.node ?? [])
        for (const input of node.input ?? [])
            users.set(input, (users.get(input) ?? 0) + 1);
    const fresh = uniqueNames(graph);
    const report = { weights: [], skipped: [], perChannel };
    const rewritten = [];
    const removed = new Set();
    const added = [];
    for (const node of graph.node ?? []) {
        const label = node.name || `${node.op_type}#${rewritten.length}`;
        const index = WEIGHT_INPUT[node.op_type];
        if (index === undefined || !ops.has(node.op_type) || (node.domain ?? '') !== '') {
            rewritten.push(node);
            continue;
        }
        const skip = (reason) => { report.skipped.push({ node: label, reason }); rewritten.push(node); };
        if (exclude.has(node.name) || exclude.has(node.op_type)) {
            skip('excluded');
            continue;
        }
        const weightName = node.input[index];
        const weight = initializers.get(weightName);
        if (!weight) {
            skip(`weight "${weightName}" is not an initializer`);
            continue;
        }
        if (!isFloat32(weight)) {
            skip(`weight "${weightName}" is not float32`);
            continue;
        }
        if ((users.get(weightName) ?? 0) > 1) {
            skip(`weight "${weightName}" is shared with other nodes`);
            continue;
        }
        const shape = (weight.dims ?? []).map(Number);
        const axis = perChannel ? channelAxis(node, shape) : null;
        if (perChannel && axis === null) {
            skip(`weight "${weightName}" has rank ${shape.length}`);
            continue;
        }
        const values = floatValues(weight, `quantize ${label}`);
        const { quantized, scales, maxAbsError } = quantizeSymmetric(values, shape, axis);
        const qName = fresh(`${weightName}_quantized`);
        const scaleName = fresh(`${weightName}_scale`);
        const zeroName = fresh(`${weightName}_zero_point`);
        const dequantized = fresh(`${weightName}_dequantized`);
        const channels = axis === null ? [] : [shape[axis]];
        added.push(tensorMessage(qName, shape, onnx_proto/* OnnxDataType */.gY.INT8, quantized), tensorMessage(scaleName, channels, onnx_proto/* OnnxDataType */.gY.FLOAT, scales), tensorMessage(zeroName, channels, onnx_proto/* OnnxDataType */.gY.INT8, new Int8Array(scales.length)));
        removed.add(weightName);
        rewritten.push({
            name: fresh(`${weightName}_DequantizeLinear`),
            op_type: 'DequantizeLinear',
            input: [qName, scaleName, zeroName],
            output: [dequantized],
            ...(axis === null ? {} : { attribute: [{ name: 'axis', type: onnx_proto/* OnnxAttributeType */.y9.INT, i: axis }] }),
        });
        node.input = node.input.map((name, i) => (i === index ? dequantized : name));
        rewritten.push(node);
        report.weights.push({ node: label, op: node.op_type, weight: weightName, shape, axis, maxAbsError });
    }
    graph.node = rewritten;
    graph.initializer = [...(graph.initializer ?? []).filter((t) => !removed.has(t.name)), ...added];
    graph.input = (graph.input ?? []).filter((i) => !removed.has(i.name));
    return report;
}
/** The output-channel axis of a weight: Gemm's N (0 with transB, else 1), MatMul's last, Conv's M (0). */
function channelAxis(node, shape) {
    if (node.op_type === 'Conv')
        return shape.length >= 3 ? 0 : null;
    if (node.op_type === 'Gemm') {
        if (shape.length !== 2)
            return null;
        const transB = Number(node.attribute?.find((a) => a.name === 'transB')?.i ?? 0);
        return transB ? 0 : 1;
    }
    return shape.length === 2 ? 1 : null; // a batched MatMul weight (rank > 2) has no single channel axis
}
/**
 * Symmetric int8: scale = max|w| / 127 per channel (1 when the channel is all zeros, as a zero scale is
 * invalid), q = round-half-to-even(w / scale) clipped to [-127, 127] (numpy's rounding, so the bytes match
 * onnxruntime's python quantizer).
 */
function quantizeSymmetric(values, shape, axis) {
    const channels = axis === null ? 1 : shape[axis];
    const inner = axis === null ? values.length : shape.slice(axis + 1).reduce((n, d) => n * d, 1);
    const channelOf = (i) => (axis === null ? 0 : Math.floor(i / inner) % channels);
    const maxAbs = new Float32Array(channels);
    values.forEach((v, i) => { const c = channelOf(i); maxAbs[c] = Math.max(maxAbs[c], Math.abs(v)); });
    const scales = Float32Array.from(maxAbs, (m) => (m === 0 ? 1 : Math.fround(m / 127)));
    const quantized = new Int8Array(values.length);
    let maxAbsError = 0;
    values.forEach((v, i) => {
        const scale = scales[channelOf(i)];
        const q = Math.max(-127, Math.min(127, roundHalfEven(Math.fround(v / scale))));
        quantized[i] = q;
        maxAbsError = Math.max(maxAbsError, Math.abs(v - Math.fround(q * scale)));
    });
    return { quantized, scales, maxAbsError };
}
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/optimize/web-runtime.ts






/** The WebAssembly binary onnxruntime-web loads in Node with one thread (its loader .mjs sits beside it). */
const WEB_WASM_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];
/**
 * Where the .wasm files are: beside this bundle (scripts/build.mjs copies them into dist/cli), else in the
 * installed onnxruntime-web package.
 */
function wasmDirectory() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(here, WEB_WASM_FILES[0])))
        return here;
    for (const base of [import.meta.url, (0,external_node_url_.pathToFileURL)(`${process.cwd()}/`).href]) {
        try {
            // The package's exports hide package.json; its main file is in dist/ beside the .wasm files.
            const dir = external_node_path_default().dirname((0,external_node_module_.createRequire)(base).resolve('onnxruntime-web'));
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, WEB_WASM_FILES[0])))
                return dir;
        }
        catch {
            // not installed from here; try the next base
        }
    }
    throw new errors/* ModelshipError */.W7(`onnxruntime-web's ${WEB_WASM_FILES[0]} is neither beside ${here} nor in an installed onnxruntime-web`, { hint: 'npm install onnxruntime-web' });
}
let webPromise;
function loadOnnxRuntimeWeb() {
    webPromise ??= __webpack_require__.e(/* import() */ 601).then(__webpack_require__.bind(__webpack_require__, 3601)).then((m) => {
        const ort = m.default?.InferenceSession ? m.default : m;
        // One thread: no worker threads to start or leak, and the figure of a small device.
        ort.env.wasm.numThreads = 1;
        ort.env.wasm.wasmPaths = `${(0,external_node_url_.pathToFileURL)(wasmDirectory()).href}/`;
        ort.env.logLevel = 'error';
        return ort;
    });
    return webPromise;
}
/**
 * Loads and runs a model in onnxruntime-web (WebAssembly, in this process) on the evaluation rows and
 * compares its outputs with onnxruntime-node's (without rows: loads it only). A model the browser runtime cannot load is a finding of
 * the report, never a crash of the run.
 */
async function checkInWebRuntime(modelPath, data, nodeOutputs) {
    const ort = await loadOnnxRuntimeWeb();
    const version = ort.env.versions?.web;
    let session;
    try {
        session = await ort.InferenceSession.create(new Uint8Array(await (0,promises_.readFile)(modelPath)));
    }
    catch (err) {
        const message = String(err.message ?? err);
        return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
    }
    // Without evaluation rows the check is whether it loads: every kernel is resolved at load time.
    if (!data || !nodeOutputs) {
        await session.release();
        return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [] };
    }
    try {
        const results = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', data.features, [data.rows, data.width]) });
        let maxAbsDiff = 0;
        for (const [name, expected] of Object.entries(nodeOutputs)) {
            const actual = results[name];
            if (!actual)
                throw new Error(`no output "${name}"`);
            if (expected.type !== 'float32')
                continue;
            for (let i = 0; i < expected.data.length; i++)
                maxAbsDiff = Math.max(maxAbsDiff, Math.abs(Number(actual.data[i]) - Number(expected.data[i])) || 0);
        }
        return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [], maxAbsDiff };
    }
    catch (err) {
        const message = String(err.message ?? err);
        return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
    }
    finally {
        await session.release();
    }
}
/** onnxruntime's "Could not find an implementation for Op(version) node" and "unsupported op" messages. */
function missingOperators(message) {
    const ops = new Set();
    for (const m of message.matchAll(/Could not find an implementation for (\w+)\(\d+\)/g))
        ops.add(m[1]);
    for (const m of message.matchAll(/(?:Unsupported|unsupported) (?:op|operator)[: ]+['"]?([\w.]+)/g))
        ops.add(m[1]);
    for (const m of message.matchAll(/Fatal error: ([\w.]+):(\w+)\(-?\d+\) is not a registered function\/op/g))
        ops.add(`${m[1]}:${m[2]}`);
    return [...ops];
}

;// CONCATENATED MODULE: ./src/optimize/run.ts













const VARIANT_KINDS = ['graph', 'fp16', 'int8'];
/**
 * Writes each requested variant, validates it, then measures everything side by side in one run:
 * size, load time and latency (benchmark runner, trials interleaved), outputs vs the original and vs the
 * labels on the evaluation data, and onnxruntime-web. Each model gets a metrics.json a gate can judge.
 */
async function runOptimize(request) {
    const log = request.log ?? (() => { });
    const originalBytes = await (0,promises_.readFile)(request.modelPath).catch((err) => {
        throw new errors/* ModelshipError */.W7(`cannot read the model ${request.modelPath}: ${err.message}`);
    });
    let decoded;
    try {
        decoded = (0,onnx_proto/* decodeModel */.sd)(originalBytes);
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${request.modelPath} is not a readable ONNX model: ${err.message}`, { exitCode: 1 });
    }
    if (!decoded.graph)
        throw new errors/* ModelshipError */.W7(`${request.modelPath}: the model has no graph`, { exitCode: 1 });
    await (0,promises_.mkdir)(request.outDir, { recursive: true });
    const written = [];
    for (const kind of request.variants) {
        const dir = external_node_path_default().join(request.outDir, kind);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const target = external_node_path_default().join(dir, 'model.onnx');
        const temp = `${target}.${process.pid}.tmp`;
        log(`writing the ${kind} variant`);
        try {
            let transform;
            if (kind === 'graph') {
                await (0,graph_optimize/* optimizeGraph */.s)(request.modelPath, temp, request.graphLevel);
                transform = { level: request.graphLevel };
            }
            else {
                const model = structuredClone(decoded);
                transform = kind === 'fp16' ? convertToFloat16(model, request.float16) : quantizeWeightsInt8(model, request.int8);
                await (0,promises_.writeFile)(temp, onnx_proto/* ModelProto */.kX.encode(onnx_proto/* ModelProto */.kX.fromObject(model)).finish());
            }
            await (0,promises_.rename)(temp, target);
            written.push({ name: kind, path: target, transform });
        }
        catch (err) {
            await (0,promises_.rm)(temp, { force: true });
            throw err;
        }
    }
    const everyModel = [{ name: 'original', path: request.modelPath }, ...written];
    const validation = await runValidation({ paths: everyModel.map((m) => m.path), cwd: request.outDir });
    const originalSignature = JSON.stringify((0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(request.modelPath)));
    let data;
    const outputs = [];
    if (request.evalData) {
        data = await readEvalData(request.evalData.file, request.evalData.label, request.evalData.classes);
        for (const model of everyModel)
            outputs.push(await runOnEvalData(model.path, data));
    }
    log(`measuring ${everyModel.length} models side by side (${request.bench.trials} interleaved trials each)`);
    const speed = await measureSpeed(everyModel, request.bench);
    const warnings = [];
    const figures = [];
    for (const [i, model] of everyModel.entries()) {
        const bytes = await (0,promises_.readFile)(model.path);
        const artifact = validation.artifacts.find((a) => a.path === model.path) ?? validation.artifacts[i];
        const signatureKept = JSON.stringify((0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(model.path))) === originalSignature;
        const quality = data ? compareOutputs(outputs[i], outputs[0], data.labels) : undefined;
        let web;
        if (request.web) {
            web = await checkInWebRuntime(model.path, data, outputs[i]);
            if (!web.loads)
                warnings.push(`${model.name}: onnxruntime-web ${web.version ?? ''} cannot run it${web.missingOps.length ? ` (missing operators: ${web.missingOps.join(', ')})` : ''}: ${web.error}`);
        }
        const metricsFile = external_node_path_default().join(request.outDir, model.name, 'metrics.json');
        const entry = {
            name: model.name,
            path: model.path,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            sizeBytes: bytes.length,
            validate: artifact?.verdict ?? 'fail',
            findings: (artifact?.findings ?? []).filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`),
            signatureKept,
            quality,
            speed: speed[i],
            web,
            transform: 'transform' in model ? model.transform : undefined,
            metricsFile,
        };
        await (0,promises_.mkdir)(external_node_path_default().dirname(metricsFile), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, `${JSON.stringify(gateMetrics(entry, figures[0]), null, 2)}\n`);
        figures.push(entry);
    }
    const [original, ...variants] = figures;
    for (const v of variants)
        if (!v.signatureKept)
            warnings.push(`${v.name}: its inputs/outputs differ from the original's`);
    const verdict = variants.every((v) => v.validate === 'pass' && v.signatureKept) ? 'pass' : 'fail';
    const report = { model: request.model, verdict, ...(data ? { evalData: { file: data.file, rows: data.rows } } : {}), original, variants, warnings };
    await (0,promises_.writeFile)(external_node_path_default().join(request.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    return report;
}
/**
 * The figures a gate judges, flat: `accuracy` (vs the labels), `agreement` and `max_abs_diff` (vs the
 * original), `size_bytes`, `load_ms`, `p50_ms`, `p99_ms`, `web_runs` (1 or 0). The original's file is the
 * baseline of a gate whose candidate is a variant's.
 */
function gateMetrics(model, original) {
    const metrics = {
        size_bytes: model.sizeBytes,
        load_ms: round(model.speed.loadMs),
        p50_ms: round(model.speed.p50Ms),
        p99_ms: round(model.speed.p99Ms),
    };
    if (model.quality)
        Object.assign(metrics, { accuracy: round(model.quality.accuracy), agreement: round(model.quality.agreement), max_abs_diff: model.quality.maxAbsDiff });
    if (model.web)
        metrics.web_runs = model.web.loads ? 1 : 0;
    if (original)
        metrics.size_ratio = round(model.sizeBytes / original.sizeBytes);
    return metrics;
}
const round = (value) => Math.round(value * 1e6) / 1e6;


/***/ })

};
