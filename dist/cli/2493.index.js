export const id = 2493;
export const ids = [2493,420];
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


/***/ })

};
