/** CNCF ModelPack (model-spec v0.0.7+, `vnd.cncf.*`) and OCI image-spec media types. */
export const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  empty: 'application/vnd.oci.empty.v1+json',
  modelArtifact: 'application/vnd.cncf.model.manifest.v1+json',
  modelConfig: 'application/vnd.cncf.model.config.v1+json',
  weightRaw: 'application/vnd.cncf.model.weight.v1.raw',
  weightTar: 'application/vnd.cncf.model.weight.v1.tar',
  docRaw: 'application/vnd.cncf.model.doc.v1.raw',
} as const;

/** Layer annotation keys of model-spec docs/annotations.md. */
export const ANNOTATION = {
  filepath: 'org.cncf.model.filepath',
  fileMetadata: 'org.cncf.model.file.metadata+json',
  untested: 'org.cncf.model.file.mediatype.untested',
} as const;

/** The empty descriptor of image-spec manifest.md (the config of attached referrer artifacts). */
export const EMPTY_CONFIG = { mediaType: MEDIA.empty, digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 } as const;

/** Referrer artifact types Modelship attaches to a model's manifest. */
export const REFERRER_TYPE = {
  validation: 'application/vnd.modelship.validation.v1+json',
  releaseNotes: 'application/vnd.modelship.release-notes.v1+markdown',
  score: 'application/vnd.modelship.score.v1+json',
} as const;
