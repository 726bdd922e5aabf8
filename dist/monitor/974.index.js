export const id = 974;
export const ids = [974];
export const modules = {

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftOptions: () => (/* binding */ driftOptions),
  loadProfile: () => (/* binding */ loadProfile),
  tensorColumns: () => (/* binding */ tensorColumns),
  withConfigDefaults: () => (/* binding */ withConfigDefaults)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/monitor/drift.ts + 2 modules
var drift = __webpack_require__(4996);
// EXTERNAL MODULE: ./src/monitor/profile.ts + 2 modules
var monitor_profile = __webpack_require__(3907);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
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

;// CONCATENATED MODULE: ./src/monitor/profile-data.ts



/**
 * Profiles data files (CSV, Parquet, JSON Lines; a file, a folder or a glob, read by batch's readers) into
 * one profile. Rows the readers cannot read are counted in `unreadable` with the first few reasons, never
 * silently dropped; a file that cannot be read at all is an error.
 */
async function profileData(spec, cwd, options = {}) {
    const files = (await listInputs(spec, cwd)).filter((f) => f.format !== 'npy');
    if (files.length === 0)
        throw new errors.ModelshipError(`${spec}: no CSV, Parquet or JSON Lines file to profile`);
    const profile = new monitor_profile/* Profile */.WV(options);
    profile.tensors = options.tensors ?? {};
    const unreadable = { rows: 0, first: [] };
    const outputs = new Set(options.outputs ?? []);
    for (const file of files) {
        const available = await columnsOf(file);
        if (available === undefined)
            throw new errors.ModelshipError(`${file.rel}: cannot be read as ${file.format}`);
        for (const c of [...outputs, ...(options.columns ?? []), ...Object.values(options.tensors ?? {}).flat()]) {
            if (!available.includes(c))
                throw new errors.ModelshipError(`${file.rel}: no column "${c}"`, { hint: `columns: ${available.join(', ')}` });
        }
        const wanted = options.columns ? [...options.columns, ...[...outputs].filter((c) => !options.columns.includes(c))] : available;
        const features = wanted.map((c) => profile.feature(outputs.has(c) ? 'outputs' : 'inputs', c));
        const textNumbers = file.format === 'csv';
        for await (const batch of readRowBatches(file, wanted)) {
            for (const row of batch) {
                if (!row.cells) {
                    unreadable.rows++;
                    if (unreadable.first.length < 5)
                        unreadable.first.push(`${file.rel}:${row.line ?? `row ${row.row}`}: ${row.error}`);
                    if (row.fatal)
                        throw new errors.ModelshipError(`${file.rel}${row.line ? `:${row.line}` : ''}: ${row.error}`);
                    continue;
                }
                profile.rows++;
                for (let k = 0; k < features.length; k++)
                    (0,monitor_profile/* addCell */.GS)(features[k], row.cells[k], textNumbers);
            }
        }
    }
    return { profile, files: files.map((f) => f.rel), unreadable };
}

;// CONCATENATED MODULE: ./src/monitor/request.ts






function driftOptions(flags) {
    const options = {};
    if (flags.driftShare !== undefined)
        options.driftShare = share(flags.driftShare, '--drift-share');
    if (flags.correction !== undefined) {
        if (!drift.CORRECTIONS.includes(flags.correction))
            throw new errors.ModelshipError(`--correction: expected one of ${drift.CORRECTIONS.join(', ')}, got "${flags.correction}"`);
        options.correction = flags.correction;
    }
    if (flags.method !== undefined)
        options.method = method(flags.method, '--method');
    if (flags.threshold !== undefined)
        options.threshold = positive(flags.threshold, '--threshold');
    for (const spec of flags.feature ?? []) {
        const m = /^([^=]+)=([a-z]*)(?::(.+))?$/.exec(spec);
        if (!m || (m[2] === '' && m[3] === undefined))
            throw new errors.ModelshipError(`--feature "${spec}": expected NAME=METHOD[:THRESHOLD] or NAME=:THRESHOLD`, { hint: `methods: ${drift.METHODS.join(', ')}` });
        const rule = {};
        if (m[2] !== '')
            rule.method = method(m[2], `--feature ${m[1]}`);
        if (m[3] !== undefined)
            rule.threshold = positive(m[3], `--feature ${m[1]}`);
        options.features = { ...options.features, [m[1]]: rule };
    }
    return options;
}
function method(v, where) {
    if (!drift.METHODS.includes(v))
        throw new errors.ModelshipError(`${where}: unknown drift method "${v}"`, { hint: `methods: ${drift.METHODS.join(', ')}` });
    return v;
}
function positive(v, where) {
    const x = Number(v);
    if (v.trim() === '' || !Number.isFinite(x) || x <= 0)
        throw new errors.ModelshipError(`${where}: expected a positive number, got "${v}"`);
    return x;
}
function share(v, where) {
    const x = positive(v, where);
    if (x > 1)
        throw new errors.ModelshipError(`${where}: expected a share in (0, 1], got "${v}"`);
    return x;
}
/** A profile file (JSON with "format": "modelship-profile") or data to profile (CSV, Parquet, JSON Lines). */
async function loadProfile(spec, cwd, options = {}) {
    const file = external_node_path_default().resolve(cwd, spec);
    if (file.toLowerCase().endsWith('.json')) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            throw new errors.ModelshipError(`${spec}: cannot read: ${err.code ?? err.message}`);
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            throw new errors.ModelshipError(`${spec}: not valid JSON: ${err.message}`, { hint: `a profile is the JSON "modelship monitor profile" writes ("format": "${monitor_profile/* PROFILE_FORMAT */.y6}")` });
        }
        return monitor_profile/* Profile */.WV.fromJSON(value, spec);
    }
    return (await profileData(spec, cwd, options)).profile;
}
/** `--tensor NAME=COL,COL,...` (repeatable) into the tensors map of a profile. */
function tensorColumns(specs) {
    const out = {};
    for (const spec of specs) {
        const m = /^([^=]+)=(.+)$/.exec(spec);
        const columns = m ? m[2].split(',').map((c) => c.trim()).filter((c) => c !== '') : [];
        if (!m || columns.length === 0)
            throw new errors.ModelshipError(`--tensor "${spec}": expected NAME=COLUMN,COLUMN,... (the columns that feed one model tensor, in order)`);
        out[m[1]] = columns;
    }
    return out;
}
/**
 * The `monitor:` section of modelship.yml as defaults under the flags: a flag wins, and a feature's rule on
 * the command line replaces that feature's rule from the file (validated by the schema already).
 */
function withConfigDefaults(options, section) {
    if (!section)
        return options;
    const features = { ...section.features, ...options.features };
    return {
        ...options,
        driftShare: options.driftShare ?? section.driftShare,
        correction: options.correction ?? section.correction,
        ...(Object.keys(features).length > 0 ? { features } : {}),
    };
}


/***/ })

};
