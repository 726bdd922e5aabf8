export const id = 2655;
export const ids = [2655,2741,7824];
export const modules = {

/***/ 82493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractRawLayers: () => (/* binding */ extractRawLayers),
/* harmony export */   weightLayer: () => (/* binding */ weightLayer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80420);






/** The model's weight layer of a ModelPack manifest (Modelship packages one per model). */
function weightLayer(manifest, what) {
    const weights = manifest.layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight.v1.') || l.mediaType.startsWith('application/vnd.cnai.model.weight.v1.'));
    if (weights.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${what} has ${weights.length} weight layers; Modelship deploys a ModelPack artifact with exactly one`, { exitCode: 1 });
    return weights[0];
}
/**
 * Writes the raw layers of a pulled manifest as files under `dir`, at their `org.cncf.model.filepath`
 * (checked to stay inside `dir`). Blobs come from the layout, where they were verified when they landed.
 */
async function extractRawLayers(layout, manifest, dir) {
    const written = [];
    for (const layer of manifest.layers) {
        const filepath = layer.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_5__.ANNOTATION.filepath];
        if (!filepath)
            continue;
        if (layer.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_5__.MEDIA.weightTar)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`layer ${filepath} is a tar of a folder: extracting folder models is not supported yet; use the OCI layout (pull --output) or a single-file model`, { exitCode: 1 });
        if (!layer.mediaType.endsWith('.raw'))
            continue;
        const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, filepath);
        if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) || filepath.includes('\0'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`layer file path "${filepath}" leaves the output folder: refused`, { exitCode: 1 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(target), { recursive: true });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(layout.readBlobStream(layer), (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createWriteStream)(target, { flags: 'wx' }));
        written.push({ path: filepath, digest: layer.digest, size: layer.size });
    }
    return written;
}


/***/ }),

/***/ 63312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fetchModelByDigest),
/* harmony export */   O: () => (/* binding */ checkDigestReference)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82493);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70348);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72525);
/* harmony import */ var _registry_connect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7824);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(82741);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80420);











/** Registry settings from the environment: MODELSHIP_REGISTRY_PLAIN_HTTP=1 (loopback only), MODELSHIP_REGISTRY_CA. */
function connectOptions(env, log) {
    return { plainHttp: env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true', log };
}
/**
 * Pulls `oci://registry/repository@sha256:...` into a content-addressed cache under `cacheRoot`
 * (`<cacheRoot>/<manifest hex>/`): every blob verified against its digest as it lands, then the raw layers
 * written as files and the weight file hashed again. A second call for the same digest reuses the cache
 * after re-hashing the weight file.
 */
async function fetchModelByDigest(uri, cacheRoot, env, log) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.parseDigestReference)(uri, 'artifact');
    const hex = ref.digest.slice('sha256:'.length);
    const filesDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex, 'files');
    const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_6__.OciLayout.create(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex, 'layout'));
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_8__.connectRegistry)(ref.registry, env, connectOptions(env, log));
    let manifest;
    try {
        manifest = (await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_9__.pullToLayout)(client, { registry: ref.registry, repository: ref.repository, digest: ref.digest }, layout)).manifest;
    }
    finally {
        await client.close();
    }
    const weight = (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.weightLayer)(manifest, uri);
    const name = weight.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_10__.ANNOTATION.filepath];
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri}: the weight layer has no ${_media_types_js__WEBPACK_IMPORTED_MODULE_10__.ANNOTATION.filepath} annotation`, { exitCode: 1 });
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(filesDir).then(() => true, () => false))) {
        const temp = `${filesDir}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.extractRawLayers)(layout, manifest, temp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, filesDir);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { recursive: true, force: true });
        }
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(filesDir, name);
    const actual = await hashFile(file).catch(() => undefined);
    if (`sha256:${actual}` !== weight.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${file} has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but ${uri} names weights ${weight.digest.slice(7, 19)}: the cache was changed; delete ${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex)}`, { exitCode: 1 });
    const config = JSON.parse((await layout.readBlob(manifest.config)).toString('utf8'));
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return { file, sha256: weight.digest.slice('sha256:'.length), reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.formatDigestReference)(ref), name: text(config.descriptor?.name), version: text(config.descriptor?.version), format: text(config.config?.format) };
}
/**
 * The hop check of a promotion: the registry still serves the manifest `uri` names (its bytes hash to the
 * digest) and its weight layer is the bytes the previous environment verified.
 */
async function checkDigestReference(uri, sha256, env) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.parseDigestReference)(uri, 'deployed artifact');
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_8__.connectRegistry)(ref.registry, env, connectOptions(env));
    try {
        const got = await client.getManifest(ref.repository, ref.digest);
        if (!got)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri} is gone from the registry: cannot promote bytes that no longer exist there`, { exitCode: 1 });
        const weight = (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.weightLayer)(JSON.parse(got.bytes.toString('utf8')), uri);
        if (weight.digest !== `sha256:${sha256}`)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri} has weights ${weight.digest.slice(7, 19)}, but the previous environment verified ${sha256.slice(0, 12)}`, { exitCode: 1 });
    }
    finally {
        await client.close();
    }
}
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 12655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installByDigest: () => (/* binding */ installByDigest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _deploy_providers_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48605);
/* harmony import */ var _fetch_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63312);




/**
 * The local provider's pull: installs `oci://registry/repository@sha256:...` as a version folder of a model
 * repository (`<root>/<model>/<version>/`, what `modelship serve`, Triton and TF Serving load), pulled and
 * verified against the digest, the weights hashed again on the way in. Model and version come from the
 * package's ModelPack config unless given.
 */
async function installByDigest(uri, root, env, names = {}, log = () => { }) {
    const fetched = await (0,_fetch_model_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchModelByDigest */ .N)(uri, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, '.oci-cache'), env, log);
    const model = names.model ?? fetched.name;
    const version = names.version ?? fetched.version;
    if (!model || !version)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${uri}: the package's config names no model ${model ? 'version' : 'name'}; pass --model and --model-version`, { exitCode: 1 });
    const provider = new _deploy_providers_local_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalProvider */ .T(root);
    const detail = await provider.prepare({ environment: 'local', model, log }, { model, version, artifact: fetched.file, sha256: fetched.sha256, format: fetched.format ?? 'onnx', oci: fetched.reference });
    await provider.verify({ environment: 'local', model, log }, { model, version, artifact: fetched.file, sha256: fetched.sha256, format: fetched.format ?? 'onnx' });
    return { model, version, sha256: fetched.sha256, reference: fetched.reference, detail };
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


/***/ })

};
