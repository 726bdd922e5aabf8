export const id = 842;
export const ids = [842];
export const modules = {

/***/ 2842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_REQUEST: () => (/* binding */ ANNOTATIONS_PER_REQUEST),
/* harmony export */   CHECK_OUTPUT_MAX_LENGTH: () => (/* binding */ CHECK_OUTPUT_MAX_LENGTH),
/* harmony export */   DEFAULT_MAX_ANNOTATIONS: () => (/* binding */ DEFAULT_MAX_ANNOTATIONS),
/* harmony export */   createCheckRun: () => (/* binding */ createCheckRun),
/* harmony export */   repositoryPath: () => (/* binding */ repositoryPath),
/* harmony export */   updateCheckRun: () => (/* binding */ updateCheckRun)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


/** The Checks API takes at most this many annotations per request; the rest go in updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for the output summary and text. */
const CHECK_OUTPUT_MAX_LENGTH = 65535;
/** Annotations past this are dropped (counted in the result): 10 API calls is enough for a person to read. */
const DEFAULT_MAX_ANNOTATIONS = 500;
const SEVERITY = { failure: 0, warning: 1, notice: 2 };
/**
 * Creates a check run with its output, sending the first 50 annotations with the create call and the rest
 * in updates of 50 (GitHub appends them).
 */
async function createCheckRun(client, input) {
    const all = (input.annotations ?? [])
        .map((a) => toApiAnnotation(a, input.workspace))
        .sort((a, b) => SEVERITY[a.annotation_level] - SEVERITY[b.annotation_level]);
    const max = input.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
    const kept = all.slice(0, max);
    const batches = [];
    for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = {
        title: clip(input.title, 255),
        summary: clip(input.summary, CHECK_OUTPUT_MAX_LENGTH),
        ...(input.text !== undefined ? { text: clip(input.text, CHECK_OUTPUT_MAX_LENGTH) } : {}),
    };
    const status = input.status ?? (input.conclusion ? 'completed' : 'in_progress');
    if (status === 'completed' && !input.conclusion) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`check run "${input.name}": a completed check run needs a conclusion`);
    }
    const { data } = await client.rest.checks.create({
        owner: input.owner,
        repo: input.repo,
        name: input.name,
        head_sha: input.headSha,
        status,
        ...(input.conclusion ? { conclusion: input.conclusion } : {}),
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(input.externalId ? { external_id: input.externalId } : {}),
        output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
    });
    for (const batch of batches.slice(1)) {
        // Each update must repeat the title and summary.
        await client.rest.checks.update({
            owner: input.owner,
            repo: input.repo,
            check_run_id: data.id,
            output: { title: output.title, summary: output.summary, annotations: batch },
        });
    }
    return {
        id: data.id,
        url: data.html_url ?? data.url,
        requests: Math.max(1, batches.length),
        annotationsSent: kept.length,
        annotationsDropped: all.length - kept.length,
    };
}
/** Moves a check run on (e.g. in_progress to completed) and replaces its output text. */
async function updateCheckRun(client, update) {
    if ((update.title === undefined) !== (update.summary === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7('a check run output needs both a title and a summary');
    }
    await client.rest.checks.update({
        owner: update.owner,
        repo: update.repo,
        check_run_id: update.checkRunId,
        ...(update.conclusion ? { conclusion: update.conclusion, status: 'completed' } : update.status ? { status: update.status } : {}),
        ...(update.title !== undefined && update.summary !== undefined
            ? {
                output: {
                    title: clip(update.title, 255),
                    summary: clip(update.summary, CHECK_OUTPUT_MAX_LENGTH),
                    ...(update.text !== undefined ? { text: clip(update.text, CHECK_OUTPUT_MAX_LENGTH) } : {}),
                },
            }
            : {}),
    });
}
function toApiAnnotation(a, workspace) {
    const startLine = Math.max(1, Math.floor(a.startLine));
    const endLine = Math.max(startLine, Math.floor(a.endLine ?? startLine));
    const oneLine = startLine === endLine;
    return {
        path: repositoryPath(a.path, workspace),
        start_line: startLine,
        end_line: endLine,
        ...(oneLine && a.startColumn !== undefined ? { start_column: Math.max(1, Math.floor(a.startColumn)) } : {}),
        ...(oneLine && a.endColumn !== undefined ? { end_column: Math.max(1, Math.floor(a.endColumn)) } : {}),
        annotation_level: a.level,
        message: clip(a.message, 64 * 1024 - 1),
        ...(a.title ? { title: clip(a.title, 255) } : {}),
        ...(a.rawDetails ? { raw_details: clip(a.rawDetails, 64 * 1024 - 1) } : {}),
    };
}
/** `./models/a.onnx`, `models\a.onnx` or `<workspace>/models/a.onnx` to `models/a.onnx`; refuses paths outside. */
function repositoryPath(file, workspace) {
    let p = file.replace(/\\/g, '/');
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
        if (!workspace)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`annotation path ${file} is absolute; pass the workspace to make it relative`);
        p = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, file).replace(/\\/g, '/');
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p).replace(/^(\.\/)+/, '');
    if (normal === '..' || normal.startsWith('../') || normal === '' || normal === '.') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`annotation path ${file} is outside the repository`);
    }
    return normal;
}
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}


/***/ })

};
