export const id = 8061;
export const ids = [8061];
export const modules = {

/***/ 70348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ OciLayout),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80420);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72525);








const REF_NAME = 'org.opencontainers.image.ref.name';
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * An OCI image layout folder (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/sha256/<hex>`.
 * Blobs are written under a temp name while hashed and renamed into place only when the digest is the one
 * expected: a reader never sees a partial or wrong blob.
 */
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async create(dir) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'blobs', 'sha256'), { recursive: true });
        const marker = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'oci-layout');
        if (!(await exists(marker)))
            await writeFileAtomic(marker, '{"imageLayoutVersion":"1.0.0"}');
        if (!(await exists(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'index.json'))))
            await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'index.json'), `${JSON.stringify({ schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA */ .Rn.index, manifests: [] })}`);
        return new OciLayout(dir);
    }
    static async open(dir) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${dir} is not an OCI image layout (no oci-layout file)`, { hint: 'make one with `modelship package MODEL --output DIR`' });
        return new OciLayout(dir);
    }
    blobPath(digest) {
        if (!(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .isDigest */ .Bc)(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`"${digest}" is not a sha256 digest`);
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async hasBlob(desc) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.blobPath(desc.digest)).catch(() => undefined);
        return info?.isFile() === true && info.size === desc.size;
    }
    async writeBytes(mediaType, bytes, annotations) {
        const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
        const digest = sha256Digest(data);
        if (!(await this.hasBlob({ digest, size: data.length })))
            await writeFileAtomic(this.blobPath(digest), data);
        return { mediaType, digest, size: data.length, ...(annotations ? { annotations } : {}) };
    }
    /** Streams chunks into a blob; when `expected` is given, a different digest or size is refused and nothing lands. */
    async writeStream(mediaType, chunks, expected, annotations) {
        const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, 'blobs', 'sha256', `.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(chunks, async function* (source) {
                for await (const chunk of source) {
                    hash.update(chunk);
                    size += chunk.length;
                    if (expected && size > expected.size)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`blob ${expected.digest} is larger than its descriptor's ${expected.size} bytes: refused`, { exitCode: 1 });
                    yield chunk;
                }
            }, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { highWaterMark: 1024 * 1024 }));
            const digest = `sha256:${hash.digest('hex')}`;
            if (expected && (digest !== expected.digest || size !== expected.size)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`blob content has digest ${digest} (${size} bytes), expected ${expected.digest} (${expected.size} bytes): refused, nothing written`, { exitCode: 1 });
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, this.blobPath(digest));
            return { mediaType, digest, size, ...(annotations ? { annotations } : {}) };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        }
    }
    readBlobStream(desc, start = 0, end) {
        // 1 MiB reads: fewer syscalls and socket writes on multi-GB blobs.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(this.blobPath(desc.digest), { start, end, highWaterMark: 1024 * 1024 });
    }
    /** Reads a small blob (manifest, config) and checks its digest. */
    async readBlob(desc) {
        const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(this.blobPath(desc.digest)).catch((err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${this.dir}: blob ${desc.digest} is missing (${err.code ?? err.message})`);
        });
        if (sha256Digest(data) !== desc.digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${this.blobPath(desc.digest)} does not match its digest: the layout is corrupt`, { exitCode: 1 });
        return data;
    }
    async index() {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, 'index.json');
        try {
            return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'));
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${file}: ${err.message}`, { location: { file } });
        }
    }
    /** Records a manifest in index.json under `tag` (replacing the previous holder of that tag). */
    async tag(desc, tag) {
        const index = await this.index();
        const manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
        manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, ...(desc.artifactType ? { artifactType: desc.artifactType } : {}), annotations: { [REF_NAME]: tag } });
        await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, 'index.json'), `${JSON.stringify({ ...index, manifests })}`);
    }
    /** The manifest descriptor a tag or digest names (the only one when `ref` is omitted and there is one). */
    async resolve(ref) {
        const { manifests } = await this.index();
        const found = ref === undefined ? (manifests.length === 1 ? manifests[0] : undefined) : manifests.find((m) => m.digest === ref || m.annotations?.[REF_NAME] === ref);
        if (!found) {
            const names = manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest).join(', ') || 'none';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${this.dir}: ${ref === undefined ? 'holds several manifests, name one' : `no manifest tagged or with digest "${ref}"`} (it has: ${names})`);
        }
        return found;
    }
}
/** Temp file then rename: index.json and blobs are never seen half-written. */
async function writeFileAtomic(file, data) {
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, data);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
    }
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p).then(() => true, () => false);
}


/***/ }),

/***/ 80420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   lv: () => (/* binding */ REFERRER_TYPE)
/* harmony export */ });
/** CNCF ModelPack (model-spec v0.0.7+, `vnd.cncf.*`) and OCI image-spec media types. */
const MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    empty: 'application/vnd.oci.empty.v1+json',
    modelArtifact: 'application/vnd.cncf.model.manifest.v1+json',
    modelConfig: 'application/vnd.cncf.model.config.v1+json',
    weightRaw: 'application/vnd.cncf.model.weight.v1.raw',
    weightTar: 'application/vnd.cncf.model.weight.v1.tar',
    docRaw: 'application/vnd.cncf.model.doc.v1.raw',
};
/** Layer annotation keys of model-spec docs/annotations.md. */
const ANNOTATION = {
    filepath: 'org.cncf.model.filepath',
    fileMetadata: 'org.cncf.model.file.metadata+json',
    untested: 'org.cncf.model.file.mediatype.untested',
};
/** The empty descriptor of image-spec manifest.md (the config of attached referrer artifacts). */
const EMPTY_CONFIG = { mediaType: MEDIA.empty, digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 };
/** Referrer artifact types Modelship attaches to a model's manifest. */
const REFERRER_TYPE = {
    validation: 'application/vnd.modelship.validation.v1+json',
    releaseNotes: 'application/vnd.modelship.release-notes.v1+markdown',
    score: 'application/vnd.modelship.score.v1+json',
};


/***/ }),

/***/ 72525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DC: () => (/* binding */ formatDigestReference),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   w1: () => (/* binding */ isOciUri)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// distribution-spec: repository name components and tags; digests are sha256 only here.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
function isDigest(value) {
    return DIGEST.test(value);
}
/** Parses a reference; the registry host is always explicit (no implicit Docker Hub). */
function parseReference(text, what = 'reference') {
    const bare = text.startsWith('oci://') ? text.slice('oci://'.length) : text;
    const slash = bare.indexOf('/');
    if (slash <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" has no registry host: expected host[:port]/repository[:tag][@sha256:<hex>]`);
    const registry = bare.slice(0, slash);
    if (!HOST.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": "${registry}" is not a registry host[:port]`);
    let rest = bare.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": digest "${digest}" is not sha256:<64 lowercase hex>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": tag "${tag}" is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    if (!REPOSITORY.test(rest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": repository "${rest}" is not a valid OCI repository name (lowercase letters, digits, separators . _ __ -, / between parts)`);
    return { registry, repository: rest, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses `oci://registry/repository@sha256:...`: a reference that must be pinned by digest. */
function parseDigestReference(text, what = 'artifact') {
    const ref = parseReference(text, what);
    if (!ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" is not pinned by digest: expected oci://${ref.registry}/${ref.repository}@sha256:<hex>`, { hint: 'deploy the digest `modelship push` printed, never a tag' });
    return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}
/** `oci://registry/repository@sha256:...` (the form KServe's storageUri and the deployment payload carry). */
function formatDigestReference(ref) {
    return `oci://${ref.registry}/${ref.repository}@${ref.digest}`;
}
function isOciUri(text) {
    return text.startsWith('oci://');
}


/***/ }),

/***/ 72423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   bP: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony export RegistryError */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70348);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80420);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72525);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83320);







const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    options;
    registry;
    base;
    dispatcher;
    tokens = new Map();
    basicAccepted = false;
    retries;
    retryDelayMs;
    chunkSize;
    log;
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        this.base = `${options.plainHttp ? 'http' : 'https'}://${options.registry}`;
        this.dispatcher = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({ connect: options.ca ? { ca: options.ca } : undefined, headersTimeout: 120_000, bodyTimeout: 120_000 });
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 200;
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
        this.log = options.log ?? (() => { });
    }
    async close() {
        await this.dispatcher.close();
    }
    /** HEAD the blob: present with the right size means there is nothing to upload. */
    async hasBlob(repository, desc) {
        const res = await this.send({ method: 'HEAD', url: `/v2/${repository}/blobs/${desc.digest}`, repository, expect: [200, 404] });
        await res.body.dump();
        return res.statusCode === 200 && (res.headers['content-length'] === undefined || Number(res.headers['content-length']) === desc.size);
    }
    /**
     * Uploads a blob unless the registry has it: a cross-repository mount first when `mountFrom` is given,
     * then one PUT for small blobs or PATCH chunks that resume where the registry says it stopped.
     */
    async pushBlob(repository, desc, open, mountFrom) {
        if (await this.hasBlob(repository, desc))
            return 'exists';
        let location;
        if (mountFrom && mountFrom !== repository) {
            const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(mountFrom)}`, repository, alsoPull: mountFrom, headers: { 'content-length': '0' }, expect: [201, 202] });
            await res.body.dump();
            if (res.statusCode === 201)
                return 'mounted';
            location = this.location(res);
        }
        if (desc.size <= this.chunkSize) {
            for (let attempt = 0;; attempt++) {
                location ??= await this.startUpload(repository);
                try {
                    const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${desc.size}` }, body: () => (desc.size === 0 ? Buffer.alloc(0) : open(0, desc.size - 1)), expect: [201], retry: false });
                    await res.body.dump();
                    return 'uploaded';
                }
                catch (err) {
                    if (attempt >= this.retries || !retryable(err))
                        throw err;
                    this.log(`upload of ${desc.digest} failed (${err.message}); starting again`);
                    location = undefined;
                    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt));
                }
            }
        }
        location ??= await this.startUpload(repository);
        let offset = 0;
        let failures = 0;
        while (offset < desc.size) {
            const end = Math.min(offset + this.chunkSize, desc.size) - 1;
            const start = offset;
            try {
                const res = await this.send({ method: 'PATCH', url: location, repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${end - start + 1}`, 'content-range': `${start}-${end}` }, body: () => open(start, end), expect: [202], retry: false });
                await res.body.dump();
                location = this.location(res);
                offset = end + 1;
            }
            catch (err) {
                if (failures++ >= this.retries || !retryable(err))
                    throw err;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(failures));
                const status = await this.send({ method: 'GET', url: location, repository, expect: [204] });
                await status.body.dump();
                location = this.location(status, location);
                offset = rangeEnd(status.headers.range);
                this.log(`upload of ${desc.digest} interrupted (${err.message}); resuming at byte ${offset}`);
            }
        }
        const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-length': '0' }, expect: [201] });
        await res.body.dump();
        return 'uploaded';
    }
    /** Streams a blob into the layout; it lands only when its digest and size match `desc` (retried from the start when the connection drops). */
    async pullBlob(repository, desc, layout) {
        if (await layout.hasBlob(desc))
            return 'exists';
        for (let attempt = 0;; attempt++) {
            try {
                const res = await this.getFollowingRedirects(repository, `/v2/${repository}/blobs/${desc.digest}`);
                await layout.writeStream(desc.mediaType, res.body, desc);
                return 'pulled';
            }
            catch (err) {
                if (attempt >= this.retries || !retryable(err))
                    throw err;
                this.log(`download of ${desc.digest} failed (${err.message}); retrying`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt));
            }
        }
    }
    /** PUTs a manifest by tag or digest; returns the digest and whether the registry took its subject (OCI-Subject). */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .s)(bytes);
        const res = await this.send({ method: 'PUT', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { 'content-type': mediaType, 'content-length': `${bytes.length}` }, body: () => bytes, expect: [201] });
        await res.body.dump();
        const echoed = header(res, 'docker-content-digest');
        if (echoed && echoed !== digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}/${repository}: the registry stored the manifest as ${echoed}, but its bytes hash to ${digest}`, { exitCode: 1 });
        return { digest, subjectProcessed: header(res, 'oci-subject') !== undefined };
    }
    /** GETs a manifest (or index) by tag or digest; undefined when absent. Its bytes are checked against the digest. */
    async getManifest(repository, reference) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { accept: [_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.manifest, _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.index].join(', ') }, expect: [200, 404] });
        if (res.statusCode === 404) {
            await res.body.dump();
            return undefined;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > MAX_MANIFEST_BYTES) {
            await res.body.dump();
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}/${repository}:${reference}: manifest of ${declared} bytes exceeds the 4 MiB limit`, { exitCode: 1 });
        }
        const bytes = await readLimited(res.body, MAX_MANIFEST_BYTES, `${this.registry}/${repository}:${reference} manifest`);
        const digest = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Digest */ .s)(bytes);
        const expected = (0,_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(reference) ? reference : header(res, 'docker-content-digest');
        if (expected && expected !== digest)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}/${repository}@${reference}: the manifest served hashes to ${digest}, expected ${expected}: refused`, { exitCode: 1 });
        const mediaType = (header(res, 'content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /**
     * The referrers of a manifest: the referrers API when the registry has it, else the `sha256-<hex>` tag
     * schema index (distribution-spec v1.1 "Referrers Tag Schema"). Filtered by artifact type client-side.
     */
    async referrers(repository, digest, artifactType) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/referrers/${digest}`, repository, headers: { accept: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.index }, expect: [200, 404, 400, 405] });
        const contentType = header(res, 'content-type') ?? '';
        if (res.statusCode === 200 && contentType.startsWith(_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.index)) {
            const index = JSON.parse((await readLimited(res.body, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            return { manifests: filterType(index.manifests ?? [], artifactType), via: 'api' };
        }
        await res.body.dump();
        const fallback = await this.getManifest(repository, referrersTag(digest));
        if (fallback?.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MEDIA */ .Rn.index)
            return { manifests: [], via: 'tag' };
        const index = JSON.parse(fallback.bytes.toString('utf8'));
        return { manifests: filterType(index.manifests ?? [], artifactType), via: 'tag' };
    }
    async startUpload(repository) {
        const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, repository, headers: { 'content-length': '0' }, expect: [202] });
        await res.body.dump();
        return this.location(res);
    }
    location(res, fallback) {
        const value = header(res, 'location') ?? fallback;
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: an upload answer (HTTP ${res.statusCode}) has no Location header`, { exitCode: 1 });
        return new URL(value, this.base).toString();
    }
    async getFollowingRedirects(repository, url) {
        let target = url;
        for (let hop = 0; hop < 5; hop++) {
            const res = await this.send({ method: 'GET', url: target, repository, expect: [200, 301, 302, 303, 307, 308] });
            if (res.statusCode === 200)
                return res;
            await res.body.dump();
            target = new URL(header(res, 'location') ?? '', new URL(target, this.base)).toString();
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: more than 5 redirects for ${url}`, { exitCode: 1 });
    }
    backoff(attempt) {
        return this.retryDelayMs * 2 ** Math.min(attempt, 5);
    }
    /** One request: authentication on challenge, retries on 5xx/429/dropped connections, errors that name the registry's reason. */
    async send(call) {
        const url = new URL(call.url, this.base);
        const sameHost = url.host === new URL(this.base).host;
        const scope = `repository:${call.repository}:${call.method === 'GET' || call.method === 'HEAD' ? 'pull' : 'pull,push'}${call.alsoPull ? ` repository:${call.alsoPull}:pull` : ''}`;
        let authenticated = false;
        for (let attempt = 0;; attempt++) {
            const headers = { 'user-agent': 'modelship', ...call.headers };
            // Credentials go only to the registry host itself, never to a redirect target (object storage).
            const auth = sameHost ? this.authorization(scope) : undefined;
            if (auth)
                headers.authorization = auth;
            let res;
            try {
                // 1 MiB body chunks: a multi-GB blob streams through the hash and the file in fewer, larger writes.
                res = await (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, { method: call.method, headers, body: call.body?.(), dispatcher: this.dispatcher, highWaterMark: 1024 * 1024 });
            }
            catch (err) {
                if (call.retry === false || attempt >= this.retries)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: ${call.method} ${url.pathname} failed: ${err.message}`, { exitCode: 1, cause: err });
                this.log(`${call.method} ${url.pathname}: ${err.message}; retrying`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (res.statusCode === 401 && sameHost && !authenticated) {
                const challenge = header(res, 'www-authenticate');
                await res.body.dump();
                if (!challenge)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: 401 without a WWW-Authenticate challenge on ${call.method} ${url.pathname}`, { exitCode: 1 });
                await this.authenticate(challenge, scope);
                authenticated = true;
                attempt--;
                continue;
            }
            if ((res.statusCode >= 500 || res.statusCode === 429) && call.retry !== false && attempt < this.retries) {
                await res.body.dump();
                this.log(`${call.method} ${url.pathname}: HTTP ${res.statusCode}; retrying`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (call.expect.includes(res.statusCode))
                return res;
            const text = call.method === 'HEAD' ? '' : (await readLimited(res.body, 8192, 'error body').catch(() => Buffer.alloc(0))).toString('utf8');
            if (call.method === 'HEAD')
                await res.body.dump();
            throw new RegistryError(this.registry, call.method, url.pathname, res.statusCode, text, this.options.credentials?.from);
        }
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        const creds = this.options.credentials;
        if (creds && this.basicAccepted)
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        return undefined;
    }
    async authenticate(challenge, scope) {
        const { scheme, params } = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChallenge */ .x)(challenge);
        const creds = this.options.credentials;
        if (scheme === 'basic') {
            if (!creds)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry} asks for a user and password (HTTP Basic) and none were found`, { exitCode: 2, hint: 'set MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD or run docker login (auths in ~/.docker/config.json)' });
            this.basicAccepted = true;
            return;
        }
        if (scheme !== 'bearer' || !params.realm)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: unsupported authentication challenge "${challenge.slice(0, 120)}"`, { exitCode: 1 });
        const realm = new URL(params.realm);
        if (params.service)
            realm.searchParams.set('service', params.service);
        for (const s of scope.split(' '))
            realm.searchParams.append('scope', s);
        const headers = { 'user-agent': 'modelship' };
        if (creds)
            headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(realm, { method: 'GET', headers, dispatcher: this.dispatcher });
        const body = (await readLimited(res.body, 65536, 'token answer')).toString('utf8');
        if (res.statusCode !== 200)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: the token service ${realm.origin}${realm.pathname} refused (HTTP ${res.statusCode})${creds ? ` the credentials from ${creds.from}` : ' anonymous access'}`, { exitCode: creds ? 1 : 2, hint: creds ? undefined : 'log in: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for ghcr.io, or docker login' });
        const parsed = JSON.parse(body);
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${this.registry}: the token service answered without a token`, { exitCode: 1 });
        this.tokens.set(scope, token);
    }
}
/** A registry answered with an unexpected status; the message carries its OCI error codes. */
class RegistryError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError {
    status;
    constructor(registry, method, pathname, status, body, credentialsFrom) {
        let reason = '';
        try {
            const errors = JSON.parse(body).errors ?? [];
            reason = errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
        }
        catch {
            reason = body.slice(0, 200).trim();
        }
        const auth = status === 401 || status === 403 ? ` (credentials: ${credentialsFrom ?? 'none, anonymous'})` : '';
        super(`${registry}: ${method} ${pathname} answered HTTP ${status}${reason ? ` ${reason}` : ''}${auth}`, { exitCode: status === 401 || status === 403 ? 2 : 1 });
        this.status = status;
    }
}
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function filterType(manifests, artifactType) {
    return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}
function retryable(err) {
    if (err instanceof RegistryError)
        return err.status >= 500 || err.status === 429;
    // A refused digest is final; a dropped connection is not.
    return !(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError) || err.cause !== undefined;
}
function header(res, name) {
    const value = res.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function withQuery(location, key, value) {
    const url = new URL(location);
    url.searchParams.set(key, value);
    return url.toString();
}
/** `Range: 0-<last>` of an upload status -> the next offset. distribution answers 0-0 for an empty upload. */
function rangeEnd(range) {
    const value = Array.isArray(range) ? range[0] : range;
    const m = value?.match(/^(?:bytes=)?0-(\d+)$/);
    if (!m)
        return 0;
    const last = Number(m[1]);
    return last === 0 ? 0 : last + 1;
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${what} exceeds ${limit} bytes`, { exitCode: 1 });
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ connectRegistry)
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

/***/ 83320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseChallenge),
/* harmony export */   z: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);




/**
 * Credentials for a registry, first found wins: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for
 * ghcr.io, then Docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths`
 * entries). Credential helpers are programs; Modelship never runs them and says so.
 */
async function resolveCredentials(registry, env) {
    if (env.MODELSHIP_REGISTRY_USERNAME && env.MODELSHIP_REGISTRY_PASSWORD) {
        return { username: env.MODELSHIP_REGISTRY_USERNAME, password: env.MODELSHIP_REGISTRY_PASSWORD, from: 'MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD' };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN)
        return { username: env.GITHUB_ACTOR || 'modelship', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.docker'), 'config.json');
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file} is not valid JSON: ${err.message}`, { location: { file } });
    }
    const keys = [registry, `https://${registry}`, `http://${registry}`, ...(registry === 'docker.io' ? ['https://index.docker.io/v1/'] : [])];
    const entry = keys.map((k) => config.auths?.[k]).find((e) => e !== undefined);
    if (entry) {
        if (entry.identitytoken)
            return { username: '<token>', password: entry.identitytoken, from: `${file} (identitytoken)` };
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password, from: file };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: auths["${registry}"].auth is not base64 of user:password`, { location: { file } });
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: file };
        }
    }
    // A registry-specific helper means "these credentials exist, elsewhere": say so. A global credsStore
    // (Docker Desktop sets one) is no such promise: go on anonymously.
    const helper = config.credHelpers?.[registry];
    if (helper)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file} keeps the credentials of ${registry} in the credential helper "docker-credential-${helper}", which Modelship does not run`, { hint: 'set MODELSHIP_REGISTRY_USERNAME and MODELSHIP_REGISTRY_PASSWORD, or an auths entry' });
    return undefined;
}
/** Parses a WWW-Authenticate header: scheme and its parameters (quoted strings may hold commas). */
function parseChallenge(header) {
    const match = header.trim().match(/^(\S+)\s*(.*)$/s);
    if (!match)
        return { scheme: '', params: {} };
    const params = {};
    const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const m of match[2].matchAll(re))
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    return { scheme: match[1].toLowerCase(), params };
}


/***/ }),

/***/ 82741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ pushLayout),
/* harmony export */   VI: () => (/* binding */ pullToLayout),
/* harmony export */   vO: () => (/* binding */ attachReferrer)
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
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDigestReference */ .DC)(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
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
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDigestReference */ .DC)(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}
/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
async function attachReferrer(client, repository, subject, artifactType, document) {
    const open = (bytes) => (start, end) => bytes.subarray(start, end + 1);
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$v }, open(empty));
    const layer = { mediaType: document.mediaType, digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
    await client.pushBlob(repository, layer, open(document.bytes));
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.manifest,
        artifactType,
        config: { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$v },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'org.opencontainers.image.title': document.title },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectProcessed } = await client.putManifest(repository, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(bytes), bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.manifest);
    // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
    if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api')
        return { digest, via: 'api' };
    // Tag schema fallback: read-modify-write of the subject's referrers index.
    const tag = (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_4__/* .referrersTag */ .LN)(subject.digest);
    const current = await client.getManifest(repository, tag);
    // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
    const index = current?.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.index ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.index, manifests: [] };
    if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push({ mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
        const indexBytes = Buffer.from(JSON.stringify(index));
        await client.putManifest(repository, tag, indexBytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.index);
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
    if (manifest.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
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


/***/ })

};
