export const id = 420;
export const ids = [420];
export const modules = {

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
