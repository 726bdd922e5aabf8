export const id = 9074;
export const ids = [9074,8874];
export const modules = {

/***/ 21106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   f1: () => (/* binding */ sha256Text),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* best effort */
    }
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 9074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchModel: () => (/* binding */ fetchModel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _deploy_atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21106);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39936);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48874);








const isUrl = (channel) => /^https?:\/\//i.test(channel);
/**
 * The device-side reference client: reads the channel's manifest, verifies its Ed25519 signature with the
 * trusted key, refuses a sequence below the last applied (replay), picks the release for this device id,
 * downloads it within its declared size, checks sha256, and only then renames it over the live model (an
 * atomic swap). Any failure leaves the last good model and state untouched and says why.
 */
async function fetchModel(request) {
    const stateFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.stateDir, 'state.json');
    const modelFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.stateDir, 'model.onnx');
    const state = await readState(stateFile);
    const base = { status: 'kept', model: request.model, deviceId: request.deviceId, version: state?.version ?? null, previousVersion: state?.version ?? null, sequence: state?.sequence ?? null, modelFile };
    const kept = (reason, extra = {}) => ({ ...base, ...extra, status: 'kept', reason });
    let manifest;
    try {
        const raw = await readChannelFile(request, 'manifest.json', 1 << 20);
        manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .parseManifest */ .Ng)((0,_signing_js__WEBPACK_IMPORTED_MODULE_7__.verifyEnvelope)(JSON.parse(raw.toString('utf8')), request.publicKey));
    }
    catch (err) {
        return kept(err.message);
    }
    if (manifest.model !== request.model)
        return kept(`the manifest is for model "${manifest.model}", not "${request.model}"`);
    if (state && manifest.sequence < state.sequence)
        return kept(`manifest sequence ${manifest.sequence} is older than the applied ${state.sequence}: a replayed manifest is refused`);
    if (manifest.minRuntime && request.runtimeVersion && !semver__WEBPACK_IMPORTED_MODULE_3___default().satisfies(request.runtimeVersion, manifest.minRuntime)) {
        return kept(`the model needs onnxruntime ${manifest.minRuntime}; this device has ${request.runtimeVersion}`);
    }
    const release = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseFor */ .L3)(manifest, request.deviceId);
    const rollout = { share: manifest.current.share, inShare: release === manifest.current };
    const live = state ? await (0,_deploy_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(modelFile).catch(() => undefined) : undefined;
    if (state && live === release.sha256) {
        if (manifest.sequence > state.sequence)
            await writeState(stateFile, { ...state, version: release.version, sequence: manifest.sequence, updatedAt: (request.now?.() ?? new Date()).toISOString() });
        return { ...base, status: 'unchanged', version: release.version, sequence: manifest.sequence, rollout };
    }
    try {
        await download(request, release, modelFile);
    }
    catch (err) {
        return kept(err.message, { rollout });
    }
    await writeState(stateFile, { model: request.model, version: release.version, sha256: release.sha256, size: release.size, sequence: manifest.sequence, updatedAt: (request.now?.() ?? new Date()).toISOString() });
    return { ...base, status: 'updated', version: release.version, sequence: manifest.sequence, rollout };
}
async function readState(file) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${file} is unreadable: ${err.message}`, { hint: 'remove it to start over (the next fetch downloads the current release)' });
    }
}
async function writeState(file, state) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    await (0,_deploy_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(state, null, 2)}\n`);
}
/** Where a relative URL of the channel points: inside the channel's model folder, never outside it. */
function locate(request, relative) {
    if (isUrl(relative))
        return relative;
    if (isUrl(request.channel))
        return new URL(relative, `${request.channel.replace(/\/+$/, '')}/${encodeURIComponent(request.model)}/`).href;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(request.channel, request.model);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, relative);
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file).startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`the manifest points outside the channel: ${relative}`, { exitCode: 1 });
    return file;
}
/** Reads a channel file, at most `limit` bytes (a larger one is refused, not truncated). */
async function readChannelFile(request, relative, limit) {
    const where = locate(request, relative);
    const chunks = [];
    let total = 0;
    const add = (chunk) => {
        total += chunk.length;
        if (total > limit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${where} is larger than ${limit} bytes`, { exitCode: 1 });
        chunks.push(Buffer.from(chunk));
    };
    if (isUrl(where)) {
        const response = await fetch(where, { signal: AbortSignal.timeout(request.timeoutMs ?? 30_000), redirect: 'follow' }).catch((err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`channel unreachable: ${where}: ${err.cause?.message ?? err.message}`);
        });
        if (!response.ok || !response.body)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`channel unreachable: ${where} answered HTTP ${response.status}`);
        for await (const chunk of response.body)
            add(chunk);
    }
    else {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(where, 'r');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`channel unreachable: ${where}: ${err.code ?? err.message}`);
        }
        try {
            for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 16 }))
                add(chunk);
        }
        finally {
            await handle.close();
        }
    }
    return Buffer.concat(chunks);
}
async function download(request, release, modelFile) {
    const bytes = await readChannelFile(request, release.url, release.size);
    if (bytes.length !== release.size)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`the model file of ${release.version} is ${bytes.length} bytes, the manifest says ${release.size}`, { exitCode: 1 });
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    if (sha256 !== release.sha256)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`the model file of ${release.version} has sha256 ${sha256.slice(0, 12)}, the manifest says ${release.sha256.slice(0, 12)}: refused`, { exitCode: 1 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(modelFile), { recursive: true });
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(modelFile), `.incoming.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.onnx`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(bytes);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, modelFile);
        await (0,_deploy_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .fsyncDir */ .t_)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(modelFile));
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
    }
}


/***/ }),

/***/ 39936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ releaseFor),
/* harmony export */   Ng: () => (/* binding */ parseManifest)
/* harmony export */ });
/* unused harmony export deviceBucket */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const SHA256 = /^[0-9a-f]{64}$/;
function artifact(value, where) {
    const a = value;
    if (!a || typeof a !== 'object')
        throw invalid(`${where} is missing`);
    if (typeof a.version !== 'string' || !a.version)
        throw invalid(`${where}.version must be a non-empty string`);
    if (typeof a.url !== 'string' || !a.url)
        throw invalid(`${where}.url must be a non-empty string`);
    if (typeof a.sha256 !== 'string' || !SHA256.test(a.sha256))
        throw invalid(`${where}.sha256 must be 64 lowercase hex digits`);
    if (!Number.isSafeInteger(a.size) || a.size < 0)
        throw invalid(`${where}.size must be a whole number of bytes`);
    if (typeof a.format !== 'string')
        throw invalid(`${where}.format must be a string`);
    return a;
}
const invalid = (message) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`invalid edge manifest: ${message}`, { exitCode: 1 });
/** Parses and checks a manifest's payload (after its signature verified). */
function parseManifest(payload) {
    let m;
    try {
        m = JSON.parse(payload.toString('utf8'));
    }
    catch (err) {
        throw invalid(`not JSON (${err.message})`);
    }
    if (m?.schema !== 'modelship.edge/v1')
        throw invalid(`schema is ${JSON.stringify(m?.schema)}, expected "modelship.edge/v1"`);
    for (const key of ['channel', 'model', 'publishedAt', 'rolloutSalt'])
        if (typeof m[key] !== 'string')
            throw invalid(`${key} must be a string`);
    if (!Number.isSafeInteger(m.sequence) || m.sequence < 1)
        throw invalid('sequence must be a whole number from 1');
    const current = artifact(m.current, 'current');
    const share = m.current.share;
    if (typeof share !== 'number' || !(share >= 0 && share <= 100))
        throw invalid('current.share must be a percentage (0-100)');
    if (m.fallback !== undefined)
        artifact(m.fallback, 'fallback');
    if (m.minRuntime !== undefined && typeof m.minRuntime !== 'string')
        throw invalid('minRuntime must be a semver range');
    void current;
    return m;
}
/**
 * The device's bucket in [0, 100): the first 32 bits of sha256(salt ":" deviceId), scaled. Stable across
 * runs and machines, uniform, and independent between rollouts with different salts.
 */
function deviceBucket(deviceId, salt) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${salt}:${deviceId}`).digest();
    return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}
/** The release a device runs under a manifest: the current one inside the share, else the fallback. */
function releaseFor(manifest, deviceId) {
    if (!manifest.fallback || manifest.current.share >= 100)
        return manifest.current;
    return deviceBucket(deviceId, manifest.rolloutSalt) < manifest.current.share ? manifest.current : manifest.fallback;
}


/***/ }),

/***/ 48874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateSigningKeys: () => (/* binding */ generateSigningKeys),
/* harmony export */   keyIdOf: () => (/* binding */ keyIdOf),
/* harmony export */   privateKeyFrom: () => (/* binding */ privateKeyFrom),
/* harmony export */   publicKeyFrom: () => (/* binding */ publicKeyFrom),
/* harmony export */   signPayload: () => (/* binding */ signPayload),
/* harmony export */   verifyEnvelope: () => (/* binding */ verifyEnvelope)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** What is signed is this prefix then the payload bytes: a signature made for anything else never verifies. */
const DOMAIN = 'modelship.edge.manifest.v1\n';
/** Reads an Ed25519 key from PEM text or from base64 DER (PKCS#8 private, SPKI public): one line fits a secret. */
function keyFrom(text, kind, what) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is empty`, { hint: 'modelship edge keygen prints a key pair; store the private key as a secret' });
    try {
        const key = trimmed.startsWith('-----')
            ? kind === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(trimmed) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(trimmed)
            : kind === 'private'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
                : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
        if (key.asymmetricKeyType !== 'ed25519')
            throw new Error(`it is a ${key.asymmetricKeyType} key`);
        return key;
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is not an Ed25519 ${kind} key (PEM or base64 DER): ${err.message}`);
    }
}
const privateKeyFrom = (text, what = 'the signing key') => keyFrom(text, 'private', what);
const publicKeyFrom = (text, what = 'the public key') => keyFrom(text, 'public', what);
/** The first 16 hex digits of the sha256 of the public key's SPKI bytes: names the key without revealing anything. */
function keyIdOf(key) {
    const spki = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({ format: 'der', type: 'spki' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spki).digest('hex').slice(0, 16);
}
function signPayload(payload, privateKey) {
    return {
        payloadType: 'application/vnd.modelship.edge.manifest.v1+json',
        payload: payload.toString('base64'),
        keyId: keyIdOf(privateKey),
        signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), privateKey).toString('base64'),
    };
}
/** The payload bytes when the envelope's signature verifies with the trusted key; throws otherwise. */
function verifyEnvelope(envelope, publicKey) {
    const e = envelope;
    if (!e || typeof e !== 'object' || typeof e.payload !== 'string' || typeof e.signature !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the manifest is not a signed envelope (payload and signature expected)', { exitCode: 1 });
    if (e.payloadType !== 'application/vnd.modelship.edge.manifest.v1+json')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`the manifest's payloadType is ${JSON.stringify(e.payloadType)}, expected application/vnd.modelship.edge.manifest.v1+json`, { exitCode: 1 });
    const expected = keyIdOf(publicKey);
    if (e.keyId !== expected)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`the manifest is signed by key ${e.keyId}, not the trusted key ${expected}`, { exitCode: 1 });
    const payload = Buffer.from(e.payload, 'base64');
    const ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), publicKey, Buffer.from(e.signature, 'base64'));
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the manifest signature does not verify with the trusted key: it was changed after signing', { exitCode: 1 });
    return payload;
}
/** A fresh key pair: the private key as base64 PKCS#8 DER (for a secret), the public key as base64 SPKI DER. */
function generateSigningKeys() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    return {
        privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
        keyId: keyIdOf(publicKey),
    };
}


/***/ })

};
