export const id = 806;
export const ids = [806];
export const modules = {

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packageSourceOf: () => (/* binding */ packageSourceOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var core_git = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(1988);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/validate/config.ts


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
            throw new errors/* ModelshipError */.W7(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new errors/* ModelshipError */.W7(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
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
            throw new errors/* ModelshipError */.W7(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,duration/* parseDuration */.E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
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

;// CONCATENATED MODULE: ./src/validate/run.ts



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = resolveValidateSettings(section);
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
            throw new errors/* ModelshipError */.W7(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(396)]).then(__webpack_require__.bind(__webpack_require__, 6396));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? external_node_path_default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}

;// CONCATENATED MODULE: ./src/package/source.ts





/**
 * The package of one configured model at one version: its files from modelship.yml, its signature (read
 * from the ONNX file, else as declared), Modelship's validation report of the artifact, and the fixed
 * creation time that makes the digest reproducible: `--created`, else SOURCE_DATE_EPOCH, else the commit
 * time of HEAD.
 */
async function packageSourceOf(loaded, model, version, env, created) {
    const config = loaded.config.models[model];
    if (!config)
        throw new errors/* ModelshipError */.W7(`model "${model}" is not configured in ${loaded.file} (models: ${Object.keys(loaded.config.models).join(', ') || 'none'})`);
    const artifact = loaded.resolvePath(config.path, ['models', model, 'path']);
    const card = config.card ? loaded.resolvePath(config.card, ['models', model, 'card']) : undefined;
    const metrics = config.metrics ? loaded.resolvePath(config.metrics, ['models', model, 'metrics']) : undefined;
    const configDir = external_node_path_default().dirname(loaded.file);
    const report = await runValidation({ paths: [artifact], cwd: configDir, loaded });
    let signature = config.signature;
    if (config.format === 'onnx' || artifact.endsWith('.onnx')) {
        signature = (0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(artifact)) ?? signature;
    }
    const git = await (0,core_git/* openGit */.zY)(configDir, env).catch(() => undefined);
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
            throw new errors/* ModelshipError */.W7(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${env.SOURCE_DATE_EPOCH}"`);
        return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    }
    if (git?.head) {
        const iso = (await git.git.text(['show', '-s', '--format=%ct', git.head])).trim();
        return new Date(Number(iso) * 1000).toISOString().replace('.000Z', 'Z');
    }
    return '1970-01-01T00:00:00Z';
}


/***/ })

};
