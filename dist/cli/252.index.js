export const id = 252;
export const ids = [252,271,9059,2741,7824];
export const modules = {

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: expected a duration >= 0, got ${value}`);
        return value * 1000;
    }
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        total += Number(match[1]) * UNITS[match[2]];
        consumed = re.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
    return `${Math.floor(ms / 3_600_000)}h${Math.round((ms % 3_600_000) / 60_000)}m`;
}


/***/ }),

/***/ 20170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MODELSHIP_DIR: () => (/* binding */ MODELSHIP_DIR),
  buildPackage: () => (/* binding */ buildPackage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/package/layout.ts
var package_layout = __webpack_require__(70348);
// EXTERNAL MODULE: ./src/package/media-types.ts
var media_types = __webpack_require__(80420);
;// CONCATENATED MODULE: ./src/package/tar.ts




/** Regular files under `root`, sorted; symlinks and special files are refused (they could escape). */
async function listTarEntries(root) {
    const out = [];
    const walk = async (dir, prefix) => {
        for (const name of (await (0,promises_.readdir)(dir)).sort()) {
            const file = external_node_path_default().join(dir, name);
            const info = await (0,promises_.lstat)(file);
            const rel = prefix ? `${prefix}/${name}` : name;
            if (info.isDirectory())
                await walk(file, rel);
            else if (info.isFile())
                out.push({ name: rel, file, size: info.size });
            else
                throw new errors.ModelshipError(`${file} is not a regular file or folder (symlink or device): a model package holds regular files only`);
        }
    };
    await walk(root, '');
    return out.sort((a, b) => (Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))));
}
const BLOCK = 512;
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, '0')}\0`;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (`${length}`.length + Buffer.byteLength(body) !== length)
        length = `${length}`.length + Buffer.byteLength(body);
    return Buffer.from(`${length}${body}`);
}
function header(name, size, type, mtime) {
    const h = Buffer.alloc(BLOCK);
    h.write(name, 0, 100, 'utf8');
    h.write(octal(0o644, 8), 100);
    h.write(octal(0, 8), 108);
    h.write(octal(0, 8), 116);
    h.write(octal(size, 12), 124);
    h.write(octal(mtime, 12), 136);
    h.write('        ', 148);
    h.write(type, 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return h;
}
const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
const MAX_OCTAL_SIZE = 0o77777777777;
function entryHeaders(entry, mtime) {
    const nameBytes = Buffer.byteLength(entry.name);
    const pax = [];
    if (nameBytes > 100 || !/^[\x20-\x7e]*$/.test(entry.name))
        pax.push(paxRecord('path', entry.name));
    if (entry.size > MAX_OCTAL_SIZE)
        pax.push(paxRecord('size', `${entry.size}`));
    const out = [];
    if (pax.length) {
        const body = Buffer.concat(pax);
        out.push(header('PaxHeader', body.length, 'x', mtime), body, padding(body.length));
    }
    const shortName = pax.length ? entry.name.replace(/[^\x20-\x7e]/g, '_').slice(-100) : entry.name;
    out.push(header(shortName, entry.size > MAX_OCTAL_SIZE ? 0 : entry.size, '0', mtime));
    return out;
}
/** Streams the tar; a file whose size changed while it was read fails the stream (never a corrupt layer). */
async function* tarStream(entries, mtime = 0) {
    for (const entry of entries) {
        yield* entryHeaders(entry, mtime);
        let read = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(entry.file)) {
            read += chunk.length;
            if (read > entry.size)
                break;
            yield chunk;
        }
        if (read !== entry.size)
            throw new errors.ModelshipError(`${entry.file} changed size while it was packaged (${entry.size} -> ${read} bytes)`);
        yield padding(entry.size);
    }
    yield Buffer.alloc(BLOCK * 2);
}

;// CONCATENATED MODULE: ./src/package/build.ts







/** Modelship's own documents, as doc layers under this folder of the package. */
const MODELSHIP_DIR = '.modelship';
/**
 * Builds a CNCF ModelPack artifact (model-spec docs/spec.md) into an OCI image layout and tags it with the
 * version. The ModelPack config schema allows no extra keys, so the signature and the validation report
 * travel as doc layers (`.modelship/signature.json`, `.modelship/validation.json`) and the manifest's
 * annotations name their verdict; the config stays valid for modctl, KitOps and KServe.
 */
async function buildPackage(source, output) {
    if (Number.isNaN(Date.parse(source.created)))
        throw new errors.ModelshipError(`created "${source.created}" is not an RFC 3339 time`);
    const layout = await package_layout.OciLayout.create(output);
    const mtime = Math.floor(Date.parse(source.created) / 1000);
    const info = await (0,promises_.stat)(source.artifact).catch(() => {
        throw new errors.ModelshipError(`${source.artifact} does not exist: nothing to package`);
    });
    const layers = [];
    const name = external_node_path_default().basename(source.artifact);
    if (info.isFile()) {
        layers.push(await layout.writeStream(media_types.MEDIA.weightRaw, (0,external_node_fs_.createReadStream)(source.artifact), undefined, fileAnnotations(name, info.size, '0', source.created)));
    }
    else if (info.isDirectory()) {
        const entries = await listTarEntries(source.artifact);
        if (entries.length === 0)
            throw new errors.ModelshipError(`${source.artifact} is an empty folder: nothing to package`);
        const size = entries.reduce((sum, e) => sum + e.size, 0);
        layers.push(await layout.writeStream(media_types.MEDIA.weightTar, tarStream(entries, mtime), undefined, fileAnnotations(name, size, '5', source.created)));
    }
    else {
        throw new errors.ModelshipError(`${source.artifact} is neither a file nor a folder`);
    }
    for (const doc of [source.card, source.metrics]) {
        if (!doc)
            continue;
        const docInfo = await (0,promises_.stat)(doc).catch(() => undefined);
        if (!docInfo?.isFile())
            throw new errors.ModelshipError(`${doc} does not exist or is not a file (configured as the model's card or metrics)`);
        layers.push(await layout.writeStream(media_types.MEDIA.docRaw, (0,external_node_fs_.createReadStream)(doc), undefined, fileAnnotations(external_node_path_default().basename(doc), docInfo.size, '0', source.created)));
    }
    for (const [file, value] of [['signature.json', source.signature], ['validation.json', source.validation]]) {
        if (value === undefined)
            continue;
        const text = `${JSON.stringify(value, null, 2)}\n`;
        layers.push(await layout.writeBytes(media_types.MEDIA.docRaw, text, fileAnnotations(`${MODELSHIP_DIR}/${file}`, Buffer.byteLength(text), '0', source.created)));
    }
    const title = `${source.model} ${source.version}`;
    const config = {
        descriptor: {
            createdAt: source.created,
            name: source.model,
            version: source.version,
            title,
            ...(source.description ? { description: source.description } : {}),
            ...(source.source ? { sourceURL: source.source } : {}),
            ...(source.revision ? { revision: source.revision } : {}),
        },
        config: { ...(source.format ? { format: source.format } : {}) },
        // Raw and uncompressed tar layers: the diffID is the layer digest.
        modelfs: { type: 'layers', diffIds: layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight')).map((l) => l.digest) },
    };
    const configDesc = await layout.writeBytes(media_types.MEDIA.modelConfig, JSON.stringify(config));
    const validation = source.validation;
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types.MEDIA.manifest,
        artifactType: media_types.MEDIA.modelArtifact,
        config: configDesc,
        layers,
        annotations: {
            'org.opencontainers.image.created': source.created,
            'org.opencontainers.image.title': title,
            'org.opencontainers.image.version': source.version,
            ...(source.description ? { 'org.opencontainers.image.description': source.description } : {}),
            ...(source.revision ? { 'org.opencontainers.image.revision': source.revision } : {}),
            ...(source.source ? { 'org.opencontainers.image.source': source.source } : {}),
            ...(typeof validation?.verdict === 'string' ? { 'dev.modelship.validation.verdict': validation.verdict } : {}),
        },
    };
    const manifestDesc = { ...(await layout.writeBytes(media_types.MEDIA.manifest, JSON.stringify(manifest))), artifactType: media_types.MEDIA.modelArtifact };
    await layout.tag(manifestDesc, source.version);
    return { layout: output, tag: source.version, manifest: manifestDesc, artifactType: media_types.MEDIA.modelArtifact, config: configDesc, layers };
}
function fileAnnotations(filepath, size, typeflag, mtime) {
    const metadata = { name: external_node_path_default().posix.basename(filepath), mode: typeflag === '5' ? 0o755 : 0o644, uid: 0, gid: 0, size, mtime, typeflag: typeflag.charCodeAt(0) };
    return { [media_types.ANNOTATION.filepath]: filepath, [media_types.ANNOTATION.fileMetadata]: JSON.stringify(metadata), [media_types.ANNOTATION.untested]: 'false' };
}


/***/ }),

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectRegistry: () => (/* binding */ connectRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72423);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83320);




const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;
/** A client for `registry` with the credentials and trust the environment gives. */
async function connectRegistry(registry, env, options = {}) {
    if (options.plainHttp && !LOOPBACK.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--plain-http is refused for ${registry}: credentials and models would cross the network unencrypted`, { hint: 'use TLS; trust a private CA with --ca FILE or MODELSHIP_REGISTRY_CA' });
    const caFile = options.caFile ?? env.MODELSHIP_REGISTRY_CA;
    const ca = caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(caFile, 'utf8').catch((err) => { throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`cannot read the CA file ${caFile}: ${err.message}`); }) : undefined;
    const credentials = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCredentials */ .z)(registry, env);
    return new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({ registry, plainHttp: options.plainHttp, ca, credentials, chunkSize: options.chunkSize, log: options.log });
}


/***/ }),

/***/ 10252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachDocument: () => (/* binding */ attachDocument),
/* harmony export */   shipPackage: () => (/* binding */ shipPackage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20170);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70348);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80420);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72525);
/* harmony import */ var _registry_connect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7824);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29059);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(82741);









/**
 * Packages a configured model at a version (refused when the artifact fails validation), pushes it to
 * `repository` (registry/repository, tagged with the version) and attaches the validation report as a
 * referrer. What `release --oci` and the package action run.
 */
async function shipPackage(loaded, model, version, repository, env, options) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseReference)(repository, 'OCI repository');
    if (ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`OCI repository "${repository}" names a digest: give registry/repository[:tag]`);
    const source = await (0,_source_js__WEBPACK_IMPORTED_MODULE_7__.packageSourceOf)(loaded, model, version, env);
    if (source.verdict !== 'pass')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${source.artifact} fails validation: it is not packaged (run modelship validate for the findings)`, { exitCode: 1 });
    const built = await (0,_build_js__WEBPACK_IMPORTED_MODULE_2__.buildPackage)(source, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.outputRoot, `${model}-${version}`));
    const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_3__.OciLayout.open(built.layout);
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_6__.connectRegistry)(ref.registry, env, options);
    try {
        const push = await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_8__.pushLayout)(client, layout, built.manifest.digest, { ...ref, tag: ref.tag ?? version });
        const report = built.layers.find((l) => l.annotations?.['org.cncf.model.filepath'] === '.modelship/validation.json');
        const referrers = [];
        if (report) {
            const attached = await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_8__.attachReferrer)(client, ref.repository, { mediaType: push.mediaType, digest: push.digest, size: built.manifest.size }, _media_types_js__WEBPACK_IMPORTED_MODULE_4__.REFERRER_TYPE.validation, { bytes: await layout.readBlob(report), mediaType: 'application/json', title: 'validation.json' });
            referrers.push({ artifactType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__.REFERRER_TYPE.validation, ...attached });
        }
        return { package: built, push, referrers };
    }
    finally {
        await client.close();
    }
}
/**
 * Attaches a document (release notes, a score report) to the manifest `uri` (oci://...@sha256:) names, as a
 * referrer of `artifactType`.
 */
async function attachDocument(uri, artifactType, document, env, options = {}) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__.parseDigestReference)(uri, 'OCI artifact');
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_6__.connectRegistry)(ref.registry, env, options);
    try {
        const got = await client.getManifest(ref.repository, ref.digest);
        if (!got)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${uri} is not in the registry: nothing to attach ${document.title} to`, { exitCode: 1 });
        return await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_8__.attachReferrer)(client, ref.repository, { mediaType: got.mediaType, digest: got.digest, size: got.bytes.length }, artifactType, document);
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 29059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageSourceOf: () => (/* binding */ packageSourceOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62773);
/* harmony import */ var _core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71988);
/* harmony import */ var _validate_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80271);





/**
 * The package of one configured model at one version: its files from modelship.yml, its signature (read
 * from the ONNX file, else as declared), Modelship's validation report of the artifact, and the fixed
 * creation time that makes the digest reproducible: `--created`, else SOURCE_DATE_EPOCH, else the commit
 * time of HEAD.
 */
async function packageSourceOf(loaded, model, version, env, created) {
    const config = loaded.config.models[model];
    if (!config)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`model "${model}" is not configured in ${loaded.file} (models: ${Object.keys(loaded.config.models).join(', ') || 'none'})`);
    const artifact = loaded.resolvePath(config.path, ['models', model, 'path']);
    const card = config.card ? loaded.resolvePath(config.card, ['models', model, 'card']) : undefined;
    const metrics = config.metrics ? loaded.resolvePath(config.metrics, ['models', model, 'metrics']) : undefined;
    const configDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(loaded.file);
    const report = await (0,_validate_run_js__WEBPACK_IMPORTED_MODULE_4__.runValidation)({ paths: [artifact], cwd: configDir, loaded });
    let signature = config.signature;
    if (config.format === 'onnx' || artifact.endsWith('.onnx')) {
        signature = (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureOf */ .yK)(await (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readOnnxModel */ .Dk)(artifact)) ?? signature;
    }
    const git = await (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openGit */ .zY)(configDir, env).catch(() => undefined);
    const revision = env.GITHUB_SHA || git?.head;
    return {
        model,
        version,
        artifact,
        format: config.format,
        card,
        metrics,
        signature,
        validation: report,
        verdict: report.verdict,
        created: created ?? (await creationTime(env, git)),
        revision,
        source: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined,
        description: config.description,
    };
}
async function creationTime(env, git) {
    if (env.SOURCE_DATE_EPOCH !== undefined) {
        const seconds = Number(env.SOURCE_DATE_EPOCH);
        if (!Number.isSafeInteger(seconds) || seconds < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${env.SOURCE_DATE_EPOCH}"`);
        return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    }
    if (git?.head) {
        const iso = (await git.git.text(['show', '-s', '--format=%ct', git.head])).trim();
        return new Date(Number(iso) * 1000).toISOString().replace('.000Z', 'Z');
    }
    return '1970-01-01T00:00:00Z';
}


/***/ }),

/***/ 82741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachReferrer: () => (/* binding */ attachReferrer),
/* harmony export */   pullToLayout: () => (/* binding */ pullToLayout),
/* harmony export */   pushLayout: () => (/* binding */ pushLayout)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70348);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80420);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72525);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72423);





/** Pushes one manifest of a layout (by tag or digest) and its blobs; tags it with `ref.tag` when given. */
async function pushLayout(client, layout, from, ref, mountFrom) {
    const desc = await layout.resolve(from);
    const bytes = await layout.readBlob(desc);
    const manifest = parseManifest(bytes, `${layout.dir} manifest ${desc.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        if (!(await layout.hasBlob(blob)))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${layout.dir}: blob ${blob.digest} (${blob.mediaType}) is missing or has the wrong size`);
        const outcome = await client.pushBlob(ref.repository, blob, (start, end) => layout.readBlobStream(blob, start, end), mountFrom);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const { digest } = await client.putManifest(ref.repository, ref.tag ?? desc.digest, bytes, manifest.mediaType);
    if (digest !== desc.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`pushed manifest digest ${digest} differs from the layout's ${desc.digest}`, { exitCode: 1 });
    const pinned = { registry: client.registry, repository: ref.repository, digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatDigestReference)(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
}
/**
 * Pulls a manifest (by tag or digest) and its blobs into a layout. Every byte is checked against its digest
 * before it lands; a digest reference is checked against the manifest itself.
 */
async function pullToLayout(client, ref, layout) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: name a tag or a digest to pull`);
    const got = await client.getManifest(ref.repository, reference);
    if (!got)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: no manifest "${reference}"`, { exitCode: 1 });
    if (ref.digest && got.digest !== ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: manifest hashes to ${got.digest}, expected ${ref.digest}: refused`, { exitCode: 1 });
    const manifest = parseManifest(got.bytes, `${ref.registry}/${ref.repository}@${got.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        const outcome = await client.pullBlob(ref.repository, blob, layout);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const desc = await layout.writeBytes(manifest.mediaType, got.bytes);
    await layout.tag({ ...desc, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) }, ref.tag ?? got.digest);
    const pinned = { registry: client.registry, repository: ref.repository, digest: got.digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatDigestReference)(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}
/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
async function attachReferrer(client, repository, subject, artifactType, document) {
    const open = (bytes) => (start, end) => bytes.subarray(start, end + 1);
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__.EMPTY_CONFIG }, open(empty));
    const layer = { mediaType: document.mediaType, digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__.sha256Digest)(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
    await client.pushBlob(repository, layer, open(document.bytes));
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest,
        artifactType,
        config: { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__.EMPTY_CONFIG },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'org.opencontainers.image.title': document.title },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectProcessed } = await client.putManifest(repository, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__.sha256Digest)(bytes), bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest);
    // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
    if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api')
        return { digest, via: 'api' };
    // Tag schema fallback: read-modify-write of the subject's referrers index.
    const tag = (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_4__/* .referrersTag */ .LN)(subject.digest);
    const current = await client.getManifest(repository, tag);
    // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
    const index = current?.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index, manifests: [] };
    if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push({ mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
        const indexBytes = Buffer.from(JSON.stringify(index));
        await client.putManifest(repository, tag, indexBytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index);
    }
    return { digest, via: 'tag' };
}
function parseManifest(bytes, what) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} is not JSON: ${err.message}`, { exitCode: 1 });
    }
    if (manifest.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} is not an OCI image manifest (mediaType "${String(manifest.mediaType)}"): Modelship moves single-manifest artifacts`, { exitCode: 1 });
    }
    return manifest;
}


/***/ }),

/***/ 62066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ resolveValidateSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, DEFAULT_PICKLE_POLICY, parseSize */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
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


/***/ }),

/***/ 80271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidation: () => (/* binding */ runValidation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62066);



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveValidateSettings */ .UZ)(section);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(6278), __webpack_require__.e(3075)]).then(__webpack_require__.bind(__webpack_require__, 76278));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}


/***/ })

};
