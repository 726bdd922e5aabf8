export const id = 868;
export const ids = [868];
export const modules = {

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkGraphs: () => (/* binding */ checkGraphs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/config.ts + 3 modules
var config = __webpack_require__(1997);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/graph.ts


const COMPARISONS = ['equals', 'above', 'atLeast', 'below', 'atMost'];
const ENTRY_KEYS = new Set(['graph', 'description']);
/** Where a member sits in modelship.yml: `models.<graph>.graph.members[1]`. */
function memberPath(graph, config, index) {
    const base = ['models', graph, 'graph'];
    if (index === 'default')
        return [...base, 'default'];
    return [...base, config.type === 'sequence' ? 'steps' : config.type === 'switch' ? 'routes' : 'members', index];
}
/** Every member of a graph in order (a switch's default last), with its place in the file. */
function membersOf(graph, config) {
    switch (config.type) {
        case 'sequence':
            return config.steps.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
        case 'switch':
            return [...config.routes.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) })), { member: config.default, keyPath: memberPath(graph, config, 'default') }];
        default:
            return config.members.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
    }
}
/** The comparison of an input condition, or an issue when there is not exactly one. */
function comparisonOf(when) {
    const present = COMPARISONS.filter((c) => when[c] !== undefined);
    return present.length === 1 ? present[0] : undefined;
}
/**
 * The rules the schema cannot say: the entry holds only `graph` (and `description`); members name configured
 * models (a pinned version only of a model, not of a graph); no graph reaches itself through its members;
 * splitter weights are integers summing to 100; weighted-average gives every member a weight; each switch
 * condition is a header with `equals`, or an input with exactly one comparison.
 */
function graphStructureIssues(loaded) {
    const graphs = loaded.config.graphs ?? {};
    const models = loaded.config.models;
    const known = [...Object.keys(models), ...Object.keys(graphs)];
    const issues = [];
    for (const [name, entry] of Object.entries(graphs)) {
        for (const key of Object.keys(entry)) {
            if (!ENTRY_KEYS.has(key))
                issues.push({ keyPath: ['models', name, key], message: `models.${name} is a graph: "${key}" belongs to a model artifact, not a graph`, hint: 'a graph has `graph:` and an optional `description:`; its members carry their own path and signature' });
        }
        const config = entry.graph;
        const extra = { sequence: ['routes', 'default', 'members', 'combine'], switch: ['steps', 'members', 'combine'], ensemble: ['steps', 'routes', 'default'], splitter: ['steps', 'routes', 'default', 'combine'] }[config.type];
        for (const key of extra) {
            if (config[key] !== undefined)
                issues.push({ keyPath: ['models', name, 'graph', key], message: `"${key}" does not belong to a ${config.type} graph (models.${name}.graph)`, hint: `a ${config.type} graph has ${config.type === 'sequence' ? '`steps`' : config.type === 'switch' ? '`routes` and `default`' : config.type === 'ensemble' ? '`members` and `combine`' : '`members` with weights'}` });
        }
        for (const { member, keyPath } of membersOf(name, config)) {
            if (member.model === name) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names itself as a member` });
            }
            else if (!Object.hasOwn(models, member.model) && !Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names model "${member.model}", which is not configured under models`, hint: (0,core_text/* didYouMean */.au)(member.model, known) ?? `models: ${known.join(', ')}` });
            }
            else if (member.version !== undefined && Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'version'], message: `"${member.model}" is a graph: it has no versions to pin`, hint: 'pin versions on the graph\'s own members' });
            }
        }
        if (config.type === 'splitter') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined || !Number.isInteger(m.weight))
                    issues.push({ keyPath: [...memberPath(name, config, i), 'weight'], message: `splitter member ${i} of "${name}" needs an integer weight (a share of 100), got ${JSON.stringify(m.weight ?? null)}` });
            });
            const sum = config.members.reduce((s, m) => s + (m.weight ?? 0), 0);
            if (sum !== 100)
                issues.push({ keyPath: ['models', name, 'graph', 'members'], message: `the weights of splitter "${name}" sum to ${sum}, expected 100` });
        }
        if (config.type === 'ensemble' && config.combine === 'weighted-average') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined)
                    issues.push({ keyPath: memberPath(name, config, i), message: `member ${i} of "${name}" has no weight: combine: weighted-average needs one on every member` });
            });
        }
        if (config.type === 'switch') {
            config.routes.forEach((route, i) => {
                const at = [...memberPath(name, config, i), 'when'];
                const w = route.when;
                if ((w.header === undefined) === (w.input === undefined)) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": a condition names either a header or an input`, hint: 'e.g. `when: { header: x-tier, equals: gold }` or `when: { input: features, index: 2, above: 2.5 }`' });
                }
                else if (w.header !== undefined) {
                    const keys = Object.keys(w).filter((k) => k !== 'header' && k !== 'equals');
                    if (typeof w.equals !== 'string' || keys.length > 0)
                        issues.push({ keyPath: at, message: `route ${i} of "${name}": a header condition is \`header\` and \`equals\` (its text)${keys.length ? `; "${keys[0]}" does not apply` : ''}` });
                }
                else if (comparisonOf(w) === undefined) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": an input condition needs exactly one of ${COMPARISONS.join(', ')}` });
                }
                else if (w.equals !== undefined && typeof w.equals !== 'number' && typeof w.equals !== 'boolean') {
                    issues.push({ keyPath: [...at, 'equals'], message: `route ${i} of "${name}": an input element is compared with a number or a boolean, got ${JSON.stringify(w.equals)}` });
                }
            });
        }
    }
    issues.push(...cycleIssues(graphs));
    return issues;
}
function cycleIssues(graphs) {
    const issues = [];
    const state = new Map();
    const visit = (name, trail) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(name)), name];
            issues.push({ keyPath: ['models', name, 'graph'], message: `graphs form a cycle: ${cycle.join(' -> ')}`, hint: 'a graph may contain other graphs, never itself' });
            return;
        }
        state.set(name, 'visiting');
        for (const { member } of membersOf(name, graphs[name].graph))
            if (Object.hasOwn(graphs, member.model) && member.model !== name)
                visit(member.model, [...trail, name]);
        state.set(name, 'done');
    };
    for (const name of Object.keys(graphs))
        visit(name, []);
    return issues;
}
const FLOAT_TYPES = new Set(['float16', 'float32', 'float64', 'bfloat16']);
const isFloatType = (dtype) => FLOAT_TYPES.has(dtype);
/** Two dims can be the same size: equal sizes, or either one symbolic or unknown. */
function dimsConnect(a, b) {
    return typeof a !== 'number' || typeof b !== 'number' || a === b;
}
/** Why a tensor cannot take another's place, or undefined when it can. */
function tensorMismatch(produced, expected) {
    if (produced.dtype !== expected.dtype)
        return `dtype ${produced.dtype} where ${expected.dtype} is expected`;
    if (produced.shape.length > 0 && expected.shape.length > 0) {
        if (produced.shape.length !== expected.shape.length)
            return `shape [${produced.shape.join(', ')}] has rank ${produced.shape.length}, expected rank ${expected.shape.length} ([${expected.shape.join(', ')}])`;
        for (let i = 0; i < produced.shape.length; i++) {
            if (!dimsConnect(produced.shape[i], expected.shape[i]))
                return `dimension ${i} is ${produced.shape[i]}, expected ${expected.shape[i]} ([${produced.shape.join(', ')}] vs [${expected.shape.join(', ')}])`;
        }
    }
    return undefined;
}
/** Signatures equal for graph purposes: same names in the same order, same dtypes, connecting shapes. */
function signatureMismatch(a, b) {
    const names = (ts) => ts.map((t) => t.name).join(', ');
    if (names(a) !== names(b))
        return `tensors [${names(a)}] differ from [${names(b)}]`;
    for (let i = 0; i < a.length; i++) {
        const why = tensorMismatch(a[i], b[i]);
        if (why)
            return `"${a[i].name}": ${why}`;
    }
    return undefined;
}
/**
 * The graph's signature from its members' (each graph member resolved recursively through `signatureOf`),
 * with every place the members do not connect. Sequence: the first step's inputs, the last step's outputs;
 * each later input fed by the previous step's output named in `map` (or of the same name). Switch and
 * splitter: every member has one signature (any of them may answer). Ensemble: the members' inputs and
 * outputs match; the graph has them.
 */
function graphSignature(graph, config, signatureOf) {
    const issues = [];
    const unknown = [];
    const members = membersOf(graph, config).map(({ member, keyPath }) => {
        const s = signatureOf(member);
        if ('unknown' in s)
            unknown.push(s.unknown);
        return { member, keyPath, signature: 'unknown' in s ? undefined : s };
    });
    if (unknown.length > 0)
        return { issues, unknown };
    const label = (m) => (m.version ? `${m.model}@${m.version}` : m.model);
    if (config.type === 'sequence') {
        for (let k = 1; k < members.length; k++) {
            const before = members[k - 1];
            const step = members[k];
            const map = config.steps[k].map ?? {};
            const fed = new Map(); // input -> output feeding it
            for (const [output, input] of Object.entries(map)) {
                const at = [...step.keyPath, 'map', output];
                if (!before.signature.outputs.some((o) => o.name === output))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}", which is not an output of step ${k - 1} (${label(before.member)})`, hint: `outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                else if (!step.signature.inputs.some((i) => i.name === input))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}" to "${input}", which is not an input of ${label(step.member)}`, hint: `inputs of ${label(step.member)}: ${step.signature.inputs.map((i) => i.name).join(', ')}` });
                else if (fed.has(input))
                    issues.push({ keyPath: at, message: `step ${k} feeds input "${input}" twice (from "${fed.get(input)}" and "${output}")` });
                else
                    fed.set(input, output);
            }
            for (const input of step.signature.inputs) {
                const source = fed.get(input.name) ?? (before.signature.outputs.some((o) => o.name === input.name) ? input.name : undefined);
                if (source === undefined) {
                    if (input.optional)
                        continue;
                    issues.push({ keyPath: [...step.keyPath, 'map'], message: `input "${input.name}" of step ${k} (${label(step.member)}) is fed by nothing: no output of step ${k - 1} (${label(before.member)}) is mapped to it or has its name`, hint: `add \`map: { <output>: ${input.name} }\`; outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                    continue;
                }
                const produced = before.signature.outputs.find((o) => o.name === source);
                const why = tensorMismatch(produced, input);
                if (why)
                    issues.push({ keyPath: [...step.keyPath, ...(fed.has(input.name) ? ['map', source] : ['model'])], message: `output "${source}" of step ${k - 1} (${label(before.member)}) cannot feed input "${input.name}" of step ${k} (${label(step.member)}): ${why}` });
            }
        }
        return { signature: { inputs: members[0].signature.inputs, outputs: members[members.length - 1].signature.outputs }, issues, unknown };
    }
    const first = members[0];
    for (const m of members.slice(1)) {
        const inputs = signatureMismatch(m.signature.inputs, first.signature.inputs);
        if (inputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the inputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${inputs}`, hint: `the members of a ${config.type} all receive the same request` });
        const outputs = signatureMismatch(m.signature.outputs, first.signature.outputs);
        if (outputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the outputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${outputs}`, hint: config.type === 'ensemble' ? 'ensemble members combine output by output: same names, types and shapes' : `any member of a ${config.type} may answer, so all answer alike` });
    }
    if (config.type === 'switch') {
        config.routes.forEach((route, i) => {
            if (route.when.input === undefined)
                return;
            const input = first.signature.inputs.find((t) => t.name === route.when.input);
            const at = [...memberPath(graph, config, i), 'when', 'input'];
            if (!input)
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" reads input "${route.when.input}", which the graph does not have`, hint: (0,core_text/* didYouMean */.au)(route.when.input, first.signature.inputs.map((t) => t.name)) ?? `inputs: ${first.signature.inputs.map((t) => t.name).join(', ')}` });
            else if (input.dtype === 'string')
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" compares input "${input.name}", a string tensor, with a number` });
        });
    }
    return { signature: first.signature, issues, unknown };
}
/** Resolves every graph's signature, graphs inside graphs first; `model` gives an artifact member's signature. */
function resolveGraphSignatures(graphs, model) {
    const out = new Map();
    const resolve = (name, depth) => {
        if (out.has(name))
            return;
        if (depth > Object.keys(graphs).length) {
            out.set(name, { issues: [], unknown: [`"${name}" is part of a cycle`] });
            return;
        }
        const signatureOf = (member) => {
            if (!Object.hasOwn(graphs, member.model))
                return model(member);
            resolve(member.model, depth + 1);
            const inner = out.get(member.model);
            return inner.signature ?? { unknown: inner.unknown[0] ?? `graph "${member.model}" does not connect` };
        };
        out.set(name, graphSignature(name, graphs[name].graph, signatureOf));
    };
    for (const name of Object.keys(graphs))
        resolve(name, 0);
    return out;
}
/** Graph issues as config issues at their lines. */
function toConfigIssues(loaded, issues) {
    return issues.map((i) => ({ location: loaded.locate(i.keyPath), path: (0,config/* dotted */.Bs)(i.keyPath), message: i.message, ...(i.hint ? { hint: i.hint } : {}) }));
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/core/protobuf-wire.ts
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
function protobuf_wire_text(f) {
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

;// CONCATENATED MODULE: ./src/core/onnx/reader.ts



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
        const handle = await (0,promises_.open)(source, 'r');
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
        this.wire = new StreamingWireReader(src);
    }
    async string(f, what) {
        this.expectWire(f, 2, what);
        const len = f.end - f.start;
        if (len > this.opts.maxStringBytes)
            throw new WireFormatError(`${what} is ${len} bytes, over the ${this.opts.maxStringBytes}-byte limit`, f.at);
        const buf = await this.src.read(f.start, len);
        if (buf.length !== len)
            throw new WireFormatError(`${what} is truncated`, f.at);
        // Protobuf strings must be valid UTF-8 (a lossy decode would hide that they were not).
        if (!(0,external_node_buffer_.isUtf8)(buf))
            throw new WireFormatError(`${what} is not valid UTF-8`, f.at);
        return buf.toString('utf8');
    }
    int(f, what) {
        this.expectWire(f, 0, what);
        const v = BigInt.asIntN(64, f.value);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new WireFormatError(`${what} ${v} is out of range`, f.at);
        }
        return Number(v);
    }
    expectWire(f, wire, what) {
        if (f.wire !== wire)
            throw new WireFormatError(`${what} has wire type ${f.wire}, expected ${wire}`, f.at);
    }
    count(at) {
        if (++this.items > this.opts.maxItems)
            throw new WireFormatError(`more than ${this.opts.maxItems} graph items`, at);
    }
    async model() {
        if (this.src.size === 0)
            throw new WireFormatError('empty file', 0);
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
            throw new WireFormatError(`subgraphs nested deeper than ${this.opts.maxDepth}`, start);
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
        throw new WireFormatError(`${what} "${text}" is not a non-negative integer`, at);
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        throw new WireFormatError(`${what} ${text} is out of range`, at);
    return n;
}

;// CONCATENATED MODULE: ./src/config-check/graphs.ts



/**
 * The inference graphs of modelship.yml: structure first (members, cycles, weights, conditions), then whether
 * the members' signatures connect. An artifact member's signature is its declared `signature`, else the one
 * read from its ONNX file; a graph whose members' signatures cannot be known (another format without a
 * declared signature, a `generated` file not made yet) is a warning: serve checks it again when it loads.
 */
async function checkGraphs(loaded) {
    const graphs = loaded.config.graphs ?? {};
    if (Object.keys(graphs).length === 0)
        return { errors: [], warnings: [] };
    const structure = graphStructureIssues(loaded);
    if (structure.length > 0)
        return { errors: toConfigIssues(loaded, structure), warnings: [] };
    const signatures = new Map();
    for (const [name, model] of Object.entries(loaded.config.models))
        signatures.set(name, await artifactSignature(loaded, name, model));
    const resolved = resolveGraphSignatures(graphs, (member) => signatures.get(member.model) ?? { unknown: `"${member.model}" is not a model` });
    const errors = [];
    const warnings = [];
    for (const [name, r] of resolved) {
        errors.push(...toConfigIssues(loaded, r.issues));
        if (r.unknown.length > 0)
            warnings.push({ location: loaded.locate(['models', name, 'graph']), path: `models.${name}.graph`, message: `graph "${name}" cannot be checked yet: ${r.unknown[0]}`, hint: 'declare the member\'s `signature:` so shapes and dtypes are checked here' });
    }
    return { errors, warnings };
}
async function artifactSignature(loaded, name, model) {
    if (model.signature)
        return model.signature;
    let file;
    try {
        file = loaded.resolvePath(model.path, ['models', name, 'path']);
    }
    catch (err) {
        return { unknown: err.message };
    }
    const isOnnx = model.format === 'onnx' || (model.format === undefined && file.endsWith('.onnx'));
    if (!isOnnx)
        return { unknown: `model "${name}" declares no signature and is not ONNX (its signature cannot be read)` };
    if (!(await (0,promises_.stat)(file).catch(() => undefined))?.isFile())
        return { unknown: `${model.path} (model "${name}") does not exist yet` };
    try {
        return signatureOf(await readOnnxModel(file));
    }
    catch (err) {
        return { unknown: `the signature of ${model.path} (model "${name}") cannot be read: ${err.message}` };
    }
}


/***/ })

};
