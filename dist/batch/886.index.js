export const id = 886;
export const ids = [886];
export const modules = {

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ nodeFs),
/* harmony export */   v: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const nodeFs = {
    async writeDurable(file, data) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'w');
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    },
    rename: (from, to) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(from, to),
    rm: (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true, recursive: true }),
    mkdir: async (dir) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    },
    readFile: (file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file),
};
/** Writes to a temp name beside the target and renames it into place; on any failure the temp is removed. */
async function writeAtomically(fs, file, data, tag) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${tag}.tmp`);
    try {
        await fs.writeDurable(temp, data);
        await fs.rename(temp, file);
    }
    catch (err) {
        await fs.rm(temp).catch(() => undefined);
        throw err;
    }
}


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareRequest: () => (/* binding */ compareRequest),
  resolveModel: () => (/* binding */ resolveModel),
  runRequest: () => (/* binding */ runRequest)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
;// CONCATENATED MODULE: ./src/batch/npy.ts
const DTYPES = {};
for (const [descr, name, bytes] of [
    ['<f4', 'float32', 4], ['<f8', 'float64', 8], ['|i1', 'int8', 1], ['|u1', 'uint8', 1], ['<i2', 'int16', 2], ['<u2', 'uint16', 2],
    ['<i4', 'int32', 4], ['<u4', 'uint32', 4], ['<i8', 'int64', 8], ['<u8', 'uint64', 8], ['|b1', 'bool', 1],
])
    DTYPES[descr] = { descr, name, bytes };
class NpyFormatError extends Error {
}
/** Parses the header; throws NpyFormatError saying what is wrong. */
async function readNpyHeader(handle, size) {
    const head = Buffer.alloc(Math.min(size, 12));
    await handle.read(head, 0, head.length, 0);
    if (head.length < 10 || head[0] !== 0x93 || head.toString('latin1', 1, 6) !== 'NUMPY')
        throw new NpyFormatError('not a .npy file (no \\x93NUMPY magic)');
    const major = head[6];
    if (major < 1 || major > 3)
        throw new NpyFormatError(`unsupported .npy format version ${major}`);
    const headerLength = major === 1 ? head.readUInt16LE(8) : head.readUInt32LE(8);
    const start = major === 1 ? 10 : 12;
    if (start + headerLength > size)
        throw new NpyFormatError(`the header (${headerLength} bytes) runs past the end of the file`);
    const text = Buffer.alloc(headerLength);
    await handle.read(text, 0, headerLength, start);
    const dict = text.toString(major === 3 ? 'utf8' : 'latin1');
    const descr = /'descr'\s*:\s*'([^']+)'/.exec(dict)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(dict)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(dict)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined)
        throw new NpyFormatError(`malformed header ${JSON.stringify(dict.trim())}`);
    const dtype = DTYPES[descr] ?? (descr === '=f4' ? DTYPES['<f4'] : undefined);
    if (!dtype)
        throw new NpyFormatError(`dtype ${descr} is not supported (little-endian numbers and bool only)`);
    if (fortran === 'True')
        throw new NpyFormatError('Fortran-ordered arrays are not supported: save with np.ascontiguousarray');
    const shape = shapeText.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
    if (shape.length === 0 || shape.some((d) => !Number.isInteger(d) || d < 0))
        throw new NpyFormatError(`shape (${shapeText}) has no row axis`);
    const rowSize = shape.slice(1).reduce((a, b) => a * b, 1);
    const dataOffset = start + headerLength;
    const expected = dataOffset + shape[0] * rowSize * dtype.bytes;
    if (size < expected)
        throw new NpyFormatError(`truncated: ${size} bytes, the header promises ${expected}`);
    return { dtype, shape, dataOffset, rowSize, rows: shape[0] };
}
/** Rows [first, first+count) as plain numbers (bigint for 64-bit integers, booleans for bool). */
async function readNpyRows(handle, header, first, count) {
    const rowBytes = header.rowSize * header.dtype.bytes;
    const buf = Buffer.alloc(rowBytes * count);
    await handle.read(buf, 0, buf.length, header.dataOffset + first * rowBytes);
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const rows = [];
    for (let r = 0; r < count; r++) {
        const out = new Array(header.rowSize);
        for (let i = 0; i < header.rowSize; i++)
            out[i] = npy_element(view, (r * header.rowSize + i) * header.dtype.bytes, header.dtype.name);
        rows.push(out);
    }
    return rows;
}
function npy_element(view, at, name) {
    switch (name) {
        case 'float32': return view.getFloat32(at, true);
        case 'float64': return view.getFloat64(at, true);
        case 'int8': return view.getInt8(at);
        case 'uint8': return view.getUint8(at);
        case 'int16': return view.getInt16(at, true);
        case 'uint16': return view.getUint16(at, true);
        case 'int32': return view.getInt32(at, true);
        case 'uint32': return view.getUint32(at, true);
        case 'int64': return view.getBigInt64(at, true);
        case 'uint64': return view.getBigUint64(at, true);
        case 'bool': return view.getUint8(at) !== 0;
    }
}

;// CONCATENATED MODULE: ./src/batch/inputs.ts








const EXTENSIONS = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.parquet': 'parquet', '.npy': 'npy' };
function formatOf(file) {
    return EXTENSIONS[external_node_path_default().extname(file).toLowerCase()];
}
/**
 * The input files of `spec` (a file, a folder walked recursively, or a glob with `*`, `?` and `**`),
 * sorted by relative path so every shard and every resume sees the same order.
 */
async function listInputs(spec, cwd) {
    const absolute = external_node_path_default().resolve(cwd, spec);
    if (!/[*?]/.test(spec)) {
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!info)
            throw new errors.ModelshipError(`input ${spec}: no such file or folder`);
        if (info.isFile()) {
            const format = formatOf(absolute);
            if (!format)
                throw new errors.ModelshipError(`input ${spec}: unknown format`, { hint: `inputs are ${Object.keys(EXTENSIONS).join(', ')} files` });
            return [{ path: absolute, rel: external_node_path_default().basename(absolute), format }];
        }
        const files = (await walk(absolute)).filter((f) => formatOf(f) !== undefined);
        if (files.length === 0)
            throw new errors.ModelshipError(`input ${spec}: the folder holds no ${Object.keys(EXTENSIONS).join(', ')} files`);
        return files.map((f) => ({ path: f, rel: toRel(absolute, f), format: formatOf(f) }));
    }
    const parts = absolute.split((external_node_path_default()).sep);
    const firstWild = parts.findIndex((p) => /[*?]/.test(p));
    const base = parts.slice(0, firstWild).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
    const pattern = globRegExp(parts.slice(firstWild).join('/'));
    const files = (await walk(base).catch(() => [])).filter((f) => pattern.test(toRel(base, f)) && formatOf(f) !== undefined);
    if (files.length === 0)
        throw new errors.ModelshipError(`input ${spec}: the glob matches no ${Object.keys(EXTENSIONS).join(', ')} files`);
    return files.map((f) => ({ path: f, rel: toRel(base, f), format: formatOf(f) }));
}
function toRel(base, file) {
    return external_node_path_default().relative(base, file).split((external_node_path_default()).sep).join('/');
}
async function walk(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.'))
            continue;
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await walk(full)));
        else if (entry.isFile())
            out.push(full);
    }
    return out.sort((a, b) => (toRel(dir, a) < toRel(dir, b) ? -1 : toRel(dir, a) > toRel(dir, b) ? 1 : 0));
}
/** `**` any folders, `*` and `?` within one name. */
function globRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
async function sha256OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The columns a file offers: CSV header, Parquet schema, keys of the first JSON line, or `[stem]` for .npy;
 * undefined when the file cannot be read at all (readRows then reports it as an error of the file).
 */
async function columnsOf(file) {
    switch (file.format) {
        case 'csv':
            for await (const r of csvRecords(file.path)) {
                return 'error' in r ? undefined : r.record;
            }
            return [];
        case 'jsonl':
            for await (const r of jsonLines(file.path)) {
                if (r.value !== undefined && typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value))
                    return Object.keys(r.value);
            }
            return [];
        case 'parquet': {
            const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 4148));
            try {
                const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file.path));
                return parquetSchema(metadata).children.map((c) => c.element.name);
            }
            catch {
                return undefined;
            }
        }
        case 'npy':
            return [external_node_path_default().basename(file.path, external_node_path_default().extname(file.path))];
    }
}
/** Rows per batch the readers yield: the unit of the run's per-row work, so no per-row promise or callback. */
const READ_BATCH = 4096;
/** Streams rows with the `wanted` columns (in that order), one at a time (see readRowBatches). */
async function* readRows(file, wanted) {
    for await (const batch of readRowBatches(file, wanted))
        yield* batch;
}
/**
 * Streams rows with the `wanted` columns (in that order) in batches of up to READ_BATCH rows, in file order.
 * Never throws for bad data: it yields errors.
 */
async function* readRowBatches(file, wanted) {
    switch (file.format) {
        case 'csv':
            return yield* csvRows(file, wanted);
        case 'jsonl':
            return yield* batched(jsonlRows(file, wanted));
        case 'parquet':
            return yield* parquetRows(file, wanted);
        case 'npy':
            return yield* batched(npyRows(file));
    }
}
async function* batched(rows) {
    let batch = [];
    for await (const r of rows) {
        batch.push(r);
        if (batch.length >= READ_BATCH) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}
/**
 * csv-parse with each record's line read from the parser's counters as the record is pushed: its `info`
 * option builds an object per record, which cost 4x the parsing itself.
 */
class LineCountingParser extends lib/* Parser */.iX {
    push(record) {
        return super.push(record === null ? null : { record, line: this.info.lines });
    }
}
/** Records in batches: every record the parser holds is taken at once, not one promise per record. */
async function* csvRecordBatches(file, readBytes = 1 << 20) {
    const parser = new LineCountingParser({ relax_column_count: true, bom: true, skip_empty_lines: true });
    const source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: readBytes });
    source.on('error', (err) => parser.destroy(err));
    source.pipe(parser);
    let done = false;
    let failure;
    let wake;
    const signal = () => {
        wake?.();
        wake = undefined;
    };
    // Read on demand only, so the parser's back-pressure holds and memory follows the batch, not the file.
    parser.on('readable', signal);
    parser.on('end', () => {
        done = true;
        signal();
    });
    parser.on('error', (err) => {
        failure = err;
        signal();
    });
    try {
        for (;;) {
            const batch = [];
            let r;
            while (batch.length < READ_BATCH && (r = parser.read()) !== null)
                batch.push(r);
            if (batch.length > 0) {
                yield batch;
                continue;
            }
            if (failure) {
                const e = failure;
                yield [{ error: e.message, line: e.lines }];
                return;
            }
            if (done)
                return;
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        source.destroy();
        parser.destroy();
    }
}
/** Records one by one, read in small pieces: for the header, without parsing a MiB of rows after it. */
async function* csvRecords(file) {
    for await (const batch of csvRecordBatches(file, 1 << 16))
        yield* batch;
}
async function* csvRows(file, wanted) {
    let header;
    let index = [];
    let row = 0;
    for await (const records of csvRecordBatches(file.path)) {
        const out = [];
        for (const r of records) {
            if ('error' in r) {
                out.push({ row: row + 1, line: r.line, error: `${r.error}; the rest of the file could not be read`, fatal: true });
                yield out;
                return;
            }
            if (!header) {
                header = r.record;
                index = wanted.map((c) => header.indexOf(c));
                continue;
            }
            row++;
            if (r.record.length !== header.length) {
                out.push({ row, line: r.line, error: `${r.record.length} fields, the header has ${header.length}` });
                continue;
            }
            const cells = new Array(index.length);
            for (let k = 0; k < index.length; k++)
                cells[k] = index[k] < 0 ? undefined : r.record[index[k]];
            out.push({ row, line: r.line, cells });
        }
        if (out.length > 0)
            yield out;
    }
}
async function* jsonLines(file) {
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
        line++;
        if (text.trim() === '')
            continue;
        try {
            yield { line, value: JSON.parse(text) };
        }
        catch (err) {
            yield { line, error: `not valid JSON: ${err.message}` };
        }
    }
}
async function* jsonlRows(file, wanted) {
    let row = 0;
    for await (const r of jsonLines(file.path)) {
        row++;
        if (r.error !== undefined) {
            yield { row, line: r.line, error: r.error };
            continue;
        }
        const v = r.value;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            yield { row, line: r.line, error: 'a JSON line must be an object of columns' };
            continue;
        }
        yield { row, line: r.line, cells: wanted.map((c) => (Object.hasOwn(v, c) ? v[c] : undefined)) };
    }
}
async function* parquetRows(file, wanted) {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 4148));
    let buffer;
    let metadata;
    try {
        buffer = await asyncBufferFromFile(file.path);
        metadata = await parquetMetadataAsync(buffer);
    }
    catch (err) {
        yield [{ row: 1, error: `not a readable Parquet file: ${err.message}`, fatal: true }];
        return;
    }
    let start = 0;
    // One row group at a time: memory follows the row group, not the file.
    for (const group of metadata.row_groups) {
        const count = Number(group.num_rows);
        let rows;
        let failure;
        try {
            rows = await new Promise((resolve, reject) => {
                parquetRead({ file: buffer, metadata, columns: wanted, rowStart: start, rowEnd: start + count, onComplete: (r) => resolve(r) }).catch(reject);
            });
            if (rows.length !== count)
                failure = `the row group holds ${rows.length} rows, its metadata says ${count}`;
        }
        catch (err) {
            failure = err.message;
        }
        for (let first = 0; first < count; first += READ_BATCH) {
            const batch = [];
            for (let i = first; i < Math.min(count, first + READ_BATCH); i++) {
                const row = start + i + 1;
                batch.push(failure !== undefined || !rows ? { row, error: `row group unreadable: ${failure}` } : { row, cells: rows[i] });
            }
            yield batch;
        }
        start += count;
    }
}
async function* npyRows(file) {
    const handle = await (0,promises_.open)(file.path, 'r');
    try {
        const { size } = await handle.stat();
        let header;
        try {
            header = await readNpyHeader(handle, size);
        }
        catch (err) {
            if (!(err instanceof NpyFormatError))
                throw err;
            yield { row: 1, error: `not a readable .npy file: ${err.message}`, fatal: true };
            return;
        }
        const step = Math.max(1, Math.floor((1 << 20) / Math.max(1, header.rowSize * header.dtype.bytes)));
        for (let first = 0; first < header.rows; first += step) {
            const rows = await readNpyRows(handle, header, first, Math.min(step, header.rows - first));
            for (let i = 0; i < rows.length; i++)
                yield { row: first + i + 1, cells: [rows[i]] };
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/batch/model.ts + 8 modules
var model = __webpack_require__(6706);
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

// EXTERNAL MODULE: ./src/batch/fs-port.ts
var fs_port = __webpack_require__(6485);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/serve/batching.ts
const DEFAULT_BATCH = { maxRows: 64, maxDelayMs: 0 };
/**
 * A signature can be batched when every input and every output has a free first dimension, all with the
 * same symbolic name where names are given (`batch`, `N`: two different names are two different axes).
 * Whether rows are really independent is checked by running the model (see `probeRows`), not assumed.
 */
function batchAxis(inputs, outputs) {
    if (inputs.length === 0 || outputs.length === 0)
        return { enabled: false, reason: 'the model has no inputs or no outputs' };
    const names = new Set();
    for (const [kind, list] of [['input', inputs], ['output', outputs]]) {
        for (const t of list) {
            if (t.dtype === 'unsupported')
                return { enabled: false, reason: `${kind} "${t.name}" is not a tensor` };
            if (t.shape.length === 0 || t.shape[0] !== null) {
                return { enabled: false, reason: `${kind} "${t.name}" has ${t.shape.length === 0 ? 'no declared first dimension' : `a fixed first dimension (${t.shape[0]})`}` };
            }
            if (t.dim0)
                names.add(t.dim0);
        }
    }
    if (names.size > 1)
        return { enabled: false, reason: `the first dimensions have different names (${[...names].join(', ')})` };
    return { enabled: true };
}
/**
 * The rows of a request and the key of the requests it can share a run with: every input has the same
 * number of rows (at least one) and the same non-batch dims. Undefined when the request must run alone.
 */
function batchKey(inputs) {
    if (inputs.length === 0)
        return undefined;
    const rows = inputs[0].dims[0];
    if (!(rows > 0))
        return undefined;
    let key = '';
    for (let i = 0; i < inputs.length; i++) {
        const dims = inputs[i].dims;
        if (dims.length === 0 || dims[0] !== rows)
            return undefined;
        key += i === 0 ? '' : '|';
        for (let d = 1; d < dims.length; d++)
            key += d === 1 ? String(dims[d]) : `x${dims[d]}`;
    }
    return { rows, key };
}
/** The typed array an element type travels in (bool as bytes 0/1, float16 as its raw bits). */
const TYPED_ARRAY = {
    float32: Float32Array, float64: Float64Array, int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
    int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, float16: Uint16Array, bool: Uint8Array,
};
function concatData(dtype, parts, total) {
    if (dtype === 'string') {
        const out = [];
        for (const p of parts)
            for (const v of p)
                out.push(v);
        return out;
    }
    const Ctor = TYPED_ARRAY[dtype];
    if (!Ctor)
        throw new Error(`cannot batch element type ${dtype}`);
    const out = new Ctor(total);
    let at = 0;
    for (const p of parts) {
        if (Array.isArray(p)) {
            // bool from JSON arrives as booleans; onnxruntime takes the same tensor as bytes 0/1.
            for (let i = 0; i < p.length; i++)
                out[at + i] = p[i] ? 1 : 0;
        }
        else
            out.set(p, at);
        at += p.length;
    }
    return out;
}
/** Joins the inputs of several requests (same key) along the batch axis, in request order. */
function concatInputs(requests, rows) {
    const first = requests[0];
    return first.map((t, i) => {
        let total = 0;
        const parts = requests.map((r) => {
            total += r[i].data.length;
            return r[i].data;
        });
        return { name: t.name, dtype: t.dtype, dims: [rows, ...t.dims.slice(1)], data: concatData(t.dtype, parts, total) };
    });
}
/**
 * Splits the outputs of a batched run back per request (views, not copies). Undefined when an output does
 * not follow the batch axis (its first dimension is not the total rows), so the caller must not batch.
 */
function splitOutputs(outputs, parts, total) {
    const byName = new Map();
    for (const t of outputs) {
        if (t.dims.length === 0 || t.dims[0] !== total)
            return undefined;
        let per = 1;
        for (let d = 1; d < t.dims.length; d++)
            per *= t.dims[d];
        if (t.data.length !== per * total)
            return undefined;
        byName.set(t.name, { t, per });
    }
    let row = 0;
    return parts.map((p) => {
        const start = row;
        row += p.rows;
        return p.names.map((name) => {
            const { t, per } = byName.get(name);
            const d = t.data;
            const data = Array.isArray(d) ? d.slice(start * per, row * per) : d.subarray(start * per, row * per);
            return { name, dtype: t.dtype, dims: [p.rows, ...t.dims.slice(1)], data };
        });
    });
}
function probeData(dtype, n, one) {
    if (dtype === 'string')
        return new Array(n).fill(one ? 'b' : 'a');
    const Ctor = TYPED_ARRAY[dtype];
    if (!Ctor)
        throw new Error(`no probe value for element type ${dtype}`);
    const out = new Ctor(n);
    if (one) {
        if (out instanceof BigInt64Array || out instanceof BigUint64Array)
            out.fill(1n);
        else
            out.fill(dtype === 'float16' ? 0x3c00 : 1);
    }
    return out;
}
/**
 * Two different one-row requests (all zeros, all ones; free dims as 1, fixed ones as declared). The model batches only if
 * running them together gives, bit for bit, what running each alone gives: this catches graphs whose rows
 * interact (a mean over the batch) or whose kernels round differently by batch size.
 */
function probeRows(inputs) {
    const row = (one) => inputs.map((m) => {
        // Free dims as 1 (one row); a fixed first dim as declared (only the inline measurement meets one: the
        // batching probe runs only on a free batch axis).
        const dims = m.shape.map((d) => d ?? 1);
        return { name: m.name, dtype: m.dtype, dims, data: probeData(m.dtype, dims.reduce((a, b) => a * b, 1), one) };
    });
    return [row(false), row(true)];
}
/** Same dims and the same bits (NaN included) in the same element type. */
function sameTensor(a, b) {
    if (a.dtype !== b.dtype || a.dims.length !== b.dims.length || a.dims.some((d, i) => d !== b.dims[i]) || a.data.length !== b.data.length)
        return false;
    const x = a.data;
    const y = b.data;
    if (Array.isArray(x) || Array.isArray(y)) {
        for (let i = 0; i < x.length; i++)
            if (x[i] !== y[i])
                return false;
        return true;
    }
    const bx = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const by = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
    if (bx.length !== by.length)
        return false;
    for (let i = 0; i < bx.length; i++)
        if (bx[i] !== by[i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/serve/inference-worker.ts
/**
 * The code of an inference worker thread, as a string: onnxruntime-node runs a session synchronously, so on
 * the main thread one inference would stall every other request (health checks included) and no queue could
 * ever form. A string (run with `eval: true`) works the same from the sources, the tests and the ncc bundles.
 *
 * Messages: `run` {id, inputs:[{name,dtype,dims,data}], outputs:[names]} → `result` {id, outputs | error};
 * `release` → `released`. The model bytes arrive transferred (not copied) in workerData and are dropped as
 * soon as the session exists. Outputs go back copied, never transferred: onnxruntime-node may hand them over
 * as external buffers that free native memory from this thread's finalizers, which must not move to another.
 */
const INFERENCE_WORKER_SOURCE = String.raw `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
let session;
// Shapes: fixed dims as numbers, free ones as null; dim0 keeps the symbolic name of a free first dimension
// ('' when onnxruntime gives no name) so the server can tell whether every tensor shares one batch axis.
const meta = (list) => list.map((m) => {
  if (!m.isTensor) return { name: m.name, dtype: 'unsupported', shape: [] };
  const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
  const first = m.shape[0];
  const dim0 = shape.length > 0 && shape[0] === null ? (typeof first === 'string' ? first : '') : undefined;
  return dim0 === undefined ? { name: m.name, dtype: m.type, shape } : { name: m.name, dtype: m.type, shape, dim0 };
});
let bytes = workerData.bytes;
workerData.bytes = null;
ort.InferenceSession.create(bytes, workerData.options).then(
  (s) => {
    session = s;
    bytes = null;
    parentPort.postMessage({ type: 'ready', inputs: meta(s.inputMetadata), outputs: meta(s.outputMetadata) });
  },
  (err) => {
    bytes = null;
    parentPort.postMessage({ type: 'failed', message: String(err && err.message || err) });
  },
);
parentPort.on('message', async (m) => {
  if (m.type === 'run') {
    try {
      const feeds = {};
      for (const t of m.inputs) feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
      const r = await session.run(feeds, m.outputs);
      parentPort.postMessage({ type: 'result', id: m.id, outputs: m.outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data })) });
    } catch (err) {
      parentPort.postMessage({ type: 'result', id: m.id, error: String(err && err.message || err) });
    }
  } else if (m.type === 'release') {
    try { if (session) await session.release(); } finally { parentPort.postMessage({ type: 'released' }); }
  }
});
`;

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/serve/limits.ts


const DEFAULT_LIMITS = { maxBodyBytes: 16 * 2 ** 20, concurrency: 8, queue: 256, timeoutMs: 30_000 };
function resolveLimits(partial = {}) {
    const int = (key, min) => {
        const v = partial[key] ?? DEFAULT_LIMITS[key];
        const n = typeof v === 'string' ? Number(v) : v;
        if (!Number.isSafeInteger(n) || n < min)
            throw new ModelshipError(`serve limit ${key} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
        return n;
    };
    const t = partial.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    // A number here is milliseconds (CLI and API); strings take units (`30s`).
    const timeoutMs = typeof t === 'number' ? t : parseDuration(t, 'serve timeout');
    if (!(timeoutMs > 0))
        throw new ModelshipError(`serve timeout must be positive, got ${JSON.stringify(t)}`);
    return { maxBodyBytes: int('maxBodyBytes', 1), concurrency: int('concurrency', 1), queue: int('queue', 0), timeoutMs };
}
/** The queue is full: answered 503 with Retry-After. */
class Overloaded extends Error {
    model;
    constructor(model) {
        super(`model "${model}" is at its concurrency limit and its queue is full`);
        this.model = model;
        this.name = 'Overloaded';
    }
}
/** Waited in the queue past the deadline: answered 504. */
class TimedOut extends Error {
    constructor(message) {
        super(message);
        this.name = 'TimedOut';
    }
}
/**
 * A counting semaphore with a bounded FIFO queue. Bounded on both sides so a burst costs a fixed amount of
 * memory: beyond `concurrency + queue` requests are refused at once, never buffered.
 */
class ConcurrencyLimiter {
    model;
    concurrency;
    queue;
    running = 0;
    waiting = [];
    constructor(model, concurrency, queue) {
        this.model = model;
        this.concurrency = concurrency;
        this.queue = queue;
    }
    get active() {
        return this.running;
    }
    get queued() {
        return this.waiting.length;
    }
    /** Resolves with a release function once a slot is free; throws Overloaded or TimedOut. */
    acquire(deadline) {
        if (this.running < this.concurrency) {
            this.running++;
            return Promise.resolve(this.releaser());
        }
        if (this.waiting.length >= this.queue)
            return Promise.reject(new Overloaded(this.model));
        return new Promise((resolve, reject) => {
            const waiter = { grant: () => resolve(this.releaser()) };
            const ms = deadline - Date.now();
            waiter.timer = setTimeout(() => {
                const i = this.waiting.indexOf(waiter);
                if (i >= 0)
                    this.waiting.splice(i, 1);
                reject(new TimedOut(`model "${this.model}": no inference slot within the request timeout`));
            }, Math.max(0, ms));
            this.waiting.push(waiter);
        });
    }
    releaser() {
        let done = false;
        return () => {
            if (done)
                return;
            done = true;
            const next = this.waiting.shift();
            if (next) {
                // The slot passes straight to the next waiter: `running` stays the same.
                clearTimeout(next.timer);
                next.grant();
            }
            else
                this.running--;
        };
    }
}

;// CONCATENATED MODULE: ./src/serve/sessions.ts







const DEFAULT_INLINE = { maxRunMs: 1, maxModelBytes: 8 * 2 ** 20 };
let ortPath;
/** Where onnxruntime-node is, resolved at run time so no bundle carries the native module. */
function resolveOnnxRuntime() {
    if (ortPath)
        return ortPath;
    try {
        ortPath = (0,external_node_module_.createRequire)(import.meta.url).resolve('onnxruntime-node');
    }
    catch (err) {
        try {
            ortPath = (0,external_node_module_.createRequire)(`${process.cwd()}/`).resolve('onnxruntime-node');
        }
        catch {
            throw new errors.ModelshipError(`onnxruntime-node is not installed: ${err.message}`, { hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node' });
        }
    }
    return ortPath;
}
let ortModule;
/** onnxruntime-node on this thread, loaded on first inline use (the same module file the workers load). */
function onnxRuntime() {
    ortModule ??= import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(resolveOnnxRuntime()).href).then((m) => (m.default?.InferenceSession ? m.default : m));
    return ortModule;
}
/** One worker thread holding one onnxruntime session; the version runs at most one batch on it at a time. */
class SessionWorker {
    worker;
    pending = new Map();
    busy = false;
    nextId = 0;
    failure;
    released;
    constructor(worker) {
        this.worker = worker;
        worker.on('message', (m) => {
            if (m.type === 'result' && m.id !== undefined) {
                const p = this.pending.get(m.id);
                this.pending.delete(m.id);
                if (m.error !== undefined)
                    p?.reject(new Error(m.error));
                else
                    p?.resolve(m.outputs);
            }
            else if (m.type === 'released')
                this.released?.();
        });
        const fail = (err) => {
            this.failure = err;
            for (const p of this.pending.values())
                p.reject(err);
            this.pending.clear();
            this.released?.();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`inference worker exited (code ${code})`)));
    }
    /** Starts a worker on `bytes`, which it takes over: the buffer is moved to the thread, not copied. */
    static start(bytes, options) {
        const worker = new external_node_worker_threads_.Worker(INFERENCE_WORKER_SOURCE, {
            eval: true,
            workerData: {
                ortPath: resolveOnnxRuntime(),
                bytes,
                options: {
                    intraOpNumThreads: options.intraOpThreads,
                    interOpNumThreads: options.interOpThreads,
                    executionMode: 'sequential',
                    graphOptimizationLevel: 'all',
                    // onnxruntime's own log lines are coloured text on stderr, where the server writes JSON lines: a
                    // failed run is reported by the server instead (500 answer, access log entry with the error).
                    logSeverityLevel: 4,
                },
            },
            transferList: [bytes.buffer],
        });
        return new Promise((resolve, reject) => {
            const onMessage = (m) => {
                cleanup();
                if (m.type === 'ready')
                    resolve({ worker: new SessionWorker(worker), inputs: m.inputs, outputs: m.outputs });
                else {
                    void worker.terminate();
                    reject(new Error(m.message ?? 'the session could not be created'));
                }
            };
            const onError = (err) => {
                cleanup();
                void worker.terminate();
                reject(err);
            };
            const cleanup = () => {
                worker.off('message', onMessage);
                worker.off('error', onError);
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
        });
    }
    /** `owned`: the input buffers were made for this run and can be moved to the thread instead of copied. */
    run(inputs, outputs, owned = false) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            const transfer = [];
            if (owned)
                for (const t of inputs)
                    if (!Array.isArray(t.data))
                        transfer.push(t.data.buffer);
            this.worker.postMessage({ type: 'run', id, inputs, outputs }, transfer);
        });
    }
    async release() {
        if (!this.failure) {
            await new Promise((resolve) => {
                this.released = resolve;
                this.worker.postMessage({ type: 'release' });
            });
        }
        await this.worker.terminate();
    }
}
/** The metadata of a session's inputs or outputs, as the inference worker reports it (same rules). */
function tensorMeta(list) {
    return list.map((m) => {
        if (!m.isTensor)
            return { name: m.name, dtype: 'unsupported', shape: [] };
        const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
        const first = m.shape[0];
        if (shape.length > 0 && shape[0] === null)
            return { name: m.name, dtype: m.type, shape, dim0: typeof first === 'string' ? first : '' };
        return { name: m.name, dtype: m.type, shape };
    });
}
/** One onnxruntime session on this thread: no message, no copy; each run holds the event loop. */
class InlineSession {
    ort;
    session;
    busy = false;
    pending = { size: 0 };
    constructor(ort, session) {
        this.ort = ort;
        this.session = session;
    }
    static async create(bytes, options) {
        const ort = await onnxRuntime();
        const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: options.intraOpThreads, interOpNumThreads: options.interOpThreads, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 4 });
        return { runner: new InlineSession(ort, session), inputs: tensorMeta(session.inputMetadata), outputs: tensorMeta(session.outputMetadata) };
    }
    async run(inputs, outputs) {
        const feeds = {};
        for (const t of inputs)
            feeds[t.name] = new this.ort.Tensor(t.dtype, t.data, t.dims);
        this.pending.size++;
        try {
            const r = await this.session.run(feeds, outputs);
            return outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data }));
        }
        finally {
            this.pending.size--;
        }
    }
    release() {
        return this.session.release();
    }
}
/** Input elements of a request (what an inline run's length is bounded by). */
function elementsOf(inputs) {
    let n = 0;
    for (const t of inputs)
        n += t.data.length;
    return n;
}
/**
 * The largest measured batch whose run fits in `maxRunMs`, as input elements; 0 when not even one row
 * fits (the version then runs on a worker). `runs` are the fastest run time measured per batch size.
 */
function inlineCapacity(runs, maxRunMs) {
    let best = 0;
    for (const r of runs)
        if (r.ms <= maxRunMs && r.elements > best)
            best = r.elements;
    return best;
}
/**
 * One loaded model version. Requests hold a reference while they run; `retire()` stops new references and
 * releases the sessions only when the last running request has finished (drain, then release), so a switch
 * never fails a request that was already routed to the old version.
 *
 * Scheduling: each worker runs one batch at a time. While it runs, requests queue; when it is free, the
 * oldest request and every queued request compatible with it (same non-batch dims, up to `maxRows` rows)
 * go together as one onnxruntime run, and the outputs are split back per request. Nothing waits for a
 * batch to fill unless `maxDelayMs` says so: under light load every request runs alone at once.
 */
class LoadedVersion {
    model;
    version;
    sha256;
    workers;
    inputs;
    outputs;
    loadMs;
    policy;
    hooks;
    execution;
    startSpill;
    refs = 0;
    retiring = false;
    releasing;
    drained;
    drainedPromise = new Promise((r) => (this.drained = r));
    queue = [];
    delayTimer;
    scheduled = false;
    allOutputs;
    batchingState;
    /** Inline versions: the worker for requests too big to run inline, started on the first one. */
    spill;
    spilling;
    spillFailure;
    constructor(model, version, sha256, workers, inputs, outputs, loadMs, batching = { enabled: false, reason: 'not probed' }, policy = DEFAULT_BATCH, hooks = {}, execution = { mode: 'worker', reason: 'inline execution is off' }, startSpill) {
        this.model = model;
        this.version = version;
        this.sha256 = sha256;
        this.workers = workers;
        this.inputs = inputs;
        this.outputs = outputs;
        this.loadMs = loadMs;
        this.policy = policy;
        this.hooks = hooks;
        this.execution = execution;
        this.startSpill = startSpill;
        this.allOutputs = outputs.map((o) => o.name);
        this.batchingState = batching;
    }
    /** Whether requests to this version are merged into batched runs, and why not. */
    get batching() {
        return this.batchingState;
    }
    /** A reference for one request, or undefined once retiring (the caller routes again). */
    acquire() {
        if (this.retiring)
            return undefined;
        this.refs++;
        let done = false;
        return () => {
            if (done)
                return;
            done = true;
            this.refs--;
            if (this.retiring && this.refs === 0)
                void this.release();
        };
    }
    get inFlight() {
        return this.refs;
    }
    /** Queues one validated request; it runs alone or merged with compatible ones. */
    run(inputs, outputNames, deadline = Infinity) {
        const k = this.batchingState.enabled && this.policy.maxRows > 1 ? batchKey(inputs) : undefined;
        return new Promise((resolve, reject) => {
            this.queue.push({ inputs, outputs: outputNames ?? this.allOutputs, rows: k?.rows ?? 0, elements: elementsOf(inputs), key: k?.key, deadline, queuedAt: performance.now(), resolve, reject });
            this.schedule();
        });
    }
    /**
     * Dispatches at the end of the current event-loop turn rather than at once: every request whose bytes
     * arrived in this turn is decoded and queued by then, so they can share one run. This waits for nothing
     * that has not already arrived (at light load a request still runs alone, a turn later).
     */
    schedule() {
        if (this.scheduled)
            return;
        this.scheduled = true;
        setImmediate(() => {
            this.scheduled = false;
            this.pump();
        });
    }
    pump() {
        while (this.queue.length > 0) {
            const pool = this.poolFor(this.queue[0]);
            if (!pool)
                return;
            let worker;
            for (const w of pool)
                if (!w.busy && (!worker || w.pending.size < worker.pending.size))
                    worker = w;
            if (!worker)
                return;
            if (this.waitForMore())
                return;
            const jobs = this.take(pool === this.workers && this.execution.mode === 'inline' && this.startSpill ? this.execution.maxElements : Infinity);
            if (jobs.length === 0)
                continue;
            worker.busy = true;
            const w = worker;
            void this.execute(w, jobs).finally(() => {
                w.busy = false;
                this.schedule();
            });
        }
    }
    /**
     * Where the head request runs: the version's runners, or, for a request too big to run inline, the spill
     * worker (undefined while it starts; a start failure fails those requests, not the version).
     */
    poolFor(head) {
        if (this.execution.mode !== 'inline' || head.elements <= this.execution.maxElements || !this.startSpill)
            return this.workers;
        if (this.spill)
            return this.spill;
        if (this.spillFailure) {
            this.queue.shift();
            head.reject(this.spillFailure);
            return this.queue.length > 0 ? this.poolFor(this.queue[0]) : undefined;
        }
        this.spilling ??= this.startSpill().then((runner) => {
            this.hooks.event?.({ event: 'spill-worker', model: this.model, version: this.version, reason: `a request of ${head.elements} input elements is over the ${this.execution.mode === 'inline' ? this.execution.maxElements : 0} an inline run may hold` });
            this.spill = [runner];
            if (this.releasing)
                void runner.release();
        }, (err) => {
            this.spillFailure = new Error(`the worker for requests too big to run inline could not start: ${err.message}`);
        }).finally(() => this.schedule());
        return undefined;
    }
    /** With `maxDelayMs`, holds a mergeable head request until the batch is full or its delay is over. */
    waitForMore() {
        if (this.policy.maxDelayMs <= 0)
            return false;
        const head = this.queue[0];
        if (head.key === undefined)
            return false;
        let rows = 0;
        for (const j of this.queue)
            if (j.key === head.key)
                rows += j.rows;
        const due = head.queuedAt + this.policy.maxDelayMs - performance.now();
        if (rows >= this.policy.maxRows || due <= 0)
            return false;
        if (!this.delayTimer) {
            this.delayTimer = setTimeout(() => {
                this.delayTimer = undefined;
                this.pump();
            }, Math.ceil(due));
        }
        return true;
    }
    /** The oldest live request and the compatible ones behind it, removed from the queue. */
    take(maxElements) {
        const now = Date.now();
        const expired = (j) => {
            if (j.deadline >= now)
                return false;
            j.reject(new TimedOut(`${this.model} ${this.version}: the request waited past its timeout and was not run`));
            return true;
        };
        let head;
        while (!head && this.queue.length > 0) {
            const j = this.queue.shift();
            if (!expired(j))
                head = j;
        }
        if (!head)
            return [];
        if (head.elements > maxElements) {
            // Expired requests were dropped and the new head is too big for this runner: choose again for it.
            this.queue.unshift(head);
            return [];
        }
        if (head.key === undefined || !this.batchingState.enabled || head.rows >= this.policy.maxRows || head.elements >= maxElements)
            return [head];
        const jobs = [head];
        let rows = head.rows;
        let elements = head.elements;
        const rest = [];
        for (const j of this.queue) {
            if (j.key === head.key && rows + j.rows <= this.policy.maxRows && elements + j.elements <= maxElements && this.batchingState.enabled) {
                if (expired(j))
                    continue;
                jobs.push(j);
                rows += j.rows;
                elements += j.elements;
            }
            else
                rest.push(j);
        }
        this.queue = rest;
        return jobs;
    }
    async runAlone(worker, job) {
        try {
            job.resolve(await worker.run(job.inputs, job.outputs));
        }
        catch (err) {
            job.reject(err);
        }
        this.hooks.batch?.(1, job.rows || (job.inputs[0]?.dims[0] ?? 0));
    }
    async execute(worker, jobs) {
        if (jobs.length === 1)
            return this.runAlone(worker, jobs[0]);
        let rows = 0;
        for (const j of jobs)
            rows += j.rows;
        const wanted = new Set();
        for (const j of jobs)
            for (const n of j.outputs)
                wanted.add(n);
        const names = this.allOutputs.filter((n) => wanted.has(n));
        let outputs;
        try {
            outputs = await worker.run(concatInputs(jobs.map((j) => j.inputs), rows), names, true);
        }
        catch (err) {
            // A request the signature accepts can still fail at run time (an index out of range): each request
            // then runs alone, so only the one at fault fails.
            this.hooks.event?.({ event: 'batch-retry', model: this.model, version: this.version, requests: jobs.length, error: err.message });
            for (const j of jobs)
                await this.runAlone(worker, j);
            return;
        }
        const parts = splitOutputs(outputs, jobs.map((j) => ({ rows: j.rows, names: j.outputs })), rows);
        if (!parts) {
            this.batchingState = { enabled: false, reason: 'an output did not follow the batch dimension at run time' };
            this.hooks.event?.({ event: 'batching-off', model: this.model, version: this.version, reason: this.batchingState.reason });
            for (const j of jobs)
                await this.runAlone(worker, j);
            return;
        }
        jobs.forEach((j, i) => j.resolve(parts[i]));
        this.hooks.batch?.(jobs.length, rows);
    }
    /** Stop routing here; the sessions are released once in-flight requests finish. */
    retire() {
        if (!this.retiring) {
            this.retiring = true;
            if (this.refs === 0)
                void this.release();
        }
        return this.drainedPromise;
    }
    release() {
        clearTimeout(this.delayTimer);
        this.releasing ??= Promise.all([...this.workers, ...(this.spill ?? [])].map((w) => w.release())).then(() => this.drained(), () => this.drained());
        return this.releasing;
    }
}
/**
 * Whether batching keeps every answer exact for this model: the signature has one free batch axis, and two
 * different rows, run alone and then interleaved in batches of 2, 3, 8 and the largest allowed (kernels can
 * take other paths at other sizes), come back with the same bits. Any error means no batching.
 */
async function decideBatching(worker, inputs, outputs, policy) {
    if (policy.maxRows <= 1)
        return { enabled: false, reason: 'the maximum batch is 1 row' };
    const axis = batchAxis(inputs, outputs);
    if (!axis.enabled)
        return axis;
    const names = outputs.map((o) => o.name);
    try {
        const [a, b] = probeRows(inputs);
        const alone = [await worker.run(a, names), await worker.run(b, names)];
        const sizes = [...new Set([2, 3, 8, Math.min(policy.maxRows, 256)])].filter((n) => n <= policy.maxRows);
        for (const n of sizes) {
            const rows = Array.from({ length: n }, (_, i) => (i % 2 ? b : a));
            const together = await worker.run(concatInputs(rows, n), names, true);
            const split = splitOutputs(together, rows.map(() => ({ rows: 1, names })), n);
            if (!split)
                return { enabled: false, reason: 'an output does not follow the batch dimension' };
            for (let r = 0; r < n; r++) {
                for (let o = 0; o < names.length; o++) {
                    if (!sameTensor(split[r][o], alone[r % 2][o]))
                        return { enabled: false, reason: `rows are not independent: output "${names[o]}" of a row differs when it runs in a batch of ${n}` };
                }
            }
        }
        return { enabled: true };
    }
    catch (err) {
        return { enabled: false, reason: `the batching probe failed: ${err.message}` };
    }
}
/** A buffer the worker can own: the file's own bytes when nothing else shares them, else a copy. */
function ownedBytes(bytes, mayTake) {
    if (mayTake && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
        return bytes;
    return new Uint8Array(bytes);
}
/**
 * Measures a session for inline execution: the fastest of a few runs of the probe rows, one row first, then
 * doubling the batch up to the batch limit while the run fits in `maxRunMs`.
 */
async function measureInline(runner, inputs, outputs, policy, maxRunMs) {
    const names = outputs.map((o) => o.name);
    const [row] = probeRows(inputs);
    const canBatch = batchAxis(inputs, outputs).enabled;
    const runs = [];
    for (let rows = 1;; rows *= 2) {
        const batch = rows === 1 ? row : concatInputs(Array.from({ length: rows }, () => row), rows);
        await runner.run(batch, names);
        let fastest = Infinity;
        for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            await runner.run(batch, names);
            fastest = Math.min(fastest, performance.now() - t0);
        }
        runs.push({ elements: elementsOf(batch), ms: fastest });
        if (!canBatch || fastest > maxRunMs || rows * 2 > Math.min(policy.maxRows, 256))
            return runs;
    }
}
/** An inline session for a small model whose runs fit the policy, or why the version runs on a worker. */
async function tryInline(bytes, options, policy) {
    const inline = options.inline;
    if (!inline)
        return { execution: { mode: 'worker', reason: 'inline execution is off' } };
    if (options.workers > 1)
        return { execution: { mode: 'worker', reason: `${options.workers} worker threads were asked for` } };
    if (bytes.byteLength > inline.maxModelBytes)
        return { execution: { mode: 'worker', reason: `the model file (${bytes.byteLength} bytes) is over ${inline.maxModelBytes} bytes` } };
    const created = await InlineSession.create(bytes, options);
    let runs;
    try {
        runs = await measureInline(created.runner, created.inputs, created.outputs, policy, inline.maxRunMs);
    }
    catch (err) {
        await created.runner.release();
        return { execution: { mode: 'worker', reason: `the inline measurement failed: ${err.message}` } };
    }
    const maxElements = inlineCapacity(runs, inline.maxRunMs);
    if (maxElements === 0) {
        await created.runner.release();
        return { execution: { mode: 'worker', reason: `a one-row run takes ${runs[0].ms.toFixed(3)} ms, over the ${inline.maxRunMs} ms an inline run may hold the event loop` } };
    }
    return { created, execution: { mode: 'inline', maxElements, rowMs: Number(runs[0].ms.toFixed(4)) } };
}
/**
 * Creates the sessions from verified bytes (never from the path again: what was hashed is what runs). A
 * small, fast model runs on this thread (`InlinePolicy`); otherwise the bytes are moved to the first worker
 * (the caller's buffer is left empty): one copy of the model in memory.
 */
async function loadVersion(model, version, sha256, bytes, options, hooks = {}) {
    const t0 = performance.now();
    const policy = options.batch ?? DEFAULT_BATCH;
    const inline = await tryInline(bytes, options, policy);
    if ('created' in inline) {
        const { runner, inputs, outputs } = inline.created;
        // Kept for the worker that runs requests too big to run inline: small, by the policy's size limit.
        const copy = new Uint8Array(bytes);
        const startSpill = async () => (await SessionWorker.start(new Uint8Array(copy), { ...options, inline: undefined })).worker;
        const batching = await decideBatching(runner, inputs, outputs, policy);
        return new LoadedVersion(model, version, sha256, [runner], inputs, outputs, performance.now() - t0, batching, policy, hooks, inline.execution, startSpill);
    }
    const count = Math.max(1, options.workers);
    // Copies for the other workers first: the original is moved to the first one.
    const buffers = Array.from({ length: count }, (_, i) => (i === 0 ? undefined : ownedBytes(bytes, false)));
    buffers[0] = ownedBytes(bytes, true);
    const started = await Promise.allSettled(buffers.map((b) => SessionWorker.start(b, options)));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.worker.release() : undefined)));
        throw failed.reason;
    }
    const ok = started.map((s) => s.value);
    const batching = await decideBatching(ok[0].worker, ok[0].inputs, ok[0].outputs, policy);
    return new LoadedVersion(model, version, sha256, ok.map((s) => s.worker), ok[0].inputs, ok[0].outputs, performance.now() - t0, batching, policy, hooks, inline.execution);
}

;// CONCATENATED MODULE: ./src/batch/inference.ts

/**
 * onnxruntime-node in worker threads (the serve capability's sessions). Batches are formed by the run, so
 * the sessions' own request merging is off.
 */
async function openOnnxEngine(model, version, sha256, bytes, options) {
    const loaded = await loadVersion(model, version, sha256, Buffer.from(bytes), {
        workers: Math.max(1, options.workers),
        intraOpThreads: options.intraOpThreads ?? 1,
        interOpThreads: 1,
        batch: { maxRows: 1, maxDelayMs: 0 },
    });
    return {
        run: (inputs, outputs) => loaded.run(inputs, outputs),
        close: () => loaded.retire(),
    };
}

;// CONCATENATED MODULE: ./src/batch/mapping.ts

const SUPPORTED = new Set(['float32', 'float64', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'bool', 'string']);
function describeTensor(t) {
    return `${t.dtype} [${(t.shape ?? []).map((d) => (d === null ? '?' : d)).join(',')}]`;
}
/**
 * Maps the model's inputs to a file's columns: a column named like the input (one value, or one array
 * per row), else the columns configured for it (`columns: {features: [a, b, c, d]}`). Anything that
 * cannot work is an error naming the file, the input, its dtype and shape, and the columns on offer.
 */
function planColumns(file, inputs, available, configured, passthrough) {
    const has = new Set(available);
    for (const name of Object.keys(configured)) {
        if (!inputs.some((i) => i.name === name))
            throw new errors.ModelshipError(`columns: the model has no input "${name}"`, { hint: `inputs: ${inputs.map((i) => `${i.name} (${describeTensor(i)})`).join(', ')}` });
    }
    const bindings = inputs.map((input) => {
        const what = `model input "${input.name}" (${describeTensor(input)})`;
        if (!SUPPORTED.has(input.dtype))
            throw new errors.ModelshipError(`${what}: dtype ${input.dtype} cannot be read from columns`);
        const shape = input.shape;
        if (!shape || shape.length === 0 || typeof shape[0] === 'number') {
            throw new errors.ModelshipError(`${what}: its first dimension is not a free batch axis, so rows cannot be stacked`, { hint: 'export the model with a dynamic batch dimension' });
        }
        const rowDims = shape.slice(1).map((d) => {
            if (typeof d !== 'number')
                throw new errors.ModelshipError(`${what}: only the first dimension may be free, the others need sizes to be read from columns`);
            return d;
        });
        const rowSize = rowDims.reduce((a, b) => a * b, 1);
        const chosen = configured[input.name];
        if (chosen) {
            const missing = chosen.filter((c) => !has.has(c));
            if (missing.length > 0)
                throw new errors.ModelshipError(`${file}: column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} mapped to ${what} ${missing.length > 1 ? 'are' : 'is'} not in the file`, { hint: `columns: ${available.join(', ') || '(none)'}` });
            if (chosen.length === 1 && rowSize !== 1)
                return { input, mode: 'vector', columns: chosen, rowSize, rowDims };
            if (chosen.length !== rowSize)
                throw new errors.ModelshipError(`${file}: ${chosen.length} columns are mapped to ${what}, which takes ${rowSize} values per row`);
            return { input, mode: 'scalars', columns: chosen, rowSize, rowDims };
        }
        if (has.has(input.name))
            return { input, mode: rowSize === 1 ? 'scalars' : 'vector', columns: [input.name], rowSize, rowDims };
        throw new errors.ModelshipError(`${file}: no column for ${what}`, {
            hint: `name a column "${input.name}" (${rowSize === 1 ? 'one value' : `an array of ${rowSize} values`} per row) or map columns to it, e.g. --columns ${input.name}=${available.slice(0, rowSize).join(',') || 'a,b'}; columns: ${available.join(', ') || '(none)'}`,
        });
    });
    const missingIds = passthrough.filter((c) => !has.has(c));
    if (missingIds.length > 0)
        throw new errors.ModelshipError(`${file}: pass-through column${missingIds.length > 1 ? 's' : ''} ${missingIds.map((c) => `"${c}"`).join(', ')} not in the file`, { hint: `columns: ${available.join(', ') || '(none)'}` });
    return { bindings, wanted: [...bindings.flatMap((b) => b.columns), ...passthrough], passthrough };
}
/** Tensors under construction for up to `capacity` rows. */
class TensorBuilder {
    plan;
    capacity;
    data;
    converters;
    rows = 0;
    constructor(plan, capacity) {
        this.plan = plan;
        this.capacity = capacity;
        this.data = plan.bindings.map((b) => allocate(b.input.dtype, capacity * b.rowSize));
        this.converters = plan.bindings.map((b) => converterFor(b.input.dtype));
    }
    /**
     * Adds one row, or returns why it cannot be (nothing is added then). Values go straight into the typed
     * arrays at the next row's slot; a row that fails half-way is overwritten by the next one.
     */
    add(cells) {
        const at = this.rows;
        let col = 0;
        for (let i = 0; i < this.plan.bindings.length; i++) {
            const b = this.plan.bindings[i];
            const target = this.data[i];
            const convertOne = this.converters[i];
            const base = at * b.rowSize;
            if (b.mode === 'vector') {
                const cell = cells[col++];
                const list = vectorOf(cell);
                if (list === undefined)
                    return `column "${b.columns[0]}": ${show(cell)} is not an array of ${b.rowSize} values (input "${b.input.name}" expects ${describeTensor(b.input)})`;
                if (list.length !== b.rowSize)
                    return `column "${b.columns[0]}": ${list.length} values, input "${b.input.name}" (${describeTensor(b.input)}) takes ${b.rowSize} per row`;
                for (let k = 0; k < list.length; k++) {
                    const x = convertOne(list[k]);
                    if (x === undefined)
                        return `column "${b.columns[0]}": ${show(list[k])} is not a valid ${b.input.dtype} (input "${b.input.name}" expects ${describeTensor(b.input)})`;
                    target[base + k] = x;
                }
            }
            else {
                for (let k = 0; k < b.columns.length; k++) {
                    const cell = cells[col++];
                    const x = convertOne(Array.isArray(cell) && cell.length === 1 ? cell[0] : cell);
                    if (x === undefined)
                        return cellError(b, k, cell);
                    target[base + k] = x;
                }
            }
        }
        this.rows++;
        return undefined;
    }
    /** The arrays being filled, one per binding (rows * rowSize values used): no copy. */
    columns() {
        return this.data;
    }
    /** The tensors of the rows added so far (views, not copies, except for string and bool inputs). */
    tensors() {
        return this.plan.bindings.map((b, i) => {
            const d = this.data[i];
            const n = this.rows * b.rowSize;
            const data = (Array.isArray(d) ? d.slice(0, n) : d.slice(0, n));
            return { name: b.input.name, dtype: b.input.dtype, dims: [this.rows, ...b.rowDims], data };
        });
    }
}
function allocate(dtype, n) {
    switch (dtype) {
        case 'float32': return new Float32Array(n);
        case 'float64': return new Float64Array(n);
        case 'int8': return new Int8Array(n);
        case 'uint8': return new Uint8Array(n);
        case 'int16': return new Int16Array(n);
        case 'uint16': return new Uint16Array(n);
        case 'int32': return new Int32Array(n);
        case 'uint32': return new Uint32Array(n);
        case 'int64': return new BigInt64Array(n);
        case 'uint64': return new BigUint64Array(n);
        case 'bool': return new Array(n).fill(false);
        default: return new Array(n).fill('');
    }
}
function vectorOf(cell) {
    if (Array.isArray(cell) || ArrayBuffer.isView(cell))
        return flatten(cell);
    if (typeof cell === 'string' && cell.trimStart().startsWith('[')) {
        try {
            const parsed = JSON.parse(cell);
            return Array.isArray(parsed) ? flatten(parsed) : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function flatten(list) {
    const out = [];
    for (let i = 0; i < list.length; i++) {
        const v = list[i];
        if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))
            out.push(...flatten(v));
        else
            out.push(v);
    }
    return out;
}
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const INTEGER = /^\s*[-+]?\d+\s*$/;
const INT_RANGE = { int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1] };
/** The conversion of one dtype, chosen once per input: floats (the common case) skip the dtype dispatch. */
function converterFor(dtype) {
    if (dtype === 'float32' || dtype === 'float64') {
        return (v) => {
            if (typeof v === 'string')
                return NUMBER.test(v) ? Number(v) : undefined;
            if (typeof v === 'number')
                return Number.isNaN(v) ? undefined : v;
            if (typeof v === 'bigint')
                return Number(v);
            return undefined;
        };
    }
    return (v) => convert(v, dtype);
}
/** Why the cell of a binding's `k`th column is no value of its input (the message of every reader). */
function cellError(b, k, cell) {
    return `column "${b.columns[k]}": ${show(cell)} is not a valid ${b.input.dtype} (input "${b.input.name}" expects ${describeTensor(b.input)})`;
}
/** One value as the dtype wants it, or undefined when it is not one (empty, text, out of range). */
function convertCell(dtype, v) {
    return convert(v, dtype);
}
function convert(v, dtype) {
    if (dtype === 'string')
        return v === undefined || v === null ? undefined : String(v);
    if (dtype === 'bool') {
        if (typeof v === 'boolean')
            return v;
        if (v === 1 || v === 0 || v === 1n || v === 0n)
            return Boolean(v);
        if (typeof v === 'string')
            return /^\s*(true|1)\s*$/i.test(v) ? true : /^\s*(false|0)\s*$/i.test(v) ? false : undefined;
        return undefined;
    }
    if (dtype === 'float32' || dtype === 'float64') {
        if (typeof v === 'number')
            return Number.isNaN(v) ? undefined : v;
        if (typeof v === 'bigint')
            return Number(v);
        if (typeof v === 'string' && NUMBER.test(v))
            return Number(v);
        return undefined;
    }
    if (dtype === 'int64' || dtype === 'uint64') {
        let b;
        if (typeof v === 'bigint')
            b = v;
        else if (typeof v === 'number' && Number.isSafeInteger(v))
            b = BigInt(v);
        else if (typeof v === 'string' && INTEGER.test(v))
            b = BigInt(v.trim());
        if (b === undefined)
            return undefined;
        if (dtype === 'uint64' ? b < 0n || b >= 2n ** 64n : b < -(2n ** 63n) || b >= 2n ** 63n)
            return undefined;
        return b;
    }
    let n;
    if (typeof v === 'number' && Number.isInteger(v))
        n = v;
    else if (typeof v === 'bigint')
        n = Number(v);
    else if (typeof v === 'string' && INTEGER.test(v))
        n = Number(v);
    const range = INT_RANGE[dtype];
    if (n === undefined || !range || n < range[0] || n > range[1])
        return undefined;
    return n;
}
function show(v) {
    if (v === undefined)
        return 'a missing value';
    if (v === null)
        return 'null';
    const s = typeof v === 'bigint' ? `${v}` : typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

;// CONCATENATED MODULE: ./src/batch/compare.ts








async function compareModels(candidate, baseline, settings, hooks = {}) {
    const open = hooks.engine ?? ((m) => openOnnxEngine(m.name, m.version, m.sha256, m.bytes, { workers: settings.workers }));
    const sig = async (m) => readOnnxModel({ size: m.bytes.length, read: async (o, l) => m.bytes.subarray(o, o + l) });
    const [cs, bs] = await Promise.all([sig(candidate), sig(baseline)]);
    const asTensor = (v) => ({ name: v.name, dtype: v.kind === 'tensor' ? v.dtype : v.kind, shape: v.shape });
    const inputs = cs.inputs.map(asTensor);
    if (JSON.stringify(inputs) !== JSON.stringify(bs.inputs.map(asTensor)))
        throw new errors.ModelshipError(`${candidate.version} and ${baseline.version} take different inputs: compare needs the same signature inputs`);
    const label = chooseLabel(cs.outputs.map(asTensor), settings.label);
    if (!bs.outputs.some((o) => o.name === label.name))
        throw new errors.ModelshipError(`the baseline ${baseline.version} has no output "${label.name}"`);
    const engines = await Promise.all([open(candidate), open(baseline)]);
    const counts = {};
    const slices = {};
    let rows = 0;
    let agree = 0;
    let skipped = 0;
    try {
        for (const file of settings.inputs) {
            const columns = await columnsOf(file);
            if (!columns) {
                skipped++;
                continue;
            }
            const plan = planColumns(file.rel, inputs, columns, settings.columns, settings.slices);
            let batch = [];
            const score = async () => {
                if (batch.length === 0)
                    return;
                const builder = new TensorBuilder(plan, batch.length);
                const kept = [];
                for (const cells of batch)
                    if (builder.add(cells) === undefined)
                        kept.push(cells);
                    else
                        skipped++;
                batch = [];
                if (kept.length === 0)
                    return;
                const tensors = builder.tensors();
                const [c, b] = await Promise.all(engines.map((e) => e.run(tensors, [label.name])));
                const cl = labelsOf(c[0], label.argmax);
                const bl = labelsOf(b[0], label.argmax);
                kept.forEach((cells, i) => {
                    rows++;
                    const same = cl[i] === bl[i];
                    if (same)
                        agree++;
                    (counts[cl[i]] ??= { baseline: 0, candidate: 0 }).candidate++;
                    (counts[bl[i]] ??= { baseline: 0, candidate: 0 }).baseline++;
                    settings.slices.forEach((feature, k) => {
                        const value = String(cells[cells.length - settings.slices.length + k]);
                        const s = ((slices[feature] ??= {})[value] ??= { rows: 0, agreement: 0, disagreement: 0 });
                        s.rows++;
                        if (same)
                            s.agreement++;
                    });
                });
            };
            for await (const r of readRows(file, plan.wanted)) {
                if (!r.cells) {
                    skipped++;
                    continue;
                }
                batch.push(r.cells);
                if (batch.length >= settings.batchRows)
                    await score();
            }
            await score();
        }
    }
    finally {
        await Promise.all(engines.map((e) => e.close()));
    }
    if (rows === 0)
        throw new errors.ModelshipError('compare scored no row: nothing to compare');
    for (const values of Object.values(slices)) {
        for (const s of Object.values(values)) {
            s.agreement = s.agreement / s.rows;
            s.disagreement = 1 - s.agreement;
        }
    }
    const keys = Object.keys(counts).sort();
    const distribution = {};
    let tvd = 0;
    let psi = 0;
    for (const k of keys) {
        const p = counts[k].baseline / rows;
        const q = counts[k].candidate / rows;
        distribution[k] = { baseline: p, candidate: q };
        tvd += Math.abs(p - q) / 2;
        // Empty classes get a floor so one missing class gives a large, finite PSI rather than Infinity.
        const pe = Math.max(p, 1e-4);
        const qe = Math.max(q, 1e-4);
        psi += (qe - pe) * Math.log(qe / pe);
    }
    const sliceAgreements = Object.values(slices).flatMap((v) => Object.values(v).map((s) => s.agreement));
    const report = {
        candidate: { model: candidate.name, version: candidate.version, sha256: candidate.sha256 },
        baseline: { model: baseline.name, version: baseline.version, sha256: baseline.sha256, environment: baseline.environment ?? null },
        label: label.argmax ? `argmax(${label.name})` : label.name,
        rows,
        skipped,
        agreement: agree / rows,
        prediction_shift: tvd,
        prediction_psi: psi,
        distribution,
        worst_slice_agreement: sliceAgreements.length ? Math.min(...sliceAgreements) : null,
        slices,
    };
    if (settings.output) {
        await fs_port/* nodeFs */.e.mkdir(external_node_path_default().dirname(settings.output));
        await (0,fs_port/* writeAtomically */.v)(fs_port/* nodeFs */.e, settings.output, `${JSON.stringify(report, null, 2)}\n`, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    }
    return report;
}
/** The output compared: the one named, else the first one-value integer/string output, else argmax of the first. */
function chooseLabel(outputs, wanted) {
    if (wanted !== undefined) {
        const o = outputs.find((x) => x.name === wanted);
        if (!o)
            throw new errors.ModelshipError(`--label: the model has no output "${wanted}"`, { hint: `outputs: ${outputs.map((x) => x.name).join(', ')}` });
        return { name: o.name, argmax: (o.shape?.length ?? 0) > 1 };
    }
    const discrete = outputs.find((o) => /int|string|bool/.test(o.dtype) && (o.shape?.length ?? 0) <= 1);
    if (discrete)
        return { name: discrete.name, argmax: false };
    if (outputs.length === 0)
        throw new errors.ModelshipError('the model has no outputs');
    return { name: outputs[0].name, argmax: true };
}
function labelsOf(t, argmax) {
    const n = t.dims[0] ?? 0;
    const size = t.dims.slice(1).reduce((a, b) => a * b, 1);
    const out = [];
    for (let r = 0; r < n; r++) {
        if (!argmax)
            out.push(String(t.data[r]));
        else {
            let best = 0;
            for (let k = 1; k < size; k++)
                if (t.data[r * size + k] > t.data[r * size + best])
                    best = k;
            out.push(String(best));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/batch/csv-columns.ts


/**
 * The fast CSV path: numeric columns parsed from the file's bytes straight into the typed arrays of the
 * model's inputs, a block of rows at a time; no string or array per row, only the pass-through cells become
 * strings. It reads only "plain" files (no quote character, one kind of line ending: see csvIsPlain), where
 * a record is a line and a field is the bytes between commas; anything else goes through csv-parse. Rows,
 * lines and error messages are those of the general path (test/batch/csv-columns.test.ts checks it on
 * adversarial files).
 */
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const READ_BYTES = 1 << 20;
/** An empty block `block` of `blockRows` rows; its arrays are only allocated when the block is `read`. */
function emptyBlock(plan, block, blockRows, read) {
    return {
        block,
        firstRow: block * blockRows + 1,
        sourceRows: 0,
        read,
        rows: 0,
        inputs: read ? plan.bindings.map((b) => (b.input.dtype === 'float64' ? new Float64Array(blockRows * b.rowSize) : new Float32Array(blockRows * b.rowSize))) : [],
        ids: plan.passthrough.map(() => []),
        rowOf: new Int32Array(read ? blockRows : 0),
        errors: [],
    };
}
/** Whether every model input is read one number per column into a float tensor: what the block readers fill. */
function columnsFitBlocks(plan) {
    return plan.bindings.every((b) => b.mode === 'scalars' && (b.input.dtype === 'float32' || b.input.dtype === 'float64'));
}
/**
 * Whether a file has no quote character and one kind of line ending (LF everywhere, or CRLF everywhere):
 * then records are lines and fields are split on commas exactly as csv-parse splits them. One memchr-speed
 * pass over the bytes.
 */
async function csvIsPlain(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(READ_BYTES);
        let cr = 0;
        let lf = 0;
        let crlf = 0;
        let previous = -1;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            const bytes = buffer.subarray(0, bytesRead);
            if (bytes.indexOf(QUOTE) >= 0)
                return false;
            for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1))
                cr++;
            if (cr > 0) {
                if (previous === CR && bytes[0] === LF)
                    crlf++;
                for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) {
                    lf++;
                    if (i > 0 && bytes[i - 1] === CR)
                        crlf++;
                }
            }
            previous = bytes[bytesRead - 1];
        }
        // No CR at all, or every CR starts a CRLF and every LF ends one.
        return cr === 0 || (cr === crlf && lf === crlf);
    }
    finally {
        await handle.close();
    }
}
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Where the last parseNumberAt stopped: the first byte after the number (or after what it could read). */
let stop = 0;
/**
 * The decimal number (`[-+]digits[.digits][e[-+]digits]`, at least one digit before the exponent) that
 * starts at bytes[start], read up to `end`, correctly rounded: exact while the digits fit 2^53 and the
 * power of ten is <= 22 (Clinger's fast path), otherwise through Number() of the text. NaN when there is
 * no such number there. Sets `stop`; the caller checks that the field ends there.
 */
function parseNumberAt(bytes, start, end) {
    let i = start;
    let negative = false;
    let c = bytes[i];
    if (i < end && (c === 0x2d || c === 0x2b)) {
        negative = c === 0x2d;
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let any = false;
    while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
        mantissa = mantissa * 10 + c;
        if (mantissa !== 0)
            digits++;
        any = true;
        i++;
    }
    if (i < end && bytes[i] === 0x2e) {
        i++;
        while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
            mantissa = mantissa * 10 + c;
            if (mantissa !== 0)
                digits++;
            scale--;
            any = true;
            i++;
        }
    }
    if (!any) {
        stop = i;
        return NaN;
    }
    if (i < end && (bytes[i] | 0x20) === 0x65) {
        i++;
        let expNegative = false;
        if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
            expNegative = bytes[i] === 0x2d;
            i++;
        }
        let exponent = 0;
        let expDigits = 0;
        while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
            if (exponent < 100_000)
                exponent = exponent * 10 + c;
            expDigits++;
            i++;
        }
        stop = i;
        if (expDigits === 0)
            return NaN;
        scale += expNegative ? -exponent : exponent;
    }
    stop = i;
    if (digits > 15 || scale > 22 || scale < -22)
        return Number(bytes.toString('latin1', start, i));
    const value = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
    return negative ? -value : value;
}
function layoutOf(plan, header) {
    const n = header.length;
    const layout = { binding: new Int32Array(n).fill(-1), element: new Int32Array(n), rank: new Int32Array(n), passthrough: new Int32Array(n).fill(-1) };
    let rank = 0;
    plan.bindings.forEach((b, i) => b.columns.forEach((c, k) => {
        const at = header.indexOf(c);
        // A column mapped twice fills its first slot here; the general path handles that file.
        if (at >= 0 && layout.binding[at] < 0) {
            layout.binding[at] = i;
            layout.element[at] = k;
            layout.rank[at] = rank;
        }
        rank++;
    }));
    plan.passthrough.forEach((c, i) => {
        const at = header.indexOf(c);
        if (at >= 0 && layout.passthrough[at] < 0)
            layout.passthrough[at] = i;
    });
    return layout;
}
/** Whether each wanted column has a slot of its own (no column feeds two inputs): what the layout handles. */
function layoutCovers(plan, header) {
    const columns = plan.bindings.flatMap((b) => b.columns);
    return new Set(columns).size === columns.length && new Set(plan.passthrough).size === plan.passthrough.length && columns.concat(plan.passthrough).every((c) => header.includes(c)) && !plan.passthrough.some((c) => columns.includes(c));
}
/**
 * Reads the header of a plain CSV file (see csvIsPlain): its fields, or undefined when the file has none
 * or its columns do not suit this reader (then the general path reads it).
 */
async function plainCsvHeader(file, plan) {
    let header;
    for await (const _ of eachLine(file, (bytes, start, end) => {
        header = bytes.toString('utf8', start, end).split(',');
        return false;
    }))
        if (header)
            break;
    return header && layoutCovers(plan, header) ? header : undefined;
}
/**
 * Calls `onLine` for each non-empty line of a plain file (BOM and the CR of CRLF dropped) with its physical
 * line number, synchronously, and yields after each read of the file: no promise per line. `onLine`
 * returning false stops the reading.
 */
async function* eachLine(file, onLine) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        // One buffer for the whole file: the unfinished last line is moved to its start and the next read
        // appended, so a long run makes no garbage per read (it grows only for a line longer than a read).
        let work = Buffer.allocUnsafe(2 * READ_BYTES);
        let carried = 0;
        let line = 0;
        let first = true;
        for (;;) {
            if (work.length - carried < READ_BYTES) {
                const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, carried + READ_BYTES));
                work.copy(bigger, 0, 0, carried);
                work = bigger;
            }
            const { bytesRead } = await handle.read(work, carried, READ_BYTES, null);
            const bytes = work.subarray(0, carried + bytesRead);
            let start = 0;
            if (first && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                start = 3;
            if (bytes.length >= 3 || bytesRead === 0)
                first = false;
            for (let nl = bytes.indexOf(LF, start); nl >= 0; nl = bytes.indexOf(LF, start)) {
                line++;
                const end = nl > start && bytes[nl - 1] === CR ? nl - 1 : nl;
                if (end > start && onLine(bytes, start, end, line) === false)
                    return;
                start = nl + 1;
            }
            if (bytesRead === 0) {
                // The last line, without a line ending.
                if (start < bytes.length)
                    onLine(bytes, start, bytes.length, line + 1);
                yield;
                return;
            }
            work.copyWithin(0, start, bytes.length);
            carried = bytes.length - start;
            yield;
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * The rows of a plain CSV file after its header, in blocks of `blockRows` (block b holds rows
 * b*blockRows+1 ...). A block `wanted` says no to is only counted. `header` is plainCsvHeader's answer.
 */
async function* readColumnBlocks(file, plan, header, blockRows, wanted) {
    const layout = layoutOf(plan, header);
    const width = header.length;
    const sizes = plan.bindings.map((b) => b.rowSize);
    const newBlock = (block) => {
        const fresh = emptyBlock(plan, block, blockRows, wanted(block));
        return { ...fresh, lineOf: new Int32Array(fresh.read ? blockRows : 0) };
    };
    let current = newBlock(0);
    const done = [];
    let row = 0;
    let headerSeen = false;
    const ids = new Array(plan.passthrough.length);
    const lineOf = (block) => block.lineOf;
    const onLine = (bytes, start, end, line) => {
        if (!headerSeen) {
            headerSeen = true;
            return;
        }
        row++;
        if (current.sourceRows === blockRows) {
            done.push(current);
            current = newBlock(current.block + 1);
        }
        current.sourceRows++;
        if (!current.read)
            return;
        const at = current.rows;
        let field = 0;
        let i = start;
        // The first bad cell in the plan's column order, reported once the row is known not to be ragged.
        let badRank = Infinity;
        let badColumn = -1;
        let badText = '';
        // One pass over the bytes: a mapped field is parsed where it starts, then checked to end at a comma.
        for (;;) {
            const fieldStart = i;
            const slot = field < width ? layout.binding[field] : -1;
            if (slot >= 0) {
                let value = parseNumberAt(bytes, i, end);
                i = stop;
                if (i < end && bytes[i] !== COMMA) {
                    value = NaN;
                    while (i < end && bytes[i] !== COMMA)
                        i++;
                }
                if (Number.isNaN(value)) {
                    // Spaces around a number, "nan", empty...: the general converter decides, with its message.
                    const text = bytes.toString('utf8', fieldStart, i);
                    const converted = convertCell(plan.bindings[slot].input.dtype, text);
                    if (typeof converted === 'number')
                        value = converted;
                    else if (layout.rank[field] < badRank) {
                        badRank = layout.rank[field];
                        badColumn = field;
                        badText = text;
                    }
                }
                current.inputs[slot][at * sizes[slot] + layout.element[field]] = value;
            }
            else {
                while (i < end && bytes[i] !== COMMA)
                    i++;
                const id = field < width ? layout.passthrough[field] : -1;
                if (id >= 0)
                    ids[id] = bytes.toString('utf8', fieldStart, i);
            }
            field++;
            if (i >= end)
                break;
            i++;
        }
        if (field !== width) {
            current.errors.push({ row, line, reason: `${field} fields, the header has ${width}` });
            return;
        }
        if (badColumn >= 0) {
            const slot = layout.binding[badColumn];
            current.errors.push({ row, line, reason: cellError(plan.bindings[slot], layout.element[badColumn], badText) });
            return;
        }
        for (let k = 0; k < ids.length; k++)
            current.ids[k].push(ids[k]);
        current.rowOf[at] = row;
        lineOf(current)[at] = line;
        current.rows++;
    };
    for await (const _ of eachLine(file, onLine)) {
        yield* done;
        done.length = 0;
    }
    if (current.sourceRows > 0)
        yield current;
}

;// CONCATENATED MODULE: ./src/batch/parquet-columns.ts


/** The file's metadata, or undefined when it cannot be read (the general path then reports the file). */
async function openParquet(file) {
    const { asyncBufferFromFile, parquetMetadataAsync } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 4148));
    try {
        const buffer = await asyncBufferFromFile(file);
        return { buffer, metadata: await parquetMetadataAsync(buffer) };
    }
    catch {
        return undefined;
    }
}
/** One row group's wanted columns, each as one indexable array, or why it could not be read. */
async function readGroup(parquet, columns, start, count) {
    const { parquetRead } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 4148));
    const chunks = new Map(columns.map((c) => [c, []]));
    try {
        await parquetRead({ file: parquet.buffer, metadata: parquet.metadata, columns, rowStart: start, rowEnd: start + count, onChunk: (c) => chunks.get(c.columnName)?.push({ rowStart: c.rowStart, data: c.columnData }) });
    }
    catch (err) {
        return err.message;
    }
    const out = new Map();
    for (const [name, parts] of chunks) {
        const whole = parts.length === 1 && parts[0].rowStart === start && parts[0].data.length === count;
        if (whole) {
            out.set(name, parts[0].data);
            continue;
        }
        // Several chunks (pages), possibly reaching outside the group: placed by their row numbers.
        const values = new Array(count);
        let filled = 0;
        for (const p of parts) {
            for (let k = 0; k < p.data.length; k++) {
                const at = p.rowStart - start + k;
                if (at >= 0 && at < count) {
                    values[at] = p.data[k];
                    filled++;
                }
            }
        }
        if (filled !== count)
            return `the row group holds ${filled} rows, its metadata says ${count}`;
        out.set(name, values);
    }
    return out;
}
/**
 * The rows of a Parquet file in blocks of `blockRows` (block b holds rows b*blockRows+1 ...), across row
 * groups. A block `wanted` says no to is only counted. A row group that cannot be decoded makes each of
 * its rows an error, as in the general path.
 */
async function* readParquetBlocks(parquet, plan, blockRows, wanted) {
    const columns = [...new Set(plan.wanted)];
    const newBlock = (block) => emptyBlock(plan, block, blockRows, wanted(block));
    let current = newBlock(0);
    let start = 0;
    for (const group of parquet.metadata.row_groups) {
        const count = Number(group.num_rows);
        // Decoded only when one of its rows is wanted: another shard's row groups are counted, not read.
        let data;
        for (let i = 0; i < count;) {
            if (current.sourceRows === blockRows) {
                yield current;
                current = newBlock(current.block + 1);
            }
            // The rows of this group that fall in the current block.
            const length = Math.min(count - i, blockRows - current.sourceRows);
            current.sourceRows += length;
            if (current.read) {
                data ??= await readGroup(parquet, columns, start, count);
                if (typeof data === 'string') {
                    for (let r = 0; r < length; r++)
                        current.errors.push({ row: start + i + r + 1, reason: `row group unreadable: ${data}` });
                }
                else
                    fillSegment(current, plan, data, i, length, start + i + 1);
            }
            i += length;
        }
        start += count;
    }
    if (current.sourceRows > 0)
        yield current;
}
/**
 * Copies `length` rows of a decoded group (from index `first`) into the block, column by column: each
 * value goes to the slot of its row as if every row were good, the rows with a bad cell (the first in the
 * plan's column order names it) are then squeezed out.
 */
function fillSegment(block, plan, data, first, length, firstRow) {
    const at = block.rows;
    let bad;
    plan.bindings.forEach((binding, b) => {
        const target = block.inputs[b];
        const size = binding.rowSize;
        binding.columns.forEach((column, k) => {
            const values = data.get(column);
            for (let r = 0; r < length; r++) {
                const cell = values[first + r];
                if (typeof cell === 'number' && cell === cell) {
                    target[(at + r) * size + k] = cell;
                    continue;
                }
                const value = convertCell(binding.input.dtype, Array.isArray(cell) && cell.length === 1 ? cell[0] : cell);
                if (typeof value === 'number')
                    target[(at + r) * size + k] = value;
                else if (!bad?.has(r))
                    (bad ??= new Map()).set(r, cellError(binding, k, cell));
            }
        });
    });
    const ids = plan.passthrough.map((c) => data.get(c));
    let kept = 0;
    for (let r = 0; r < length; r++) {
        const why = bad?.get(r);
        if (why !== undefined) {
            block.errors.push({ row: firstRow + r, reason: why });
            continue;
        }
        if (kept !== r) {
            plan.bindings.forEach((binding, b) => block.inputs[b].copyWithin((at + kept) * binding.rowSize, (at + r) * binding.rowSize, (at + r + 1) * binding.rowSize));
        }
        for (let k = 0; k < ids.length; k++)
            block.ids[k].push(ids[k][first + r]);
        block.rowOf[at + kept] = firstRow + r;
        kept++;
    }
    block.rows += kept;
}

;// CONCATENATED MODULE: ./src/batch/writers.ts
function extensionOf(format) {
    return format === 'jsonl' ? 'jsonl' : format;
}
function encodeChunk(table, format) {
    switch (format) {
        case 'csv':
            return Buffer.from(toCsv(table));
        case 'jsonl':
            return Buffer.from(toJsonl(table));
        case 'parquet':
            return toParquet(table);
    }
}
function outputColumns(table) {
    return table.outputs.flatMap((o) => (o.rowSize === 1 ? [o.name] : Array.from({ length: o.rowSize }, (_, i) => `${o.name}_${i}`)));
}
function writers_text(v) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : v > 0 ? 'inf' : v < 0 ? '-inf' : 'nan';
    return String(v);
}
function csvField(s) {
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}
function toCsv(t) {
    const lines = new Array(t.rows + 1);
    lines[0] = [...t.passthrough, ...outputColumns(t)].map(csvField).join(',');
    // Finite numbers and bigints need no quoting and no check: only text is checked for separators.
    const field = (v) => (typeof v === 'number' ? (v - v === 0 ? `${v}` : writers_text(v)) : typeof v === 'bigint' ? `${v}` : csvField(writers_text(v)));
    for (let r = 0; r < t.rows; r++) {
        let line = '';
        for (let i = 0; i < t.ids.length; i++)
            line += (i === 0 ? '' : ',') + field(t.ids[i][r]);
        let first = t.ids.length === 0;
        for (const o of t.outputs) {
            const values = o.values;
            const base = r * o.rowSize;
            for (let k = 0; k < o.rowSize; k++) {
                const v = values[base + k];
                line += (first ? '' : ',') + (typeof v === 'number' && v - v === 0 ? `${v}` : field(v));
                first = false;
            }
        }
        lines[r + 1] = line;
    }
    return `${lines.join('\n')}\n`;
}
function jsonValue(v) {
    if (typeof v === 'bigint')
        return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (typeof v === 'number' && !Number.isFinite(v))
        return writers_text(v);
    return v;
}
function toJsonl(t) {
    let out = '';
    for (let r = 0; r < t.rows; r++) {
        const record = {};
        t.passthrough.forEach((c, i) => (record[c] = jsonValue(t.ids[i][r])));
        for (const o of t.outputs) {
            record[o.name] = o.rowSize === 1 ? jsonValue(o.values[r]) : Array.from({ length: o.rowSize }, (_, k) => jsonValue(o.values[r * o.rowSize + k]));
        }
        out += `${JSON.stringify(record)}\n`;
    }
    return out;
}
const PARQUET_TYPES = { float32: 'FLOAT', float64: 'DOUBLE', int64: 'INT64', int32: 'INT32', int16: 'INT32', int8: 'INT32', uint8: 'INT32', uint16: 'INT32', bool: 'BOOLEAN', string: 'STRING' };
let writer;
/** hyparquet-writer is loaded before the first Parquet chunk (see loadParquetWriter). */
function toParquet(t) {
    if (!writer)
        throw new Error('the Parquet writer is not loaded');
    const columnData = [];
    // Pass-through columns are written as text: their type is then the same in every chunk of every shard.
    t.passthrough.forEach((c, i) => columnData.push({ name: c, data: t.ids[i].map((v) => (v === undefined || v === null ? null : typeof v === 'string' ? v : typeof v === 'bigint' ? v.toString() : JSON.stringify(v))), type: 'STRING' }));
    for (const o of t.outputs) {
        const type = PARQUET_TYPES[o.dtype] ?? 'STRING';
        for (let k = 0; k < o.rowSize; k++) {
            const data = new Array(t.rows);
            for (let r = 0; r < t.rows; r++) {
                const v = o.values[r * o.rowSize + k];
                data[r] = type === 'STRING' ? writers_text(v) : type === 'INT64' ? BigInt(v) : v;
            }
            columnData.push({ name: o.rowSize === 1 ? o.name : `${o.name}_${k}`, data, type, nullable: false });
        }
    }
    const buffer = writer.parquetWriteBuffer({ columnData: columnData, createdBy: 'modelship batch' });
    return Buffer.from(buffer);
}
async function loadParquetWriter() {
    writer ??= await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 1408));
}

;// CONCATENATED MODULE: ./src/batch/run.ts












const STATE_DIR = '.modelship-batch';
function shardTag(shard) {
    return shard.count === 1 ? '' : `-shard-${shard.index}-of-${shard.count}`;
}
/** Whether a shard owns a chunk: round robin over chunks, offset per file so small files spread too. */
function ownsChunk(shard, fileIndex, chunk) {
    return (fileIndex + chunk) % shard.count === shard.index;
}
function chunkId(fileIndex, chunk) {
    return `${String(fileIndex).padStart(5, '0')}-${String(chunk).padStart(6, '0')}`;
}
/**
 * Scores the inputs chunk by chunk. Each chunk's predictions and errors are written to temp files and
 * renamed into place, then recorded in the progress file: a killed run resumes from its committed chunks
 * and, scoring the same rows with the same bytes, writes the same bytes.
 */
async function runBatch(model, settings, hooks = {}) {
    const fs = hooks.fs ?? fs_port/* nodeFs */.e;
    const now = hooks.now ?? Date.now;
    const startedAt = now();
    const { shard } = settings;
    if (!Number.isInteger(settings.chunkRows) || settings.chunkRows < 1)
        throw new errors.ModelshipError(`chunk rows must be a positive integer, got ${settings.chunkRows}`);
    if (!Number.isInteger(settings.batchRows) || settings.batchRows < 1)
        throw new errors.ModelshipError(`batch rows must be a positive integer, got ${settings.batchRows}`);
    const signature = await readOnnxModel({ size: model.bytes.length, read: async (o, l) => model.bytes.subarray(o, Math.min(o + l, model.bytes.length)) }).catch((err) => {
        throw new errors.ModelshipError(`${model.name} ${model.version}: not a readable ONNX model: ${err.message}`);
    });
    const inputs = signature.inputs.map((i) => ({ name: i.name, dtype: i.kind === 'tensor' ? i.dtype : i.kind, shape: i.shape }));
    const allOutputs = signature.outputs.map((o) => ({ name: o.name, dtype: o.kind === 'tensor' ? o.dtype : o.kind, shape: o.shape }));
    const outputs = selectOutputs(allOutputs, settings.outputs);
    if (settings.outputFormat === 'parquet')
        await loadParquetWriter();
    await fs.mkdir(external_node_path_default().join(settings.outputDir, STATE_DIR));
    const tag = shardTag(shard);
    const manifestPath = external_node_path_default().join(settings.outputDir, `manifest${tag}.json`);
    const progressPath = external_node_path_default().join(settings.outputDir, STATE_DIR, `progress${tag}.json`);
    // The worker and its onnxruntime session start while the inputs are hashed: the two overlap.
    const opening = (hooks.engine ?? ((m) => openOnnxEngine(m.name, m.version, m.sha256, m.bytes, { workers: settings.workers })))(model);
    opening.catch(() => undefined);
    let engine;
    let inputHashes;
    let fingerprint;
    let progress;
    try {
        inputHashes = await Promise.all(settings.inputs.map((f) => sha256OfFile(f.path)));
        fingerprint = sha256Of(JSON.stringify({
            model: model.sha256, inputs: settings.inputs.map((f, i) => [f.rel, inputHashes[i]]), format: settings.outputFormat, columns: settings.columns,
            passthrough: settings.passthrough, outputs: outputs.map((o) => o.name), chunkRows: settings.chunkRows, shard,
        }));
        progress = await openProgress(fs, progressPath, manifestPath, fingerprint, settings, model);
        engine = await opening;
    }
    catch (err) {
        await opening.then((e) => e.close(), () => undefined);
        throw err;
    }
    const resumedChunks = Object.keys(progress.chunks).length;
    const inputRecords = [];
    const committed = [];
    const throughput = [];
    let scored = 0;
    let commitChain = Promise.resolve();
    let lastCommitAt = startedAt;
    const inFlight = [];
    const maxInFlight = Math.max(2, settings.workers + 1);
    const ext = extensionOf(settings.outputFormat);
    const commit = (record) => {
        commitChain = commitChain.then(async () => {
            const at = now();
            record.ms = at - lastCommitAt;
            lastCommitAt = at;
            progress.chunks[record.id] = record;
            await (0,fs_port/* writeAtomically */.v)(fs, progressPath, `${JSON.stringify(progress)}\n`, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
            committed.push(record);
            scored += record.rows;
            const second = Math.floor((now() - startedAt) / 1000);
            const last = throughput[throughput.length - 1];
            if (last && last.second === second)
                last.rows = scored;
            else
                throughput.push({ second, rows: scored });
            await hooks.afterCommit?.(committed.length);
        });
        return commitChain;
    };
    const outputNames = outputs.map((o) => o.name);
    const scoreChunk = async (fileIndex, file, plan, chunk, prepared) => {
        const id = chunkId(fileIndex, chunk);
        const errors = prepared.errors;
        const table = { passthrough: settings.passthrough, ids: [], outputs: [], rows: 0 };
        // Each output's values per onnxruntime run, joined once per chunk (typed arrays stay typed).
        const outputParts = outputs.map(() => []);
        const rowSizes = outputs.map(() => 1);
        const bindings = plan?.bindings ?? [];
        // Rows of `prepared` scored, in order: all of them unless one failed at run time.
        let scoredRows;
        const tensorsOf = (start, n) => bindings.map((b, i) => ({ name: b.input.name, dtype: b.input.dtype, dims: [n, ...b.rowDims], data: prepared.inputs[i].slice(start * b.rowSize, (start + n) * b.rowSize) }));
        // Every batch of the chunk is handed to the engine at once: the worker's queue never runs dry while the
        // main thread reads the next chunk. Results are taken in order.
        const runs = [];
        for (let start = 0; start < prepared.rows; start += settings.batchRows) {
            const n = Math.min(settings.batchRows, prepared.rows - start);
            runs.push({ start, n, result: engine.run(tensorsOf(start, n), outputNames).catch(() => undefined) });
        }
        for (const { start, n, result } of runs) {
            let results;
            const whole = await result;
            if (whole) {
                results = [whole];
                if (scoredRows)
                    for (let k = 0; k < n; k++)
                        scoredRows.push(start + k);
            }
            else {
                // One row the signature accepts can still fail at run time: score the rows one by one so only it fails.
                scoredRows ??= Array.from({ length: start }, (_, k) => k);
                results = [];
                for (let k = start; k < start + n; k++) {
                    try {
                        results.push(await engine.run(tensorsOf(k, 1), outputNames));
                        scoredRows.push(k);
                    }
                    catch (err) {
                        errors.push(errorOf(file, { row: prepared.rowOf[k], line: prepared.lineOf[k] }, `inference failed: ${err.message}`));
                    }
                }
            }
            for (const result of results) {
                const rowsOut = result[0]?.dims[0] ?? 0;
                result.forEach((t, o) => {
                    const size = t.dims.slice(1).reduce((x, y) => x * y, 1);
                    rowSizes[o] = size;
                    const data = t.data;
                    outputParts[o].push(data.length === rowsOut * size ? data : data.subarray ? data.subarray(0, rowsOut * size) : Array.prototype.slice.call(data, 0, rowsOut * size));
                });
                table.rows += rowsOut;
            }
        }
        const kept = scoredRows;
        table.ids = prepared.ids.map((column) => (kept ? kept.map((k) => column[k]) : column.length === prepared.rows ? column : column.slice(0, prepared.rows)));
        table.outputs = outputs.map((o, i) => ({ name: o.name, dtype: o.dtype, rowSize: rowSizes[i], values: joinParts(outputParts[i]) }));
        errors.sort((x, y) => x.row - y.row);
        const partName = `part-${id}.${ext}`;
        const bytes = encodeChunk(table, settings.outputFormat);
        const nonce = (0,external_node_crypto_.randomBytes)(4).toString('hex');
        const record = { id, source: file.rel, chunk, firstRow: chunk * settings.chunkRows + 1, sourceRows: prepared.sourceRows, rows: table.rows, errors: errors.length, path: partName, sha256: sha256Of(bytes) };
        if (errors.length > 0) {
            const errorsName = `${STATE_DIR}/errors-${id}.jsonl`;
            const text = errors.map((e) => JSON.stringify(e)).join('\n') + '\n';
            await (0,fs_port/* writeAtomically */.v)(fs, external_node_path_default().join(settings.outputDir, errorsName), text, nonce);
            record.errorsPath = errorsName;
            record.errorsSha256 = sha256Of(text);
        }
        await (0,fs_port/* writeAtomically */.v)(fs, external_node_path_default().join(settings.outputDir, partName), bytes, nonce);
        await commit(record);
    };
    try {
        for (const [fileIndex, file] of settings.inputs.entries()) {
            const columns = await columnsOf(file);
            const plan = columns === undefined ? undefined : planColumns(file.rel, inputs, columns, settings.columns, settings.passthrough);
            const schedule = async (chunk, prepare) => {
                const id = chunkId(fileIndex, chunk);
                if (ownsChunk(shard, fileIndex, chunk) && !progress.chunks[id]) {
                    const scoring = scoreChunk(fileIndex, file, plan, chunk, prepare());
                    // Handled here so a failure waiting its turn is not an unhandled rejection; it is awaited below.
                    scoring.catch(() => undefined);
                    inFlight.push(scoring);
                    if (inFlight.length >= maxInFlight)
                        await inFlight.shift();
                }
                else if (progress.chunks[id])
                    committed.push(progress.chunks[id]);
            };
            let rows = 0;
            let lastRow = 0;
            const wantedChunk = (chunk) => ownsChunk(shard, fileIndex, chunk) && !progress.chunks[chunkId(fileIndex, chunk)];
            const blocks = plan && columnsFitBlocks(plan) ? await blockReader(file, plan, settings.chunkRows, wantedChunk) : undefined;
            if (blocks) {
                // Numeric inputs from plain CSV or Parquet: chunks read straight into typed arrays.
                for await (const block of blocks) {
                    hooks.progress?.({ rows: lastRow, chunks: committed.length, file: file.rel });
                    rows += block.sourceRows;
                    lastRow = block.firstRow + block.sourceRows - 1;
                    await schedule(block.block, () => ({
                        sourceRows: block.sourceRows, rows: block.rows, inputs: block.inputs, ids: block.ids, rowOf: block.rowOf, lineOf: block.lineOf ?? [],
                        errors: block.errors.map((e) => errorOf(file, e, e.reason)),
                    }));
                }
            }
            else {
                let current = -1;
                let buffer = [];
                const flush = async () => {
                    if (current < 0)
                        return;
                    const chunkRows = buffer;
                    await schedule(current, () => prepareRows(file, plan, chunkRows, settings.passthrough.length));
                    buffer = [];
                };
                // A file whose columns cannot be read still streams: its rows (or its one fatal error) go to the errors file.
                // Rows come in batches and chunk bookkeeping runs per chunk: no promise or callback per row.
                let chunkEnd = 0;
                let wanted = false;
                for await (const batch of readRowBatches(file, plan?.wanted ?? [])) {
                    for (const r of batch) {
                        if (r.row > chunkEnd) {
                            await flush();
                            current = Math.floor((r.row - 1) / settings.chunkRows);
                            chunkEnd = (current + 1) * settings.chunkRows;
                            wanted = ownsChunk(shard, fileIndex, current) && !progress.chunks[chunkId(fileIndex, current)];
                            hooks.progress?.({ rows: lastRow, chunks: committed.length, file: file.rel });
                        }
                        lastRow = r.row;
                        if (!r.fatal)
                            rows++;
                        if (wanted)
                            buffer.push(r);
                    }
                }
                await flush();
            }
            inputRecords.push({ path: file.rel, sha256: inputHashes[fileIndex], rows, chunks: lastRow === 0 ? 0 : Math.floor((lastRow - 1) / settings.chunkRows) + 1, format: file.format });
        }
        await Promise.all(inFlight);
        await commitChain;
    }
    finally {
        // Chunks already scoring finish (or fail) before the sessions go.
        await Promise.allSettled(inFlight);
        await engine.close();
    }
    committed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const errorRows = committed.reduce((n, c) => n + c.errors, 0);
    const sourceRows = committed.reduce((n, c) => n + c.sourceRows, 0);
    let errorsFile = null;
    let errorsSha = null;
    if (errorRows > 0) {
        const parts = [];
        for (const c of committed)
            if (c.errorsPath)
                parts.push(await fs.readFile(external_node_path_default().join(settings.outputDir, c.errorsPath)));
        const all = Buffer.concat(parts);
        errorsFile = `errors${tag}.jsonl`;
        errorsSha = sha256Of(all);
        await (0,fs_port/* writeAtomically */.v)(fs, external_node_path_default().join(settings.outputDir, errorsFile), all, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    }
    const endedAt = now();
    const errorRate = sourceRows === 0 ? 0 : errorRows / sourceRows;
    const failed = errorRate > settings.maxErrorRate;
    const manifest = {
        schema: 1,
        kind: 'run',
        status: failed ? 'failed' : 'succeeded',
        environment: model.environment ?? null,
        model: model.name,
        version: model.version,
        sha256: model.sha256,
        input: settings.inputSpec,
        inputs: inputRecords,
        outputs: committed.map((c) => ({ path: c.path, sha256: c.sha256, rows: c.rows, source: c.source, chunk: c.chunk, firstRow: c.firstRow })),
        errors: { rows: errorRows, path: errorsFile, sha256: errorsSha },
        rows: committed.reduce((n, c) => n + c.rows, 0),
        rows_per_s: 0,
        shard,
        chunkRows: settings.chunkRows,
        outputFormat: settings.outputFormat,
        maxErrorRate: settings.maxErrorRate,
        errorRate,
        startedAt: new Date(startedAt).toISOString(),
        endedAt: new Date(endedAt).toISOString(),
        durationMs: endedAt - startedAt,
        throughput,
        resumedChunks,
        chunks: committed,
    };
    manifest.rows_per_s = manifest.durationMs > 0 ? Math.round((scored / manifest.durationMs) * 1000 * 10) / 10 : 0;
    await (0,fs_port/* writeAtomically */.v)(fs, manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    return { manifest, manifestPath, exitCode: failed ? errors.ExitCode.Failed : errors.ExitCode.Pass };
}
function selectOutputs(all, wanted) {
    const chosen = wanted && wanted.length > 0 ? wanted.map((n) => {
        const o = all.find((x) => x.name === n);
        if (!o)
            throw new errors.ModelshipError(`the model has no output "${n}"`, { hint: `outputs: ${all.map((x) => `${x.name} (${describeTensor(x)})`).join(', ')}` });
        return o;
    }) : all;
    for (const o of chosen) {
        if (o.dtype === 'sequence' || o.dtype === 'map' || o.dtype === 'optional' || o.dtype === 'unknown') {
            throw new errors.ModelshipError(`output "${o.name}" is a ${o.dtype}, not a tensor: it cannot be written as columns`, { hint: `choose tensor outputs with --outputs (${all.filter((x) => x !== o).map((x) => x.name).join(', ')})` });
        }
    }
    return chosen;
}
/** One array of a chunk's output values: a typed array when every part is one of the same kind. */
function joinParts(parts) {
    if (parts.length === 1)
        return parts[0];
    const first = parts[0];
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (first && ArrayBuffer.isView(first) && parts.every((p) => p.constructor === first.constructor)) {
        const out = new first.constructor(total);
        let at = 0;
        for (const p of parts) {
            out.set(p, at);
            at += p.length;
        }
        return out;
    }
    const out = new Array(total);
    let at = 0;
    for (const p of parts)
        for (let i = 0; i < p.length; i++)
            out[at++] = p[i];
    return out;
}
/** The block reader of a file whose columns it can read (plain CSV, readable Parquet), else undefined. */
async function blockReader(file, plan, chunkRows, wanted) {
    if (file.format === 'csv') {
        const header = (await csvIsPlain(file.path)) ? await plainCsvHeader(file.path, plan) : undefined;
        return header && readColumnBlocks(file.path, plan, header, chunkRows, wanted);
    }
    if (file.format === 'parquet') {
        const parquet = await openParquet(file.path);
        return parquet && readParquetBlocks(parquet, plan, chunkRows, wanted);
    }
    return undefined;
}
/** Rows from a row reader into a prepared chunk (each row converted and checked by the TensorBuilder). */
function prepareRows(file, plan, rows, ids) {
    const builder = plan ? new TensorBuilder(plan, rows.length) : undefined;
    const prepared = { sourceRows: rows.length, rows: 0, inputs: [], ids: Array.from({ length: ids }, () => []), rowOf: [], lineOf: [], errors: [] };
    const rowOf = [];
    const lineOf = [];
    const idStart = plan ? plan.wanted.length - ids : 0;
    for (const r of rows) {
        if (r.error !== undefined || !builder || !r.cells) {
            prepared.errors.push(errorOf(file, r, r.error ?? 'unreadable row'));
            continue;
        }
        const why = builder.add(r.cells);
        if (why !== undefined) {
            prepared.errors.push(errorOf(file, r, why));
            continue;
        }
        rowOf.push(r.row);
        lineOf.push(r.line);
        for (let i = 0; i < ids; i++)
            prepared.ids[i].push(r.cells[idStart + i]);
    }
    return { ...prepared, rows: builder?.rows ?? 0, inputs: builder?.columns() ?? [], rowOf, lineOf };
}
function errorOf(file, r, reason) {
    return r.line === undefined ? { source: file.rel, row: r.row, reason } : { source: file.rel, row: r.row, line: r.line, reason };
}
function sha256Of(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * A fresh run refuses a folder that already holds this shard's run (nothing of it is overwritten); a resumed
 * run keeps only chunks whose files are still there with their recorded sha256.
 */
async function openProgress(fs, progressPath, manifestPath, fingerprint, settings, model) {
    const existing = await fs.readFile(progressPath).then((b) => JSON.parse(b.toString('utf8')), () => undefined);
    const hasManifest = await (0,promises_.stat)(manifestPath).then(() => true, () => false);
    if (!settings.resume) {
        if (existing || hasManifest) {
            throw new errors.ModelshipError(`${settings.outputDir} already holds a run${shardTag(settings.shard) ? ` of shard ${settings.shard.index}/${settings.shard.count}` : ''}`, { hint: 'continue it with --resume, or write to an empty folder' });
        }
        return { schema: 1, fingerprint, chunks: {} };
    }
    if (!existing)
        return { schema: 1, fingerprint, chunks: {} };
    if (existing.fingerprint !== fingerprint) {
        throw new errors.ModelshipError(`cannot resume in ${settings.outputDir}: the interrupted run used other inputs, model or options (model now ${model.version} sha256 ${model.sha256.slice(0, 12)})`, {
            exitCode: errors.ExitCode.Usage,
            hint: 'resume with the same inputs, model and options, or start again in an empty folder',
        });
    }
    const kept = {};
    for (const [id, c] of Object.entries(existing.chunks)) {
        const ok = await fs.readFile(external_node_path_default().join(settings.outputDir, c.path)).then((b) => sha256Of(b) === c.sha256, () => false);
        const errorsOk = !c.errorsPath || (await fs.readFile(external_node_path_default().join(settings.outputDir, c.errorsPath)).then((b) => sha256Of(b) === c.errorsSha256, () => false));
        // Kept without its timing: it measured the interrupted run, not this one.
        if (ok && errorsOk)
            kept[id] = { ...c, ms: undefined };
    }
    return { schema: 1, fingerprint, chunks: kept };
}

;// CONCATENATED MODULE: ./src/batch/service.ts





/** Resolves the model (the environment's live version, read once now) and runs the request. */
async function runRequest(loaded, request, options = {}) {
    const model = await resolveModel(loaded, request, options);
    const inputs = await listInputs(request.inputPath, process.cwd());
    return runBatch(model, { ...request, inputs, inputSpec: request.input }, options);
}
async function resolveModel(loaded, request, options = {}) {
    if (request.environment !== undefined) {
        if (!loaded)
            throw new errors.ModelshipError('a batch environment needs modelship.yml');
        return (0,model/* liveModel */.mS)(loaded, request.environment, request.model, options);
    }
    if (!loaded)
        throw new errors.ModelshipError('--model NAME@VERSION needs modelship.yml (the models section)');
    return (0,model/* versionedModel */.x7)(loaded, request.modelReference, request.artifact, options);
}
/** `batch compare`: the candidate version against the environment's live one (or a named baseline). */
async function compareRequest(loaded, request, options = {}) {
    const candidate = await resolveModel(loaded, { modelReference: request.candidate, artifact: request.candidateArtifact }, options);
    const baseline = request.environment !== undefined
        ? await resolveModel(loaded, { environment: request.environment, model: candidate.name }, options)
        : await resolveModel(loaded, { modelReference: request.baseline, artifact: request.baselineArtifact }, options);
    const inputs = await listInputs(request.inputPath, process.cwd());
    return compareModels(candidate, baseline, { inputs, columns: request.columns, slices: request.slices, label: request.label, batchRows: request.batchRows, workers: request.workers, output: request.output });
}


/***/ })

};
