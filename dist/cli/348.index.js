export const id = 348;
export const ids = [348,420,2525];
export const modules = {

/***/ 70348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciLayout: () => (/* binding */ OciLayout),
/* harmony export */   sha256Digest: () => (/* binding */ sha256Digest)
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
            await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'index.json'), `${JSON.stringify({ schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_6__.MEDIA.index, manifests: [] })}`);
        return new OciLayout(dir);
    }
    static async open(dir) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__.ModelshipError(`${dir} is not an OCI image layout (no oci-layout file)`, { hint: 'make one with `modelship package MODEL --output DIR`' });
        return new OciLayout(dir);
    }
    blobPath(digest) {
        if (!(0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.isDigest)(digest))
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION: () => (/* binding */ ANNOTATION),
/* harmony export */   EMPTY_CONFIG: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   MEDIA: () => (/* binding */ MEDIA),
/* harmony export */   REFERRER_TYPE: () => (/* binding */ REFERRER_TYPE)
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDigestReference: () => (/* binding */ formatDigestReference),
/* harmony export */   isDigest: () => (/* binding */ isDigest),
/* harmony export */   isOciUri: () => (/* binding */ isOciUri),
/* harmony export */   parseDigestReference: () => (/* binding */ parseDigestReference),
/* harmony export */   parseReference: () => (/* binding */ parseReference)
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


/***/ })

};
