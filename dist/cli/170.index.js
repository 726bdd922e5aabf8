export const id = 170;
export const ids = [170,420,348,2525];
export const modules = {

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
