export const id = 8874;
export const ids = [8874];
export const modules = {

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
