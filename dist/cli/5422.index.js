export const id = 5422;
export const ids = [5422];
export const modules = {

/***/ 85422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initProject: () => (/* binding */ initProject)
});

// UNUSED EXPORTS: WORKFLOW_REF

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(71988);
// EXTERNAL MODULE: ./src/validate/detect.ts
var detect = __webpack_require__(3095);
;// CONCATENATED MODULE: ./src/init/discover.ts




/** The `models.<name>.format` value for each detected format that is a model (data and text are not). */
const MODEL_FORMATS = {
    onnx: 'onnx',
    safetensors: 'safetensors',
    gguf: 'gguf',
    'pytorch-zip': 'pytorch',
    'pytorch-legacy': 'pytorch',
    torchscript: 'torchscript',
    pickle: 'pickle',
    joblib: 'joblib',
    keras: 'keras',
    hdf5: 'hdf5',
    tflite: 'tflite',
};
/** Compressed streams are joblib/pickle models only under such a name (joblib.dump(..., compress=3)). */
const COMPRESSED = new Set(['gzip', 'zlib', 'bzip2', 'xz']);
const PICKLE_NAMES = /\.(joblib|pkl|pickle)(\.(gz|z|bz2|xz))?$/i;
/** Folders that never hold the project's own models: tools, environments, caches, Modelship's own state. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', 'env', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.ipynb_checkpoints', '.modelship', 'site-packages', '.dvc', '.cache']);
const MAX_DEPTH = 8;
const MAX_ENTRIES = 50_000;
const METRICS_NAMES = /^(metrics|eval(uation)?(_results|-results)?|scores)\.(json|ya?ml)$/i;
const CARD_NAMES = /^(model[_-]?card|readme)\.md$/i;
/** Metric names whose better direction is known; others are listed in the file but not gated. */
const HIGHER = /^(acc(uracy)?|balanced_accuracy|(macro_|micro_|weighted_)?f1(_score)?|precision|recall|(roc_)?auc|auroc|r2|average_precision|map|ndcg|top_?\d+_accuracy)$/i;
const LOWER = /^(loss|log_?loss|(r)?mse|mae|mape|error(_rate)?|brier(_score)?|perplexity|wer|cer)$/i;
/** Walks the project (no symlinks followed, bounded depth and count) and recognises models by content. */
async function discoverProject(root) {
    const files = [];
    let entries = 0;
    let truncated = false;
    const walk = async (dir, depth) => {
        let names;
        try {
            names = (await (0,promises_.readdir)(external_node_path_default().join(root, dir))).sort();
        }
        catch {
            return;
        }
        for (const name of names) {
            if (++entries > MAX_ENTRIES) {
                truncated = true;
                return;
            }
            const rel = dir ? `${dir}/${name}` : name;
            const stat = await (0,promises_.lstat)(external_node_path_default().join(root, rel));
            if (stat.isSymbolicLink())
                continue;
            if (stat.isDirectory()) {
                if (SKIPPED_DIRS.has(name) || (name.startsWith('.') && name !== '.github'))
                    continue;
                if (depth < MAX_DEPTH)
                    await walk(rel, depth + 1);
            }
            else if (stat.isFile()) {
                files.push({ rel, size: stat.size });
            }
        }
    };
    await walk('', 0);
    const models = [];
    for (const file of files) {
        if (file.rel.startsWith('.github/') || file.size === 0)
            continue;
        const format = await modelFormatOf(external_node_path_default().join(root, file.rel), file.rel, file.size);
        if (format)
            models.push({ name: '', path: file.rel, format, size: file.size, notes: [] });
    }
    assignNames(models);
    const byDir = new Map();
    for (const file of files) {
        const dir = external_node_path_default().posix.dirname(file.rel);
        byDir.set(dir, [...(byDir.get(dir) ?? []), external_node_path_default().posix.basename(file.rel)]);
    }
    for (const model of models) {
        if (model.format === 'onnx') {
            try {
                model.signature = (0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(external_node_path_default().join(root, model.path)));
            }
            catch (err) {
                model.notes.push(`the ONNX signature could not be read (${err.message}); add it by hand`);
            }
        }
        const dir = external_node_path_default().posix.dirname(model.path);
        const siblings = byDir.get(dir) ?? [];
        const card = siblings.find((n) => CARD_NAMES.test(n));
        // The repository's own README describes the project, not one model: only a card beside the model counts.
        if (card && dir !== '.')
            model.card = `${dir}/${card}`;
        else if (siblings.some((n) => /^model[_-]?card\.md$/i.test(n)))
            model.card = joinRel(dir, siblings.find((n) => /^model[_-]?card\.md$/i.test(n)));
        const metricsFile = siblings.find((n) => METRICS_NAMES.test(n));
        if (metricsFile) {
            const rel = joinRel(dir, metricsFile);
            const values = await readMetrics(external_node_path_default().join(root, rel));
            model.metrics = { path: rel, values };
            if (values.length === 0)
                model.notes.push(`${rel} has no metric whose direction is known (accuracy, f1, auc, loss, rmse...): add gate checks by hand`);
        }
    }
    const workflows = files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f.rel)).map((f) => f.rel);
    const modelshipWorkflows = [];
    for (const wf of workflows) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(root, wf), 'utf8').catch(() => '');
        if (/uses:\s*['"]?modelship\/modelship[/@]/.test(text))
            modelshipWorkflows.push(wf);
    }
    const otherCi = files
        .map((f) => f.rel)
        .filter((rel) => ['.gitlab-ci.yml', 'Jenkinsfile', 'azure-pipelines.yml', '.circleci/config.yml', 'bitbucket-pipelines.yml', '.travis.yml'].includes(rel));
    const isGitRepository = await (0,promises_.lstat)(external_node_path_default().join(root, '.git')).then(() => true, () => false);
    return { root, models, workflows, modelshipWorkflows, otherCi, isGitRepository, truncated };
}
function joinRel(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
async function modelFormatOf(file, rel, size) {
    const handle = await (0,promises_.open)(file, 'r').catch(() => undefined);
    if (!handle)
        return undefined;
    let head;
    try {
        head = Buffer.alloc(Math.min(detect/* HEAD_BYTES */.Lq, size));
        await handle.read(head, 0, head.length, 0);
    }
    finally {
        await handle.close();
    }
    const analyzer = (0,detect/* detect */.o0)(head, size, external_node_path_default().posix.basename(rel));
    if (!analyzer)
        return undefined;
    if (COMPRESSED.has(analyzer.format))
        return PICKLE_NAMES.test(rel) ? (/\.joblib/i.test(rel) ? 'joblib' : 'pickle') : undefined;
    const format = MODEL_FORMATS[analyzer.format];
    // A bare pickle named .joblib is how joblib.dump writes an uncompressed model.
    if (format === 'pickle' && /\.joblib$/i.test(rel))
        return 'joblib';
    return format;
}
/** Names from the folder for generic file names (models/churn/model.onnx -> churn), else from the file stem. */
function assignNames(models) {
    const taken = new Set();
    for (const model of models) {
        const base = external_node_path_default().posix.basename(model.path).replace(/(\.(tar\.gz|[a-z0-9]+))+$/i, '');
        const dir = external_node_path_default().posix.basename(external_node_path_default().posix.dirname(model.path));
        const generic = /^(model|weights|pytorch_model|checkpoint|saved_model|estimator|pipeline|clf|classifier|regressor)$/i.test(base);
        const candidate = sanitize(generic && dir !== '.' ? dir : base) || 'model';
        let name = candidate;
        for (let i = 2; taken.has(name); i++)
            name = `${candidate}-${i}`;
        taken.add(name);
        model.name = name;
    }
}
/** A model name as modelship.yml accepts it: `^[a-z0-9][a-z0-9._-]{0,62}$`. */
function sanitize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 63)
        .replace(/[-.]+$/, '');
}
/** Numeric top-level metrics of a JSON or YAML file whose better direction is known. */
async function readMetrics(file) {
    let data;
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        data = file.endsWith('.json') ? JSON.parse(text) : (await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))).parse(text);
    }
    catch {
        return [];
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return [];
    // Top-level numbers only: that is where the gate's JSON/YAML metric source looks for `metric: NAME`.
    const found = [];
    for (const [name, value] of Object.entries(data)) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            continue;
        if (HIGHER.test(name))
            found.push({ name, value, direction: 'higher' });
        else if (LOWER.test(name))
            found.push({ name, value, direction: 'lower' });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/init/render.ts
// Every value that comes from the user's tree (paths, names, metric names) is written as a JSON string,
// which is a valid YAML double-quoted scalar: no file name can end a line or start a YAML construct.
const q = (text) => JSON.stringify(text);
/** modelship.yml, commented so a user can read and edit it without the docs. */
function renderConfig(scan, options) {
    const lines = [
        `# yaml-language-server: $schema=${options.schemaRef}`,
        `# Modelship configuration, written by \`modelship init\` on ${options.date}. Edit freely; \`modelship config check\``,
        '# reports mistakes at their line. Every section is documented in the schema above (hover in your editor).',
        'version: 1',
        '',
        '# The models this repository ships, found by their content (not their file names). The name is used in',
        '# tags (name@v1.2.0), CLI arguments and pull-request comment commands.',
        'models:',
    ];
    for (const model of scan.models)
        lines.push(...renderModel(model));
    lines.push('', '# Artifact checks (`modelship validate`): format by content, integrity, unsafe serialization. Fail-closed.');
    if (options.manifest) {
        lines.push('validate:', '  manifest: SHA256SUMS          # every validated file must match its sha256 here (`sha256sum -c` format)');
    }
    else {
        lines.push('validate: {}                     # e.g. manifest: SHA256SUMS, limits: { maxFileBytes: 10GiB }');
    }
    const gated = scan.models.filter((m) => (m.metrics?.values.length ?? 0) > 0);
    if (gated.length) {
        lines.push('', '# Metric gates (`modelship gate`): a floor for each metric, and a tolerated change against the version live', '# in production (skipped until something is live there). Raise the floors to what you require.', 'gates:');
        for (const model of gated)
            lines.push(...renderGate(model));
    }
    lines.push('', '# Releases (`modelship version`, `modelship release`): one semver line per model, from what changed.', 'release:', '  initialVersion: 1.0.0', '', '# Where versions run, in promotion order. `local` is a model-repository folder (the layout Triton and', '# `modelship serve` load); see docs/deploy.md for command, webhook and kubernetes providers.', 'environments:', '  staging:', '    provider: { type: local, root: .modelship/repository/staging }', '    strategy: { type: direct }', '  production:', '    requires: staging               # promote only what is live and healthy in staging', '    provider: { type: local, root: .modelship/repository/production }', '    strategy: { type: blue-green }  # switch at once, keep the previous slot for instant rollback');
    if (gated.length)
        lines.push(`    gates: [${gated.map((m) => q(gateName(m))).join(', ')}]`);
    lines.push('', '# Pull-request comment commands (/deploy, /promote, /rollback): who may run them.', 'chatops:', '  permissions: [write, maintain, admin]', '  environments:', '    production: { permissions: [maintain, admin] }', '');
    return lines.join('\n');
}
function gateName(model) {
    return `${model.name}-quality`;
}
function renderModel(model) {
    const lines = [`  ${q(model.name)}:`, `    path: ${q(model.path)}`, `    format: ${model.format}`];
    if (model.card)
        lines.push(`    card: ${q(model.card)}`);
    else
        lines.push('    # card: models/NAME/README.md     # a model card (Markdown): its changes are patch releases');
    if (model.metrics)
        lines.push(`    metrics: ${q(model.metrics.path)}`);
    if (model.signature) {
        lines.push('    # Read from the ONNX file. `validate` fails when the file stops matching it; `version` makes a', '    # major release when it changes incompatibly.', '    signature:', '      inputs:', ...model.signature.inputs.map(tensorLine), '      outputs:', ...model.signature.outputs.map(tensorLine));
    }
    for (const note of model.notes)
        lines.push(`    # NOTE: ${note.replace(/\s+/g, ' ')}`);
    return lines;
}
function tensorLine(t) {
    const shape = t.shape.map((d) => (typeof d === 'number' ? String(d) : q(d))).join(', ');
    return `        - { name: ${q(t.name)}, dtype: ${t.dtype}, shape: [${shape}] }`;
}
function renderGate(model) {
    const lines = [
        `  ${q(gateName(model))}:`,
        `    description: ${q(`Offline quality of ${model.name}, from ${model.metrics.path}`)}`,
        `    model: ${q(model.name)}                 # candidate: the model's metrics file`,
        '    baseline: { live: { environment: production } }',
        '    policies: { onMissingBaseline: skip }   # nothing live yet: only the floors apply',
        '    checks:',
    ];
    for (const metric of model.metrics.values) {
        const floor = lenientBound(metric);
        if (floor !== undefined) {
            lines.push(`      - name: ${q(`${metric.name} ${metric.direction === 'higher' ? 'floor' : 'ceiling'}`)}`, `        metric: ${q(metric.name)}`, `        direction: ${metric.direction}`, `        value: { ${metric.direction === 'higher' ? 'min' : 'max'}: ${floor} }   # today ${metric.value}`);
        }
        lines.push(`      - name: ${q(`${metric.name} vs production`)}`, `        metric: ${q(metric.name)}`, `        direction: ${metric.direction}`, `        change: { minRelative: -0.01 }   # at most 1% worse than the version live in production`);
    }
    return lines;
}
/** Today's value rounded to two significant digits in the lenient direction, so the gate passes as written. */
function lenientBound(metric) {
    const v = metric.value;
    if (v === 0 || !Number.isFinite(v))
        return undefined;
    const step = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
    const scaled = v / step;
    // A tiny epsilon keeps 0.97 / 0.01 = 96.99999999999999 from rounding a whole step away.
    const units = metric.direction === 'higher' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
    return Number((units * step).toPrecision(2));
}
/** The workflows that call Modelship's reusable ones: checks on pull requests, releases on the default branch. */
function renderWorkflows(scan, options) {
    const hasOnnx = scan.models.some((m) => m.format === 'onnx');
    const pr = [
        '# Written by `modelship init`: Modelship checks on every pull request, in one sticky comment:',
        '# artifact validation, ML Test Score, benchmark against the base branch, metric gates.',
        'name: Modelship checks',
        'on:',
        '  pull_request:',
        'permissions:',
        '  contents: read',
        '  pull-requests: write',
        'jobs:',
        '  modelship:',
        `    uses: modelship/modelship/.github/workflows/pr-checks.yml@${options.workflowRef}`,
    ];
    // The benchmark runs ONNX models in onnxruntime; other formats are validated, gated and versioned only.
    if (!hasOnnx)
        pr.push('    with:', '      bench: false                  # no ONNX model: see docs/export.md to benchmark one');
    const release = [
        '# Written by `modelship init`: on every push to the default branch, each model whose files changed gets',
        '# its next semantic version as a tag (name@v1.2.0) and a GitHub Release with notes.',
        'name: Modelship release',
        'on:',
        '  push:',
        `    branches: [${q(options.defaultBranch)}]`,
        'permissions:',
        '  contents: write',
        'jobs:',
        '  release:',
        `    uses: modelship/modelship/.github/workflows/release.yml@${options.workflowRef}`,
    ];
    return [
        { path: '.github/workflows/modelship-checks.yml', content: `${pr.join('\n')}\n` },
        { path: '.github/workflows/modelship-release.yml', content: `${release.join('\n')}\n` },
    ];
}

;// CONCATENATED MODULE: ./src/init/run.ts







/** The Modelship release the written workflows pin (the moving major tag). */
const WORKFLOW_REF = 'v1';
const LOCAL_STATE_IGNORE = '# Written by `modelship init`: what the local environments deploy, and their state, stay on this machine.\nrepository/\ndeployments/\n';
const SCHEMA_URL = 'https://raw.githubusercontent.com/modelship/modelship/v1/schema/modelship.schema.json';
/** Finds the models, plans modelship.yml (+ workflows, + SHA256SUMS) and writes them unless asked not to. */
async function initProject(request, now = new Date()) {
    const scan = await discoverProject(request.root);
    if (scan.models.length === 0) {
        throw new errors.ModelshipError(`no model file found under ${request.root} (looked by content for ONNX, safetensors, GGUF, PyTorch, TorchScript, pickle, joblib, Keras, HDF5 and TFLite files)`, {
            hint: 'put the model file in the repository first (Git LFS pointers are not models: run `git lfs pull`)',
        });
    }
    const options = {
        schemaRef: schemaRefFor(request),
        workflowRef: WORKFLOW_REF,
        manifest: request.manifest,
        defaultBranch: await defaultBranch(request.root),
        date: now.toISOString().slice(0, 10),
    };
    const planned = [{ path: rel(request.root, request.configFile), content: renderConfig(scan, options) }];
    if (request.workflows && scan.modelshipWorkflows.length === 0)
        planned.push(...renderWorkflows(scan, options));
    if (request.manifest)
        planned.push({ path: 'SHA256SUMS', content: await sha256sums(request.root, scan.models) });
    // The local environments' copies of models and their state belong to this machine, not to the repository.
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(request.root, '.modelship', '.gitignore')))
        planned.push({ path: '.modelship/.gitignore', content: LOCAL_STATE_IGNORE });
    const files = planned.map((f) => ({ ...f, action: (0,external_node_fs_.existsSync)(external_node_path_default().join(request.root, f.path)) ? 'overwrite' : 'create' }));
    const clashes = files.filter((f) => f.action === 'overwrite');
    if (clashes.length && !request.force && !request.dryRun) {
        throw new errors.ModelshipError(`${clashes.map((f) => f.path).join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written`, {
            hint: 'see what would be written with `modelship init --dry-run`, or replace them with --force',
        });
    }
    if (!request.dryRun) {
        for (const file of files)
            await writeAtomically(external_node_path_default().join(request.root, file.path), file.content);
    }
    return {
        root: request.root,
        dryRun: request.dryRun,
        models: scan.models.map((m) => ({
            name: m.name,
            path: m.path,
            format: m.format,
            size: m.size,
            card: m.card,
            signature: m.signature,
            notes: m.notes,
            metrics: m.metrics?.path,
            gatedMetrics: m.metrics?.values.map((v) => v.name) ?? [],
        })),
        files,
        ci: { workflows: scan.workflows, modelshipWorkflows: scan.modelshipWorkflows, otherCi: scan.otherCi },
        notes: notesFor(scan, request),
        next: nextCommands(scan, request),
    };
}
function notesFor(scan, request) {
    const notes = [];
    if (scan.modelshipWorkflows.length)
        notes.push(`${scan.modelshipWorkflows.join(', ')} already use Modelship: no workflow written`);
    if (scan.otherCi.length)
        notes.push(`other CI found (${scan.otherCi.join(', ')}): it keeps running; the workflows written are for GitHub Actions`);
    if (!scan.isGitRepository)
        notes.push('this folder is not a git repository: `modelship version` and `release` need one (git init, then commit)');
    if (scan.truncated)
        notes.push('the folder has more than 50,000 entries: the scan stopped early and may have missed models');
    if (scan.models.some((m) => m.format !== 'onnx'))
        notes.push('serve and bench run ONNX models: docs/export.md shows how to export scikit-learn and PyTorch models');
    if (!request.workflows)
        notes.push('no workflow written (--no-workflows)');
    return notes;
}
function nextCommands(scan, request) {
    const config = rel(request.root, request.configFile) === 'modelship.yml' ? '' : ` --config ${rel(request.root, request.configFile)}`;
    const gated = scan.models.some((m) => (m.metrics?.values.length ?? 0) > 0);
    return [
        `npx modelship validate${config}`,
        gated ? `npx modelship gate${config}` : `npx modelship score${config}`,
        `npx modelship release${config} && npx modelship deploy staging${config}`,
    ];
}
/** The schema beside the installed package when there is one, so editors work offline; else the release's. */
function schemaRefFor(request) {
    const installed = external_node_path_default().join(request.root, 'node_modules', 'modelship', 'schema', 'modelship.schema.json');
    if ((0,external_node_fs_.existsSync)(installed))
        return external_node_path_default().relative(external_node_path_default().dirname(request.configFile), installed).split((external_node_path_default()).sep).join('/');
    return SCHEMA_URL;
}
/** The branch HEAD names (read from .git/HEAD; no git process needed), else main. */
async function defaultBranch(root) {
    const head = await (0,promises_.readFile)(external_node_path_default().join(root, '.git', 'HEAD'), 'utf8').catch(() => '');
    const match = /^ref: refs\/heads\/(.+)\s*$/.exec(head);
    return match ? match[1].trim() : 'main';
}
async function sha256sums(root, models) {
    const lines = [];
    for (const model of [...models].sort((a, b) => a.path.localeCompare(b.path))) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)(external_node_path_default().join(root, model.path), { highWaterMark: 1 << 20 }))
            hash.update(chunk);
        lines.push(`${hash.digest('hex')}  ${model.path}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Write to a temporary file beside the target, then rename: a failure never leaves half a file. */
async function writeAtomically(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = `${file}.modelship-init-${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, content, { flag: 'wx' });
    await (0,promises_.rename)(temporary, file);
}
function rel(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}


/***/ })

};
