export const id = 9480;
export const ids = [9480];
export const modules = {

/***/ 96485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ nodeFs),
/* harmony export */   v: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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

/***/ 29480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShards: () => (/* binding */ mergeShards)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _fs_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96485);





/**
 * Checks that N shard manifests cover every chunk of every input exactly once (same model bytes, same
 * inputs, same chunking; each shard index once; each output file present with its sha256), then writes
 * the combined manifest. A duplicate or a gap is a refusal naming what is wrong; nothing is written then.
 */
async function mergeShards(request) {
    const found = [];
    for (const source of request.sources) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(source).catch(() => undefined);
        if (!info)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${source}: no such folder or manifest`);
        const files = info.isDirectory() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(source)).filter((n) => /^manifest-shard-\d+-of-\d+\.json$/.test(n)).sort().map((n) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(source, n)) : [source];
        if (files.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${source}: no shard manifest (manifest-shard-I-of-N.json)`);
        for (const file of files) {
            let manifest;
            try {
                manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
            }
            catch (err) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: not a readable manifest: ${err.message}`);
            }
            if (manifest.kind !== 'run' || !manifest.shard)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: not the manifest of a shard run`);
            found.push({ file, manifest });
        }
    }
    const first = found[0].manifest;
    const refuse = (message, hint) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot merge: ${message}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed, hint });
    };
    const count = first.shard.count;
    const byIndex = new Map();
    for (const { file, manifest: m } of found) {
        if (m.shard.count !== count)
            refuse(`${file} is shard ${m.shard.index}/${m.shard.count}, ${found[0].file} is of ${count} shards`);
        if (m.sha256 !== first.sha256 || m.version !== first.version)
            refuse(`${file} scored with ${m.model} ${m.version} (sha256 ${m.sha256.slice(0, 12)}), ${found[0].file} with ${first.version} (sha256 ${first.sha256.slice(0, 12)})`);
        if (m.chunkRows !== first.chunkRows || m.outputFormat !== first.outputFormat)
            refuse(`${file} used other chunking or output format than ${found[0].file}`);
        if (JSON.stringify(m.inputs.map((i) => [i.path, i.sha256, i.rows])) !== JSON.stringify(first.inputs.map((i) => [i.path, i.sha256, i.rows])))
            refuse(`${file} read other inputs (paths, sha256 or rows differ) than ${found[0].file}`);
        const seen = byIndex.get(m.shard.index);
        if (seen !== undefined)
            refuse(`shard ${m.shard.index}/${count} appears twice: ${seen} and ${file}`, 'keep one manifest per shard (a re-run shard writes the same chunks: drop the older copy)');
        byIndex.set(m.shard.index, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
    if (missing.length > 0)
        refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, 'run the missing shards (or pass their folders) before merging');
    // Every chunk of every input exactly once.
    const owner = new Map();
    for (const { file, manifest: m } of found) {
        for (const c of m.chunks) {
            const key = `${c.source}#${c.chunk}`;
            const other = owner.get(key);
            if (other !== undefined)
                refuse(`chunk ${c.chunk} of ${c.source} is in ${other} and in ${file}`);
            owner.set(key, file);
        }
    }
    for (const input of first.inputs) {
        for (let c = 0; c < input.chunks; c++)
            if (!owner.has(`${input.path}#${c}`))
                refuse(`chunk ${c} of ${input.path} (rows ${c * first.chunkRows + 1}-${Math.min((c + 1) * first.chunkRows, input.rows)}) is in no shard manifest`);
    }
    const totalChunks = first.inputs.reduce((n, i) => n + i.chunks, 0);
    if (owner.size !== totalChunks)
        refuse(`the shards hold ${owner.size} chunks, the inputs make ${totalChunks}`);
    // Outputs on disk as recorded; paths rewritten relative to the merged manifest.
    const outputs = [];
    const chunks = [];
    const errorFiles = [];
    for (const { file, manifest: m } of found.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
        for (const o of m.outputs) {
            const at = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, o.path);
            const sha = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(at).then((b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex'), () => undefined);
            if (sha !== o.sha256)
                refuse(`${at}: ${sha ? `sha256 ${sha.slice(0, 12)}, the manifest says ${o.sha256.slice(0, 12)}` : 'missing'}`);
            outputs.push({ ...o, path: relative(request.outputDir, at) });
        }
        for (const c of m.chunks)
            chunks.push({ ...c, path: relative(request.outputDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, c.path)), errorsPath: c.errorsPath ? relative(request.outputDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, c.errorsPath)) : undefined });
        if (m.errors.path)
            errorFiles.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, m.errors.path));
    }
    outputs.sort((a, b) => (a.source === b.source ? a.chunk - b.chunk : first.inputs.findIndex((i) => i.path === a.source) - first.inputs.findIndex((i) => i.path === b.source)));
    chunks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const errorRows = found.reduce((n, f) => n + f.manifest.errors.rows, 0);
    let errorsPath = null;
    let errorsSha = null;
    if (errorRows > 0) {
        // Errors in input order (source file order, then row), whichever shard found them.
        const records = [];
        for (const f of errorFiles)
            for (const line of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(f, 'utf8')).split('\n'))
                if (line)
                    records.push(JSON.parse(line));
        const order = new Map(first.inputs.map((i, k) => [i.path, k]));
        records.sort((a, b) => ((order.get(a.source) ?? 0) - (order.get(b.source) ?? 0)) || a.row - b.row);
        const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
        errorsPath = 'errors.jsonl';
        errorsSha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
        await _fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e.mkdir(request.outputDir);
        await (0,_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomically */ .v)(_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.outputDir, errorsPath), text, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
    }
    const starts = found.map((f) => Date.parse(f.manifest.startedAt));
    const ends = found.map((f) => Date.parse(f.manifest.endedAt));
    const rows = found.reduce((n, f) => n + f.manifest.rows, 0);
    const sourceRows = chunks.reduce((n, c) => n + c.sourceRows, 0);
    const durationMs = Math.max(...ends) - Math.min(...starts);
    const errorRate = sourceRows === 0 ? 0 : errorRows / sourceRows;
    const manifest = {
        ...first,
        kind: 'merged',
        status: found.every((f) => f.manifest.status === 'succeeded') && errorRate <= first.maxErrorRate ? 'succeeded' : 'failed',
        outputs,
        chunks,
        errors: { rows: errorRows, path: errorsPath, sha256: errorsSha },
        rows,
        rows_per_s: durationMs > 0 ? Math.round((rows / durationMs) * 10000) / 10 : 0,
        shard: { index: 0, count },
        errorRate,
        startedAt: new Date(Math.min(...starts)).toISOString(),
        endedAt: new Date(Math.max(...ends)).toISOString(),
        durationMs,
        throughput: [],
        resumedChunks: found.reduce((n, f) => n + f.manifest.resumedChunks, 0),
    };
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.outputDir, 'manifest.json');
    await _fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e.mkdir(request.outputDir);
    await (0,_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomically */ .v)(_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e, manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
    return { manifest, manifestPath, exitCode: manifest.status === 'succeeded' ? _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Pass : _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed };
}
function relative(from, to) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(from, to).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ })

};
